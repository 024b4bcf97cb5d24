// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/session.h"
#include "sessions/sessionsnapshot.h"

#include <QList>

#include <vector>

struct EmulatorInstance;

// A deterministic population of MySQL sessions that evolves in simulated time. The same options
// always give the same sessions and the same evolution, whatever the platform.
//
// The mix: mostly Sleep, some Query, a few Execute, long-running queries (hundreds to thousands of
// seconds), idle-in-transaction sessions (Sleep with TrxId and TrxDuration), one Daemon
// (event_scheduler), Binlog Dump sessions of repl and dts_sync, NULL DbName, multi-line and
// non-ASCII SQL (Chinese, emoji, a CR LF, control characters), clients in the documentation
// address ranges, UserClientAlias on some clients, SqlTemplateId when asked for (PolarDB-X).
//
// advance(): some sessions disconnect and as many new ones connect with fresh ascending ids, so
// the count stays constant; a session whose Command did not change has its Time grown by exactly
// the elapsed seconds; others switch between Sleep and Query/Execute with a Time below it.
class SessionGenerator
{
public:
    struct Options
    {
        quint64 seed = 1;
        int sessionCount = 0;
        bool sqlTemplateIds = false;
    };

    explicit SessionGenerator(const Options& options);

    // How the emulator seeds an instance's node (index 0: the instance itself or its first node).
    static Options optionsFor(const EmulatorInstance& instance, qsizetype nodeIndex);

    // Ordered by ascending SessionId.
    const QList<Session>& sessions() const { return m_sessions; }
    qint64 elapsedSeconds() const { return m_elapsedSeconds; }

    // Evolves the population by `seconds` of simulated time; 0 (or less) changes nothing.
    void advance(int seconds);

    // The current sessions with counts and statistics aggregated as DAS does (SessionAggregator).
    SessionSnapshot snapshot() const;

    // The session with this id, null when there is none.
    const Session* find(qint64 sessionId) const;
    // Ends the session, as KILL does; false when there is none. The population shrinks by one: no
    // session connects in its place.
    bool remove(qint64 sessionId);

private:
    enum class Kind : quint8
    {
        Idle,
        IdleInTransaction,
        ShortQuery,
        LongQuery,
        Execute,
        BinlogDump,
        Daemon,
    };

    struct Random
    {
        quint64 state = 0;
        quint64 next();
        // Uniform in [0, n); 0 when n <= 0.
        int below(int n);
        // Uniform in [0, 1).
        double unit();
    };

    // Per session, beside it: what it is doing and which user profile it belongs to.
    struct Meta
    {
        Kind kind;
        quint8 user;
    };

    Kind randomKind();
    void appendNewSession(Kind kind, bool initial);
    void startStatement(Session& session, Meta& meta, Kind kind, bool initial);
    void openTransaction(Session& session, qint64 minDuration);

    Options m_options;
    Random m_random;
    QList<Session> m_sessions;
    std::vector<Meta> m_meta;
    qint64 m_nextSessionId = 0;
    qint64 m_nextTrxId = 0;
    qint64 m_elapsedSeconds = 0;
};
