// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotdiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

int changedFields(const Session& before, const Session& after)
{
    int fields = 0;
    if (before.command != after.command)
        fields |= SnapshotDiff::CommandField;
    if (before.state != after.state)
        fields |= SnapshotDiff::StateField;
    if (before.sqlText != after.sqlText)
        fields |= SnapshotDiff::SqlField;
    if (before.dbName != after.dbName)
        fields |= SnapshotDiff::DatabaseField;
    if (SnapshotDiff::timeBucket(before.time) != SnapshotDiff::timeBucket(after.time))
        fields |= SnapshotDiff::TimeBucketField;
    return fields;
}

QString keyOf(const Session& session, Dimension dimension)
{
    switch (dimension) {
    case Dimension::User:
        return session.user;
    case Dimension::Client:
        return session.client;
    case Dimension::Database:
        return session.dbName;
    }
    return {};
}

} // namespace

int SnapshotDiff::timeBucket(qint64 seconds)
{
    if (seconds < 1)
        return 0;
    if (seconds < 10)
        return 1;
    if (seconds < 60)
        return 2;
    if (seconds < 600)
        return 3;
    if (seconds < 3600)
        return 4;
    return 5;
}

QString SnapshotDiff::timeBucketName(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("under 1 s");
    case 1:
        return tr("1–10 s");
    case 2:
        return tr("10 s–1 min");
    case 3:
        return tr("1–10 min");
    case 4:
        return tr("10 min–1 h");
    default:
        return tr("1 h or more");
    }
}

QString SnapshotDiff::fieldNames(int fields)
{
    QStringList names;
    if (fields & CommandField)
        names.append(tr("Command"));
    if (fields & StateField)
        names.append(tr("State"));
    if (fields & SqlField)
        names.append(tr("SQL"));
    if (fields & DatabaseField)
        names.append(tr("Database"));
    if (fields & TimeBucketField)
        names.append(tr("Time"));
    return names.join(QStringLiteral(", "));
}

SnapshotDiff SnapshotDiff::compare(const SnapshotPtr& before, const SnapshotPtr& after)
{
    SnapshotDiff diff;
    const QList<Session> none;
    const QList<Session>& earlier = before ? before->sessions : none;
    const QList<Session>& later = after ? after->sessions : none;
    QHash<qint64, const Session*> earlierById;
    earlierById.reserve(earlier.size());
    for (const Session& session : earlier)
        earlierById.insert(session.sessionId, &session);

    QList<Change> appeared;
    QList<Change> changed;
    QList<Change> vanished;
    QSet<qint64> seen;
    seen.reserve(later.size());
    for (const Session& session : later) {
        seen.insert(session.sessionId);
        const Session* then = earlierById.value(session.sessionId);
        if (!then) {
            appeared.append({Kind::Appeared, session.sessionId, {}, session, 0});
            continue;
        }
        if (const int fields = changedFields(*then, session)) {
            changed.append({Kind::Changed, session.sessionId, *then, session, fields});
            continue;
        }
        ++diff.m_unchanged;
    }
    for (const Session& session : earlier) {
        if (!seen.contains(session.sessionId))
            vanished.append({Kind::Vanished, session.sessionId, session, {}, 0});
    }
    const auto byId = [](const Change& a, const Change& b) { return a.sessionId < b.sessionId; };
    for (QList<Change>* list : {&appeared, &changed, &vanished}) {
        std::sort(list->begin(), list->end(), byId);
        diff.m_changes.append(*list);
    }
    diff.m_appeared = int(appeared.size());
    diff.m_changed = int(changed.size());
    diff.m_vanished = int(vanished.size());

    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database}) {
        QHash<QString, Count> counts;
        for (const Change& change : std::as_const(diff.m_changes)) {
            const QString key = keyOf(change.session(), dimension);
            Count& count = counts[key];
            count.key = key;
            switch (change.kind) {
            case Kind::Appeared:
                ++count.appeared;
                break;
            case Kind::Vanished:
                ++count.vanished;
                break;
            case Kind::Changed:
                ++count.changed;
                break;
            }
        }
        QList<Count> list = counts.values();
        std::sort(list.begin(), list.end(), [](const Count& a, const Count& b) {
            if (a.total() != b.total())
                return a.total() > b.total();
            return a.key < b.key;
        });
        diff.m_counts[int(dimension)] = list;
    }
    return diff;
}

const QList<SnapshotDiff::Count>& SnapshotDiff::counts(Dimension dimension) const
{
    return m_counts[int(dimension)];
}
