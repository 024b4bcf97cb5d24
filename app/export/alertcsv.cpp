// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcsv.h"

#include "outputfiles.h"
#include "sessioncsv.h"

QByteArray AlertCsv::header()
{
    return QByteArrayLiteral("raised_at,instance,profile_id,rule,value,subject,thread_ids,cleared_at\r\n");
}

QByteArray AlertCsv::history(const QList<AlertRecord>& alerts)
{
    const SessionCsv::Options options;
    QByteArray out = header();
    for (const AlertRecord& alert : alerts) {
        QStringList ids;
        for (const qint64 id : alert.sessionIds)
            ids.append(QString::number(id));
        out += SessionCsv::isoTime(alert.raisedMs).toUtf8() + ',' + SessionCsv::textField(alert.instance, options) + ','
            + alert.profileId.toString(QUuid::WithoutBraces).toUtf8() + ',' + SessionCsv::textField(alert.rule, options)
            + ',' + QByteArray::number(alert.value) + ',' + SessionCsv::textField(alert.subject, options) + ','
            + ids.join(QLatin1Char(' ')).toUtf8() + ','
            + (alert.clearedMs > 0 ? SessionCsv::isoTime(alert.clearedMs).toUtf8() : QByteArray()) + "\r\n";
    }
    return out;
}

bool AlertCsv::write(const QString& path, const QList<AlertRecord>& alerts, QString* error)
{
    OutputFiles files;
    files.add(path, history(alerts));
    if (files.write())
        return true;
    if (error)
        *error = files.error();
    return false;
}
