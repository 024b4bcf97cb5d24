// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevaluator.h"

#include <algorithm>

AlertEvaluator::AlertEvaluator(const QList<AlertRule>& rules, int consecutive)
    : m_rules(rules)
    , m_consecutive(std::max(1, consecutive))
    , m_states(rules.size())
{ }

QList<AlertEvaluator::Event> AlertEvaluator::addSnapshot(const SessionSnapshot& snapshot, qint64 timeMs)
{
    QList<Event> events;
    for (int rule = 0; rule < m_rules.size(); ++rule)
        observe(rule, m_rules.at(rule).measure(snapshot), timeMs, events);
    return events;
}

QList<AlertEvaluator::Event> AlertEvaluator::addFailure(qint64 failingSinceMs, qint64 timeMs)
{
    QList<Event> events;
    for (int rule = 0; rule < m_rules.size(); ++rule) {
        if (m_rules.at(rule).kind != AlertRule::Kind::SourceFailing)
            continue;
        AlertRule::Measurement measurement;
        measurement.value = std::max<qint64>(0, timeMs - failingSinceMs) / 1000;
        observe(rule, measurement, timeMs, events);
    }
    return events;
}

void AlertEvaluator::observe(int rule, const AlertRule::Measurement& measurement, qint64 timeMs, QList<Event>& events)
{
    if (!measurement.known)
        return;
    State& state = m_states[rule];
    const bool breaching = m_rules.at(rule).breaches(measurement.value);
    if (breaching) {
        ++state.breaching;
        state.clean = 0;
    } else {
        ++state.clean;
        state.breaching = 0;
    }
    const bool raise = !state.raised && state.breaching >= m_consecutive;
    const bool clear = state.raised && state.clean >= m_consecutive;
    if (!raise && !clear)
        return;
    state.raised = raise;
    events.append({raise ? Event::Type::Raised : Event::Type::Cleared, rule, measurement.value, measurement.subject,
        measurement.sessionIds, timeMs});
}
