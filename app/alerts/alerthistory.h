// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The alerts raised and cleared over time, kept in one file (JSON lines, appended to as alerts are
// raised and cleared) so that they survive a restart. The file is bounded: when it has grown past
// twice MaxRecords alerts it is rewritten with the newest MaxRecords. A file that cannot be read is
// set aside (renamed to "<name>.damaged") and a fresh history begins; problem() says so.
class AlertHistory
{
    Q_DECLARE_TR_FUNCTIONS(AlertHistory)

public:
    static constexpr int MaxRecords = 2000;

    explicit AlertHistory(const QString& path);

    // alerts.jsonl in the application's data directory.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file, oldest first. An alert still raised when the previous run ended is marked
    // AlertRecord::NotSeenCleared. Compacts the file when it has grown too long.
    QList<AlertRecord> load();
    // Why the last load() or append failed, for the user; empty when it did not.
    QString problem() const { return m_problem; }

    bool appendRaised(const AlertRecord& record);
    bool appendCleared(const AlertRecord& record);

private:
    bool append(const QByteArray& line);
    bool rewrite(const QList<AlertRecord>& records);

    QString m_path;
    QString m_problem;
};
