// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiongenerator.h"

#include "emulatorscenario.h"
#include "sessions/sessionaggregator.h"

#include <QStringList>

#include <algorithm>
#include <initializer_list>

namespace {

struct UserProfile
{
    QString name;
    int weight = 0;
    QStringList clients;
    // Beside `clients`: the alias of each client, a null string when it has none.
    QStringList aliases;
    // A null entry is a session connected without a default database.
    QStringList databases;
    bool prepared = false;
    int longQueryPercent = 0;
};

struct Pool
{
    QList<UserProfile> users;
    int totalWeight = 0;
    qsizetype eventScheduler = 0;
    qsizetype repl = 0;
    qsizetype dtsSync = 0;

    QStringList shortSql;
    QStringList executeSql;
    QStringList longSql;
    QStringList shortTemplateIds;
    QStringList executeTemplateIds;
    QStringList longTemplateIds;
    QStringList shortStates;
    QStringList longStates;
    QStringList executeStates;

    QString sleep = QStringLiteral("Sleep");
    QString query = QStringLiteral("Query");
    QString execute = QStringLiteral("Execute");
    QString binlogDump = QStringLiteral("Binlog Dump");
    QString binlogDumpGtid = QStringLiteral("Binlog Dump GTID");
    QString daemon = QStringLiteral("Daemon");
    QString emptyState = QStringLiteral("");
    QString binlogState = QStringLiteral("Source has sent all binlog to replica; waiting for more updates");
    QString daemonState = QStringLiteral("Waiting on empty queue");
};

QStringList addresses(const char* prefix, int first, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QLatin1String(prefix) + QString::number(first + i));
    return list;
}

UserProfile profile(const QString& name, int weight, QStringList clients, const QString& aliasPattern,
    std::initializer_list<const char*> databases, bool prepared, int longQueryPercent)
{
    UserProfile user;
    user.name = name;
    user.weight = weight;
    user.clients = std::move(clients);
    for (qsizetype i = 0; i < user.clients.size(); ++i) {
        // Every third client has an alias, as when only some hosts were named in the console.
        user.aliases.append(aliasPattern.isEmpty() || i % 3 != 0 ? QString() : aliasPattern.arg(i / 3 + 1));
    }
    for (const char* database : databases)
        user.databases.append(database ? QString::fromUtf8(database) : QString());
    user.prepared = prepared;
    user.longQueryPercent = longQueryPercent;
    return user;
}

// FNV-1a of the template text: stable, and distinct enough for eight hex digits.
QString templateId(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QString::number(hash, 16).rightJustified(8, QLatin1Char('0'));
}

QStringList templateIds(const QStringList& templates)
{
    QStringList ids;
    for (const QString& text : templates)
        ids.append(templateId(text));
    return ids;
}

Pool makePool()
{
    Pool pool;
    // Application servers run both the read-write and the read-only pool, so some clients are
    // shared between users and their statistics list more than one user.
    QStringList appRw = addresses("192.0.2.", 10, 32);
    QStringList appRo = addresses("192.0.2.", 30, 12) + addresses("198.51.100.", 20, 20);
    pool.users = {
        profile(QStringLiteral("app_rw"), 38, appRw, QStringLiteral("order-svc-%1"),
            {"orders", "inventory", "billing", "customers", nullptr}, true, 0),
        profile(QStringLiteral("app_ro"), 24, appRo, QStringLiteral("catalog-api-%1"),
            {"orders", "inventory", "customers", "catalog"}, true, 0),
        profile(QStringLiteral("report"), 8, addresses("203.0.113.", 5, 4), QStringLiteral("报表服务器-%1"),
            {"analytics", "billing", "orders"}, false, 25),
        profile(QStringLiteral("batch_job"), 9, addresses("192.0.2.", 200, 10), QStringLiteral("batch-%1"),
            {"billing", "analytics", "inventory", nullptr}, false, 5),
        profile(QStringLiteral("dts_sync"), 4, addresses("203.0.113.", 100, 2), QStringLiteral("DTS 同步链路 %1"),
            {"orders", "billing"}, false, 0),
        profile(QStringLiteral("root"), 2, addresses("198.51.100.", 250, 2), QString(), {nullptr, "mysql", "orders"},
            false, 10),
        profile(QStringLiteral("bi_分析"), 3, addresses("203.0.113.", 60, 4), QStringLiteral("BI 看板 %1"),
            {"analytics"}, false, 20),
        profile(QStringLiteral("aliyun_root"), 2, addresses("198.51.100.", 240, 1), QString(), {nullptr, "mysql"},
            false, 0),
        // Only the fixed sessions use these.
        profile(QStringLiteral("event_scheduler"), 0, {QStringLiteral("localhost")}, QString(), {nullptr}, false, 0),
        profile(QStringLiteral("repl"), 0, addresses("198.51.100.", 201, 1), QStringLiteral("只读实例 %1"), {nullptr},
            false, 0),
    };
    for (const UserProfile& user : std::as_const(pool.users))
        pool.totalWeight += user.weight;
    pool.eventScheduler = pool.users.size() - 2;
    pool.repl = pool.users.size() - 1;
    pool.dtsSync = 4;

    // Every template has %1 and %2 and no other %<digit>.
    pool.shortSql = {
        QStringLiteral("SELECT id, status, total_amount FROM orders WHERE customer_id = %1 ORDER BY created_at DESC "
                       "LIMIT %2"),
        QStringLiteral("UPDATE inventory SET stock = stock - %2 WHERE sku_id = %1 AND stock >= %2"),
        QStringLiteral("INSERT INTO billing_events (account_id, amount_cents, note) VALUES (%1, %2, '月度账单 – "
                       "自动生成')"),
        QStringLiteral("/* 查询待发货订单 */ SELECT * FROM orders WHERE status = 'PAID' AND warehouse = '上海仓' AND "
                       "id > %1 LIMIT %2"),
        QStringLiteral("UPDATE customers SET nickname = '小明🚀', updated_at = NOW() WHERE id = %1 AND version = %2"),
        QStringLiteral("SELECT * FROM audit_log WHERE message LIKE '%\\\"timeout\\\"%'\tAND level = 'WARN' AND id "
                       "BETWEEN %1 AND %2"),
        QStringLiteral("SELECT c.id,\n       c.name,\n       SUM(o.total_amount) AS revenue\nFROM customers c\n  JOIN "
                       "orders o ON o.customer_id = c.id\nWHERE o.created_at >= NOW() - INTERVAL %1 DAY\nGROUP BY "
                       "c.id, c.name\nORDER BY revenue DESC\nLIMIT %2"),
        QStringLiteral("DELETE FROM cart_items\r\nWHERE updated_at < NOW() - INTERVAL %1 DAY\r\nLIMIT %2"),
        QStringLiteral("INSERT INTO raw_payloads (id, payload) VALUES (%1, 'x\x01\x1f%2')"),
        QStringLiteral("SELECT sku_id, stock FROM inventory WHERE sku_id IN (%1, %2) FOR UPDATE"),
        QStringLiteral("SELECT /*+ MAX_EXECUTION_TIME(%2) */ COUNT(*) FROM orders WHERE customer_id = %1"),
        QStringLiteral("SELECT id FROM customers WHERE city = '杭州' AND name LIKE '张%' AND id > %1 LIMIT %2"),
        QStringLiteral("/* 🔥 hot path */ SELECT price FROM catalog.items WHERE id = %1 AND shop_id = %2"),
    };
    pool.executeSql = {
        QStringLiteral("SELECT sku_id, stock FROM inventory WHERE sku_id = %1 AND warehouse_id = %2"),
        QStringLiteral("UPDATE orders SET status = 'SHIPPED' WHERE id = %1 AND shop_id = %2"),
        QStringLiteral("INSERT INTO order_items (order_id, sku_id, qty) VALUES (%1, %2, 1)"),
    };
    pool.longSql = {
        QStringLiteral("SELECT DATE(created_at) AS d, COUNT(*), SUM(total_amount)\nFROM orders\nWHERE created_at "
                       "BETWEEN '2023-01-01' AND '2024-12-31' AND shop_id > %1\nGROUP BY d WITH ROLLUP\nLIMIT %2"),
        QStringLiteral("/* 年度报表：按地区汇总 */\nSELECT region, product_line, SUM(amount_cents) / 100 AS 金额\nFROM "
                       "billing_events be\nJOIN customers c ON c.id = be.account_id\nWHERE be.created_at >= "
                       "'2024-01-01' AND be.account_id > %1\nGROUP BY region, product_line\nORDER BY 金额 DESC LIMIT "
                       "%2"),
        QStringLiteral("SELECT COUNT(DISTINCT visitor_id) FROM analytics.page_views WHERE visited_at > NOW() - "
                       "INTERVAL %1 DAY AND site_id = %2"),
        QStringLiteral("SELECT * FROM orders o WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id) "
                       "AND o.id > %1 LIMIT %2"),
    };
    pool.shortTemplateIds = templateIds(pool.shortSql);
    pool.executeTemplateIds = templateIds(pool.executeSql);
    pool.longTemplateIds = templateIds(pool.longSql);
    pool.shortStates = {
        QStringLiteral("executing"),
        QStringLiteral("Sending data"),
        QStringLiteral("starting"),
        QStringLiteral("Sending to client"),
        QStringLiteral("Creating sort index"),
        QStringLiteral("statistics"),
        QStringLiteral("updating"),
        QStringLiteral("waiting for handler commit"),
    };
    pool.longStates = {
        QStringLiteral("Sending data"),
        QStringLiteral("executing"),
        QStringLiteral("Creating tmp table"),
        QStringLiteral("Copying to tmp table"),
        QStringLiteral("Waiting for table metadata lock"),
    };
    pool.executeStates = {QStringLiteral("executing"), QStringLiteral("Sending data"), QStringLiteral("starting")};
    return pool;
}

const Pool& pool()
{
    static const Pool instance = makePool();
    return instance;
}

// Probabilities per tick, in percent.
constexpr int IdleDisconnects = 3;
constexpr int IdleStartsStatement = 18;
constexpr int TrxDisconnects = 1;
constexpr int TrxCommits = 10;
constexpr int TrxRunsStatement = 10;
constexpr int ShortDisconnects = 2;
constexpr int ShortFinishes = 80;
constexpr int LongDisconnects = 1;
constexpr int LongFinishes = 4;

} // namespace

quint64 SessionGenerator::Random::next()
{
    // splitmix64: tiny, fast, and the same sequence on every platform.
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int SessionGenerator::Random::below(int n)
{
    return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n));
}

double SessionGenerator::Random::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

SessionGenerator::SessionGenerator(const Options& options)
    : m_options(options)
{
    m_random.state = options.seed;
    const int count = std::clamp(options.sessionCount, 0, EmulatorInstance::MaxSessions);
    m_nextSessionId = 10'000'000 + static_cast<qint64>(options.seed % 90'000) * 100;
    m_nextTrxId = 754'300'000'000 + m_random.below(1'000'000);
    m_sessions.reserve(count);
    m_meta.reserve(count);
    const Pool& p = pool();

    if (count >= 1) {
        Session daemon;
        daemon.sessionId = m_nextSessionId++;
        daemon.user = p.users[p.eventScheduler].name;
        daemon.client = p.users[p.eventScheduler].clients.front();
        daemon.command = p.daemon;
        daemon.time = 86'400 * 3 + m_random.below(86'400);
        daemon.state = p.daemonState;
        daemon.userClientAlias = p.emptyState;
        daemon.trxId = p.emptyState;
        daemon.sqlTemplateId = p.emptyState;
        m_sessions.append(daemon);
        m_meta.push_back({Kind::Daemon, quint8(p.eventScheduler)});
    }
    for (const qsizetype user : {p.repl, p.dtsSync}) {
        if (m_sessions.size() >= count)
            break;
        const UserProfile& profile = p.users[user];
        Session dump;
        dump.sessionId = m_nextSessionId++;
        dump.user = profile.name;
        dump.client = profile.clients.front();
        dump.userClientAlias = profile.aliases.front().isNull() ? p.emptyState : profile.aliases.front();
        dump.command = user == p.repl ? p.binlogDump : p.binlogDumpGtid;
        dump.time = 86'400 + m_random.below(86'400);
        dump.state = p.binlogState;
        dump.trxId = p.emptyState;
        dump.sqlTemplateId = p.emptyState;
        m_sessions.append(dump);
        m_meta.push_back({Kind::BinlogDump, quint8(user)});
    }
    while (m_sessions.size() < count)
        appendNewSession(randomKind(), true);
}

SessionGenerator::Options SessionGenerator::optionsFor(const EmulatorInstance& instance, qsizetype nodeIndex)
{
    Options options;
    options.seed = instance.seed ^ (static_cast<quint64>(nodeIndex) * 0x9e3779b97f4a7c15ULL);
    options.sessionCount = instance.sessions;
    options.sqlTemplateIds = instance.engine == EmulatorInstance::Engine::PolarDbX;
    return options;
}

SessionGenerator::Kind SessionGenerator::randomKind()
{
    const int roll = m_random.below(100);
    if (roll < 62)
        return Kind::Idle;
    if (roll < 68)
        return Kind::IdleInTransaction;
    if (roll < 90)
        return Kind::ShortQuery;
    if (roll < 92)
        return Kind::LongQuery;
    return Kind::Execute;
}

void SessionGenerator::appendNewSession(Kind kind, bool initial)
{
    const Pool& p = pool();
    int roll = m_random.below(p.totalWeight);
    qsizetype userIndex = 0;
    while (roll >= p.users[userIndex].weight) {
        roll -= p.users[userIndex].weight;
        ++userIndex;
    }
    const UserProfile& user = p.users[userIndex];
    const int clientIndex = m_random.below(int(user.clients.size()));

    Session session;
    m_nextSessionId += 1 + m_random.below(4);
    session.sessionId = m_nextSessionId;
    session.user = user.name;
    session.client = user.clients[clientIndex];
    session.userClientAlias = user.aliases[clientIndex].isNull() ? p.emptyState : user.aliases[clientIndex];
    // Some sessions connect without a default database whatever the user.
    if (m_random.below(100) >= 6)
        session.dbName = user.databases[m_random.below(int(user.databases.size()))];
    session.trxId = p.emptyState;
    session.sqlTemplateId = p.emptyState;
    Meta meta {Kind::Idle, quint8(userIndex)};
    if (kind == Kind::Execute && !user.prepared)
        kind = Kind::ShortQuery;
    if (kind == Kind::Idle || kind == Kind::IdleInTransaction) {
        session.command = p.sleep;
        session.state = p.emptyState;
        // Idle times are skewed towards short: most pooled connections were used a moment ago.
        session.time = initial ? m_random.below(m_random.below(7200) + 1) : m_random.below(5);
        if (kind == Kind::IdleInTransaction) {
            if (initial)
                session.time = 5 + m_random.below(600);
            openTransaction(session, session.time);
        }
        meta.kind = kind;
    } else {
        startStatement(session, meta, kind, initial);
    }
    m_sessions.append(std::move(session));
    m_meta.push_back(meta);
}

void SessionGenerator::openTransaction(Session& session, qint64 minDuration)
{
    m_nextTrxId += 1 + m_random.below(50);
    session.trxId = QString::number(m_nextTrxId);
    session.trxDuration = minDuration + m_random.below(60);
}

void SessionGenerator::startStatement(Session& session, Meta& meta, Kind kind, bool initial)
{
    const Pool& p = pool();
    const UserProfile& user = p.users[meta.user];
    if (kind == Kind::ShortQuery && m_random.below(100) < user.longQueryPercent)
        kind = Kind::LongQuery;
    const QStringList* templates = &p.shortSql;
    const QStringList* ids = &p.shortTemplateIds;
    const QStringList* states = &p.shortStates;
    const QString* command = &p.query;
    if (kind == Kind::Execute) {
        templates = &p.executeSql;
        ids = &p.executeTemplateIds;
        states = &p.executeStates;
        command = &p.execute;
        session.time = m_random.below(initial ? 4 : 2);
    } else if (kind == Kind::LongQuery) {
        templates = &p.longSql;
        ids = &p.longTemplateIds;
        states = &p.longStates;
        session.time = initial ? 300 + m_random.below(4700) : m_random.below(2);
    } else {
        session.time = m_random.below(initial ? 6 : 2);
    }
    const int which = m_random.below(int(templates->size()));
    session.command = *command;
    session.state = (*states)[m_random.below(int(states->size()))];
    session.sqlText = (*templates)[which].arg(
        QString::number(1000 + m_random.below(9'000'000)), QString::number(1 + m_random.below(500)));
    session.sqlTemplateId = m_options.sqlTemplateIds ? (*ids)[which] : p.emptyState;
    // Writes and long reads often run inside a transaction.
    if (session.trxId.isEmpty() && m_random.below(100) < (kind == Kind::LongQuery ? 40 : 25))
        openTransaction(session, session.time);
    meta.kind = kind;
}

void SessionGenerator::advance(int seconds)
{
    // No time passes, nothing changes: tests rely on a frozen population to take it twice.
    if (seconds <= 0)
        return;
    m_elapsedSeconds += seconds;
    const Pool& p = pool();
    QList<Session> sessions;
    std::vector<Meta> metas;
    sessions.reserve(m_sessions.size());
    metas.reserve(m_meta.size());
    qsizetype disconnected = 0;

    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        Session session = std::move(m_sessions[i]);
        Meta meta = m_meta[size_t(i)];
        const int roll = m_random.below(100);
        bool keep = true;
        switch (meta.kind) {
        case Kind::Daemon:
        case Kind::BinlogDump:
            session.time += seconds;
            break;
        case Kind::Idle:
            if (roll < IdleDisconnects) {
                keep = false;
            } else if (roll < IdleDisconnects + IdleStartsStatement) {
                const bool prepared = p.users[meta.user].prepared && m_random.below(4) == 0;
                startStatement(session, meta, prepared ? Kind::Execute : Kind::ShortQuery, false);
            } else {
                session.time += seconds;
            }
            break;
        case Kind::IdleInTransaction:
            if (roll < TrxDisconnects) {
                keep = false;
            } else if (roll < TrxDisconnects + TrxCommits) {
                session.time += seconds;
                session.trxId = p.emptyState;
                session.trxDuration = 0;
                meta.kind = Kind::Idle;
            } else if (roll < TrxDisconnects + TrxCommits + TrxRunsStatement) {
                session.trxDuration += seconds;
                startStatement(session, meta, Kind::ShortQuery, false);
            } else {
                session.time += seconds;
                session.trxDuration += seconds;
            }
            break;
        case Kind::ShortQuery:
        case Kind::Execute:
        case Kind::LongQuery: {
            const bool isLong = meta.kind == Kind::LongQuery;
            const int disconnects = isLong ? LongDisconnects : ShortDisconnects;
            const int finishes = isLong ? LongFinishes : ShortFinishes;
            if (roll < disconnects) {
                keep = false;
            } else if (roll < disconnects + finishes) {
                // The statement ended; its transaction may stay open, idle.
                const bool stayInTrx = !session.trxId.isEmpty() && m_random.below(100) < 30;
                session.command = p.sleep;
                session.state = p.emptyState;
                session.sqlText = QString();
                session.sqlTemplateId = p.emptyState;
                session.time = m_random.below(std::max(seconds, 1));
                if (stayInTrx) {
                    session.trxDuration += seconds;
                    meta.kind = Kind::IdleInTransaction;
                } else {
                    session.trxId = p.emptyState;
                    session.trxDuration = 0;
                    meta.kind = Kind::Idle;
                }
            } else {
                session.time += seconds;
                if (!session.trxId.isEmpty())
                    session.trxDuration += seconds;
            }
            break;
        }
        }
        if (keep) {
            sessions.append(std::move(session));
            metas.push_back(meta);
        } else {
            ++disconnected;
        }
    }
    m_sessions = std::move(sessions);
    m_meta = std::move(metas);
    for (qsizetype i = 0; i < disconnected; ++i)
        appendNewSession(randomKind(), false);
}

SessionSnapshot SessionGenerator::snapshot() const
{
    SessionSnapshot snapshot;
    snapshot.sessions = m_sessions;
    SessionAggregator::aggregate(snapshot);
    return snapshot;
}

const Session* SessionGenerator::find(qint64 sessionId) const
{
    // Ordered by ascending id: advance() keeps the order and appends new ids above every old one.
    const auto it = std::lower_bound(m_sessions.cbegin(), m_sessions.cend(), sessionId,
        [](const Session& session, qint64 id) { return session.sessionId < id; });
    return it != m_sessions.cend() && it->sessionId == sessionId ? &*it : nullptr;
}

bool SessionGenerator::remove(qint64 sessionId)
{
    const Session* session = find(sessionId);
    if (!session)
        return false;
    const qsizetype index = session - m_sessions.constData();
    m_sessions.removeAt(index);
    m_meta.erase(m_meta.begin() + index);
    return true;
}
