// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Recording::Retention {

namespace {

constexpr char Suffix[] = ".ssrec";

QString safeName(const QString& instance)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = instance.trimmed();
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("instance") : name;
}

} // namespace

QString fileName(const QString& instance, const QDate& day)
{
    return safeName(instance) + QLatin1Char('-') + day.toString(Qt::ISODate) + QLatin1String(Suffix);
}

QList<RecordingFile> files(const QString& directory, const QString& instance)
{
    const QString prefix = safeName(instance) + QLatin1Char('-');
    QList<RecordingFile> found;
    const QFileInfoList entries = QDir(directory).entryInfoList(
        {prefix + QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]") + QLatin1String(Suffix)}, QDir::Files,
        QDir::Name);
    for (const QFileInfo& info : entries) {
        const QString datePart = info.fileName().mid(prefix.size(), 10);
        const QDate day = QDate::fromString(datePart, Qt::ISODate);
        if (!day.isValid())
            continue;
        // The write-ahead log counts too: it is part of the recording until SQLite folds it in.
        qint64 bytes = info.size();
        for (const char* extra : {"-wal", "-shm"})
            bytes += QFileInfo(info.filePath() + QLatin1String(extra)).size();
        found.append({info.filePath(), day, bytes});
    }
    std::sort(found.begin(), found.end(), [](const RecordingFile& a, const RecordingFile& b) {
        return a.day != b.day ? a.day < b.day : a.path < b.path;
    });
    return found;
}

QStringList toRemove(
    const QList<RecordingFile>& files, const RetentionPolicy& policy, const QDate& today, const QString& writing)
{
    QStringList removed;
    // Today and the keepDays - 1 days before it are kept.
    const QDate firstKept = today.addDays(-(std::max(1, policy.keepDays) - 1));
    qint64 total = 0;
    for (const RecordingFile& file : files)
        total += file.bytes;
    for (const RecordingFile& file : files) {
        if (file.path == writing)
            continue;
        if (file.day < firstKept || total > policy.keepBytes) {
            removed.append(file.path);
            total -= file.bytes;
        }
    }
    return removed;
}

QStringList apply(const QString& directory, const QString& instance, const RetentionPolicy& policy, const QDate& today,
    const QString& writing)
{
    QStringList removed;
    for (const QString& path : toRemove(files(directory, instance), policy, today, writing)) {
        if (!QFile::remove(path))
            continue;
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        removed.append(path);
    }
    return removed;
}

} // namespace Recording::Retention
