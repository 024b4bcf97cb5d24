// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

// One alert as the user sees it in the list and the history: when a rule was raised on which
// instance, with what value and on which sessions, and when it was cleared.
struct AlertRecord
{
    // Stands for this alert in the history file and the list.
    QUuid id;
    // Epoch milliseconds of the observation that raised it.
    qint64 raisedMs = 0;
    // Epoch milliseconds of the observation that cleared it; 0 while it is raised, NotSeenCleared
    // when SessionScope stopped watching before it cleared.
    qint64 clearedMs = 0;
    QUuid profileId;
    // The profile's display name when it was raised.
    QString instance;
    // AlertRule::expression(), e.g. "active>50".
    QString rule;
    qint64 value = 0;
    // The user, client, database or statement the value is of; empty for instance-wide rules.
    QString subject;
    // The breaching sessions' thread IDs.
    QList<qint64> sessionIds;

    static constexpr qint64 NotSeenCleared = -1;

    bool isRaised() const { return clearedMs == 0; }
    bool operator==(const AlertRecord&) const = default;
};
