// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmonitor.h"

#include "alerts/alerthistory.h"
#include "sessions/sessionsnapshot.h"

#include <QDateTime>

AlertMonitor::AlertMonitor(const QString& historyPath, QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (!historyPath.isEmpty()) {
        m_history = std::make_unique<AlertHistory>(historyPath);
        m_alerts = m_history->load();
        for (qsizetype row = 0; row < m_alerts.size(); ++row)
            m_rowOf.insert(m_alerts.at(row).id, row);
    }
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::watch(const InstanceProfile& profile)
{
    const QList<AlertRule> rules = profile.enabledAlertRules();
    const auto found = m_watched.find(profile.id);
    if (found != m_watched.end()) {
        found->second.displayName = profile.displayName;
        if (!rules.isEmpty() && found->second.evaluator->rules() == rules
            && found->second.evaluator->consecutive() == profile.alertConsecutive)
            return;
        end(found->second, m_clock());
        m_watched.erase(found);
    }
    if (!rules.isEmpty()) {
        Watched watched;
        watched.displayName = profile.displayName;
        watched.evaluator = std::make_unique<AlertEvaluator>(rules, profile.alertConsecutive);
        m_watched.emplace(profile.id, std::move(watched));
    }
    emit watchingChanged();
}

void AlertMonitor::forget(const QUuid& profileId)
{
    const auto found = m_watched.find(profileId);
    if (found == m_watched.end())
        return;
    end(found->second, AlertRecord::NotSeenCleared);
    m_watched.erase(found);
    emit watchingChanged();
}

void AlertMonitor::addSnapshot(const QUuid& profileId, const SessionSnapshot& snapshot, qint64 timeMs)
{
    const auto found = m_watched.find(profileId);
    if (found == m_watched.end())
        return;
    Watched& watched = found->second;
    watched.failingSinceMs = 0;
    apply(profileId, watched, watched.evaluator->addSnapshot(snapshot, timeMs));
}

void AlertMonitor::addFailure(const QUuid& profileId, qint64 timeMs)
{
    const auto found = m_watched.find(profileId);
    if (found == m_watched.end())
        return;
    Watched& watched = found->second;
    if (watched.failingSinceMs == 0)
        watched.failingSinceMs = timeMs;
    apply(profileId, watched, watched.evaluator->addFailure(watched.failingSinceMs, timeMs));
}

void AlertMonitor::apply(const QUuid& profileId, Watched& watched, const QList<AlertEvaluator::Event>& events)
{
    for (const AlertEvaluator::Event& event : events) {
        if (event.type == AlertEvaluator::Event::Type::Raised) {
            AlertRecord alert;
            alert.id = QUuid::createUuid();
            alert.raisedMs = event.timeMs;
            alert.profileId = profileId;
            alert.instance = watched.displayName;
            alert.rule = watched.evaluator->rules().at(event.rule).expression();
            alert.value = event.value;
            alert.subject = event.subject;
            alert.sessionIds = event.sessionIds;
            watched.raised.insert(event.rule, alert.id);
            m_rowOf.insert(alert.id, m_alerts.size());
            m_alerts.append(alert);
            record(true, alert);
            emit alertRaised(alert);
        } else if (const QUuid id = watched.raised.take(event.rule); !id.isNull()) {
            AlertRecord& alert = m_alerts[m_rowOf.value(id)];
            alert.clearedMs = event.timeMs;
            record(false, alert);
            emit alertCleared(alert);
        }
    }
}

void AlertMonitor::end(Watched& watched, qint64 clearedMs)
{
    for (const QUuid& id : std::as_const(watched.raised)) {
        AlertRecord& alert = m_alerts[m_rowOf.value(id)];
        alert.clearedMs = clearedMs;
        record(false, alert);
        emit alertCleared(alert);
    }
    watched.raised.clear();
}

void AlertMonitor::record(bool raised, const AlertRecord& alert)
{
    if (!m_history)
        return;
    const bool written = raised ? m_history->appendRaised(alert) : m_history->appendCleared(alert);
    if (!written)
        emit historyProblemOccurred(m_history->problem());
}

std::optional<AlertRecord> AlertMonitor::alert(const QUuid& id) const
{
    const auto row = m_rowOf.constFind(id);
    if (row == m_rowOf.cend())
        return std::nullopt;
    return m_alerts.at(*row);
}

int AlertMonitor::raisedCount() const
{
    int count = 0;
    for (const auto& [id, watched] : m_watched)
        count += int(watched.raised.size());
    return count;
}

QString AlertMonitor::historyProblem() const
{
    return m_history ? m_history->problem() : QString();
}

QString AlertMonitor::historyPath() const
{
    return m_history ? m_history->path() : QString();
}
