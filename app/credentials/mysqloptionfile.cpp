// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqloptionfile.h"

#include <QDir>
#include <QFile>

namespace {

// Option values may be quoted; inside quotes, \n \t \\ \' \" are escapes, as in the mysql client.
QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
        && value.back() == value.front()) {
        const QString inner = value.mid(1, value.size() - 2);
        QString result;
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == QLatin1Char('\\') && i + 1 < inner.size()) {
                const QChar next = inner.at(++i);
                result += next == QLatin1Char('n') ? QLatin1Char('\n')
                    : next == QLatin1Char('t')     ? QLatin1Char('\t')
                                                   : next;
            } else {
                result += inner.at(i);
            }
        }
        return result;
    }
    // An unquoted value ends at a comment.
    const qsizetype comment = value.indexOf(QLatin1String(" #"));
    return (comment >= 0 ? value.left(comment) : value).trimmed();
}

} // namespace

QString MySqlOptionFile::defaultPath()
{
    return QDir::homePath() + QLatin1String("/.my.cnf");
}

std::optional<MySqlOptionFile::Client> MySqlOptionFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Option files are small; a huge one is not an option file.
    return parse(file.read(1024 * 1024), path);
}

MySqlOptionFile::Client MySqlOptionFile::parse(const QByteArray& contents, const QString& path)
{
    Client client;
    client.path = path;
    bool inClient = false;
    const QList<QByteArray> lines = contents.split('\n');
    for (const QByteArray& rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inClient = line.compare(QLatin1String("[client]"), Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!inClient)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        QString name = (equals < 0 ? line : line.left(equals)).trimmed().toLower();
        name.replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString value = equals < 0 ? QString() : unquote(line.mid(equals + 1));
        if (name == QLatin1String("user"))
            client.user = value;
        else if (name == QLatin1String("password"))
            client.password = value;
        else if (name == QLatin1String("host"))
            client.host = value;
        else if (name == QLatin1String("socket"))
            client.socket = value;
        else if (name == QLatin1String("ssl-ca"))
            client.sslCa = value;
        else if (name == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok && port > 0 && port < 65536)
                client.port = port;
        }
    }
    return client;
}
