// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"

#include <QList>
#include <QObject>

// One command sent to a source (a kill). Reports exactly once, through finished(), and never after
// abort().
class SourceCommand : public QObject
{
    Q_OBJECT

public:
    SourceCommand(QList<qint64> targets, QObject* parent = nullptr);
    ~SourceCommand() override;

    QList<qint64> targets() const { return m_targets; }
    bool isFinished() const { return m_finished; }
    void abort();

    // For the source that runs the command.
    void finish(const CommandResult& result);
    // Reports `error` for every target, from the event loop, so that the caller can connect first.
    void finishLater(const FetchError& error);

signals:
    void finished(const CommandResult& result);

private:
    QList<qint64> m_targets;
    bool m_finished = false;
};
