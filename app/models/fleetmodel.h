// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"
#include "profiles/instanceprofile.h"
#include "sessions/sessionsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

#include <deque>

// Every instance profile at a glance, one row each: its status, the headline figures of its latest
// snapshot and the last hour of its active sessions. Refreshed in place (KeyedMerge for the
// profiles, dataChanged for figures), so views keep their sort, selection and scroll position.
// Figures are never shown as fresh when they are not: a row whose last good snapshot is older than
// two cadences is Stale, and a failing row keeps its last figures, marked stale.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TagsColumn,
        StatusColumn,
        SessionsColumn,
        ActiveColumn,
        IdleInTransactionColumn,
        LongestActiveColumn,
        LockWaitsColumn,
        AlertsColumn,
        TrendColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The raw value to sort by: numbers as numbers, the status as its Status.
        SortRole = Qt::UserRole + 1,
        // QUuid: the profile's id, the key to read a selection back by.
        IdRole,
        // int: the row's Status.
        StatusRole,
        // QString: the failing fetch's code ("Throttling.User"); empty when not failing.
        ErrorCodeRole,
        // QList<qint64>: active sessions of each snapshot of the last hour, oldest first.
        TrendRole,
        // QStringList: the profile's tags.
        TagsRole,
        // bool: the figures shown are not current (stale or failing).
        FiguresStaleRole,
        // qint64: epoch ms of the last good snapshot; 0 when none.
        LastSuccessRole,
    };
    Q_ENUM(Role)

    enum class Status
    {
        Waiting, // nothing fetched yet
        UpToDate,
        Stale, // the last good snapshot is older than two cadences
        Failing, // the latest fetch failed
    };
    Q_ENUM(Status)

    static constexpr qint64 TrendWindowMs = 60 * 60 * 1000;
    static constexpr int DefaultCadenceMs = 30'000;

    explicit FleetModel(QObject* parent = nullptr);
    ~FleetModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One row per profile; rows of vanished profiles go, new ones are appended, renamed or re-tagged
    // ones change in place. Figures survive.
    void setProfiles(const QList<InstanceProfile>& profiles);
    // How often the row's instance is fetched: after two of these without a good snapshot it is stale.
    void setCadenceMs(const QUuid& id, int cadenceMs);
    // `nowMs`: epoch milliseconds of the arrival.
    void applySnapshot(const QUuid& id, const SessionSnapshot& snapshot, qint64 nowMs);
    void applyFailure(const QUuid& id, const FetchError& error, qint64 nowMs);
    // Alerts raised for the instance now, from whoever evaluates them; shown blank while 0.
    void setRaisedAlerts(const QUuid& id, int count);
    // Re-reads every row's freshness at `nowMs` (epoch ms); rows that turned stale are announced.
    void updateStaleness(qint64 nowMs);

    int rowOf(const QUuid& id) const;
    QUuid idAt(int row) const;
    Status statusAt(int row) const;
    // Severity for sorting, greatest first: failing, stale, up to date, waiting; then by raised
    // alerts, active sessions and the longest active time.
    static int severityRank(Status status);
    static QString statusText(Status status, const QString& errorCode = {});

private:
    friend class KeyedMerge;
    struct Row
    {
        QUuid id;
        QString name;
        QString target;
        QStringList tags;
        int cadenceMs = DefaultCadenceMs;
        bool hasFigures = false;
        qint64 sessions = 0;
        qint64 active = 0;
        qint64 idleInTransaction = 0;
        qint64 longestActive = 0;
        // -1: the source does not report lock waits.
        qint64 lockWaits = -1;
        QString visibleOnlyToUser;
        int alerts = 0;
        qint64 lastSuccessMs = 0;
        FetchError error;
        qint64 errorAtMs = 0;
        bool stale = false;
        // The last hour's active sessions, oldest first, as TrendRole hands them out (shared, not
        // copied, on every paint), and the epoch ms each was taken at.
        QList<qint64> trend;
        std::deque<qint64> trendTimes;
    };
    struct MergeHooks;

    Status status(const Row& row) const;
    void announce(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    bool computeStale(const Row& row, qint64 nowMs) const;

    QList<Row> m_rows;
    QHash<QUuid, int> m_index;
};
