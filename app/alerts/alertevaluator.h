// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QList>

struct SessionSnapshot;

// Watches rules over a series of snapshots with hysteresis: a rule is raised after `consecutive`
// breaching observations in a row and cleared after as many clean ones, so a value that flaps
// around its threshold raises nothing. A failed fetch is an observation only for "failing" rules;
// the others keep their count until the next snapshot.
class AlertEvaluator
{
public:
    struct Event
    {
        enum class Type
        {
            Raised,
            Cleared,
        };
        Type type = Type::Raised;
        // Index into rules().
        int rule = 0;
        qint64 value = 0;
        QString subject;
        QList<qint64> sessionIds;
        // Epoch milliseconds of the observation that raised or cleared it.
        qint64 timeMs = 0;
    };

    explicit AlertEvaluator(const QList<AlertRule>& rules, int consecutive = 2);

    const QList<AlertRule>& rules() const { return m_rules; }
    int consecutive() const { return m_consecutive; }
    bool isRaised(int rule) const { return m_states.at(rule).raised; }

    // A snapshot arrived at `timeMs`.
    QList<Event> addSnapshot(const SessionSnapshot& snapshot, qint64 timeMs);
    // A fetch failed at `timeMs`; every fetch has failed since `failingSinceMs`.
    QList<Event> addFailure(qint64 failingSinceMs, qint64 timeMs);

private:
    struct State
    {
        int breaching = 0;
        int clean = 0;
        bool raised = false;
    };
    void observe(int rule, const AlertRule::Measurement& measurement, qint64 timeMs, QList<Event>& events);

    QList<AlertRule> m_rules;
    int m_consecutive;
    QList<State> m_states;
};
