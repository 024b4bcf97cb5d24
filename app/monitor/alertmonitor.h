// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertevaluator.h"
#include "alerts/alertrecord.h"
#include "profiles/instanceprofile.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class AlertHistory;
struct SessionSnapshot;

// Evaluates the alert rules of every profile it watches, whoever fetched the snapshots: the window's
// monitor feeds it the instance it shows, and any other fetcher can feed it (profile id, snapshot)
// or (profile id, failure). Each rule of each profile is raised after its profile's K breaching
// observations in a row and cleared after K clean ones (AlertEvaluator), so a flapping value raises
// one alert, not one per snapshot. Every alert goes to the history file as it is raised and cleared.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    // `historyPath` empty: nothing is kept on disk.
    explicit AlertMonitor(const QString& historyPath = {}, QObject* parent = nullptr);
    ~AlertMonitor() override;

    // Watches `profile`'s enabled rules. Watching it again with the same rules keeps its counts;
    // with other rules it starts afresh and its raised alerts end (cleared now). A profile with no
    // enabled rule is not watched.
    void watch(const InstanceProfile& profile);
    // Stops watching; its raised alerts end as not seen cleared.
    void forget(const QUuid& profileId);
    bool isWatching(const QUuid& profileId) const { return m_watched.count(profileId) > 0; }
    // Whether any profile is watched.
    bool isWatchingAny() const { return !m_watched.empty(); }

    // A snapshot of the profile was taken at `timeMs` (epoch ms).
    void addSnapshot(const QUuid& profileId, const SessionSnapshot& snapshot, qint64 timeMs);
    // A fetch of the profile failed at `timeMs`; a run of failures counts from the first one.
    void addFailure(const QUuid& profileId, qint64 timeMs);

    // Every alert known: the history's and this run's, oldest first.
    const QList<AlertRecord>& alerts() const { return m_alerts; }
    std::optional<AlertRecord> alert(const QUuid& id) const;
    int raisedCount() const;
    // Why the history could not be read or written, for the user; empty when it could.
    QString historyProblem() const;
    QString historyPath() const;

    // What "now" is when an alert ends because its rules changed; the real clock unless a test says.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

signals:
    void alertRaised(const AlertRecord& alert);
    // `alert.clearedMs` says when (or AlertRecord::NotSeenCleared).
    void alertCleared(const AlertRecord& alert);
    void watchingChanged();
    void historyProblemOccurred(const QString& problem);

private:
    struct Watched
    {
        QString displayName;
        std::unique_ptr<AlertEvaluator> evaluator;
        // The alert raised for each rule index.
        QHash<int, QUuid> raised;
        qint64 failingSinceMs = 0;
    };
    void apply(const QUuid& profileId, Watched& watched, const QList<AlertEvaluator::Event>& events);
    void end(Watched& watched, qint64 clearedMs);
    void record(bool raised, const AlertRecord& alert);

    std::map<QUuid, Watched> m_watched;
    QList<AlertRecord> m_alerts;
    QHash<QUuid, qsizetype> m_rowOf;
    std::unique_ptr<AlertHistory> m_history;
    std::function<qint64()> m_clock;
};
