// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Recording {

// The recordings the window keeps for an instance: one file per day, named after the instance and
// the day (local time) — "prod-orders-2026-12-01.ssrec" — in one folder. Once there are files of
// more than keepDays days, or they take more than keepBytes together, the oldest go first; the
// file being written is never removed.
struct RetentionPolicy
{
    int keepDays = 7;
    qint64 keepBytes = 1024LL * 1024 * 1024;
};

struct RecordingFile
{
    QString path;
    QDate day;
    qint64 bytes = 0;
};

namespace Retention {

// The file of `instance` for `day`; characters a file name cannot hold become "_".
QString fileName(const QString& instance, const QDate& day);
// The recordings of `instance` in `directory`, oldest first.
QList<RecordingFile> files(const QString& directory, const QString& instance);
// Which of `files` (oldest first) go under `policy` on `today`; `writing` is kept whatever it costs.
QStringList toRemove(
    const QList<RecordingFile>& files, const RetentionPolicy& policy, const QDate& today, const QString& writing = {});
// Removes what toRemove() says for `instance` in `directory`; returns the paths removed.
QStringList apply(const QString& directory, const QString& instance, const RetentionPolicy& policy, const QDate& today,
    const QString& writing = {});

} // namespace Retention

} // namespace Recording
