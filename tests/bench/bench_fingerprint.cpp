// SPDX-License-Identifier: GPL-3.0-or-later
// How fast statements are fingerprinted on one core: a mix of generated statements in the shapes
// an OLTP application sends (point selects, IN lists, multi-row inserts, updates, joins, with
// comments, quoted names and strings), normalised and hashed as the Statements view does, against
// a baseline measured in the same run over the same text: copying each statement with ASCII
// letters lower-cased and hashing the copy (the least any normaliser has to do). Prints
//   fingerprint_rate statements=<N> mean_chars=<c> value=<statements/s>
//   fingerprint_baseline_rate statements=<N> value=<statements/s>
//   fingerprint_ratio_to_baseline value=<rate / baseline rate>
// It measures; it does not judge (timing is not checked, so CTest may run it on a loaded machine).
#include "sessions/sqlfingerprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <vector>

namespace {

QStringList statements(int count)
{
    QRandomGenerator random(4242);
    const auto number = [&random] { return QString::number(random.bounded(1, 10'000'000)); };
    const auto word = [&random] {
        static const QStringList words {QStringLiteral("alice"), QStringLiteral("bob@example.com"),
            QStringLiteral("pending"), QStringLiteral("O'Brien"), QStringLiteral("2026-12-01 19:15:00"),
            QStringLiteral("上海"), QStringLiteral("shipped")};
        return words.at(random.bounded(int(words.size())));
    };
    QStringList result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString sql;
        switch (random.bounded(8)) {
        case 0:
            sql = QStringLiteral("SELECT `id`, `customer_id`, `status`, `total` FROM `orders` WHERE `id` = ")
                + number();
            break;
        case 1: {
            sql = QStringLiteral("select o.id, o.total, c.name from orders o join customers c on c.id = o.customer_id "
                                 "where o.status = '")
                + word() + QStringLiteral("' and o.created_at > '2026-11-30' order by o.id desc limit ") + number();
            break;
        }
        case 2: {
            sql = QStringLiteral("SELECT * FROM order_items WHERE order_id IN (");
            const int n = int(random.bounded(1, 40));
            for (int k = 0; k < n; ++k)
                sql += (k ? QStringLiteral(", ") : QString()) + number();
            sql += QLatin1Char(')');
            break;
        }
        case 3: {
            sql = QStringLiteral("INSERT INTO audit_events (user_id, action, detail, at) VALUES ");
            const int rows = int(random.bounded(1, 8));
            for (int k = 0; k < rows; ++k)
                sql += (k ? QStringLiteral(",") : QString()) + QStringLiteral("(") + number() + QStringLiteral(", '")
                    + word() + QStringLiteral("', NULL, NOW())");
            break;
        }
        case 4:
            sql = QStringLiteral("UPDATE inventory SET quantity = quantity - ") + number()
                + QStringLiteral(", updated_at = NOW() WHERE sku = '") + word() + QStringLiteral("' AND quantity >= 1");
            break;
        case 5:
            sql = QStringLiteral("/* service:checkout trace:") + number()
                + QStringLiteral(" */ SELECT SUM(amount) FROM payments WHERE account_id = ") + number()
                + QStringLiteral(" AND state IN ('captured','settled')");
            break;
        case 6:
            sql = QStringLiteral("DELETE FROM sessions WHERE expires_at < ") + number() + QStringLiteral(" LIMIT 1000");
            break;
        default:
            sql = QStringLiteral("select count(*) from `reporting`.`daily_totals` where day between '2026-11-01' and "
                                 "'2026-11-30' and region = ")
                + number() + QStringLiteral(" -- dashboard\n");
            break;
        }
        result.append(sql);
    }
    return result;
}

quint64 baseline(const QString& sql, std::vector<char16_t>& buffer)
{
    buffer.clear();
    for (const QChar c : sql) {
        const char16_t u = c.unicode();
        buffer.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + 0x20) : u);
    }
    return SqlFingerprint::hash(QStringView(buffer.data(), qsizetype(buffer.size())));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("A short run that only checks it works."));
    parser.addOption(smoke);
    parser.process(app);

    const QStringList mix = statements(20'000);
    qint64 chars = 0;
    for (const QString& sql : mix)
        chars += sql.size();
    const int rounds = parser.isSet(smoke) ? 1 : 50;
    const qint64 total = qint64(mix.size()) * rounds;

    // Best of three, each measured in turn, so both see the same machine.
    double rate = 0;
    double baselineRate = 0;
    quint64 sink = 0;
    SqlFingerprint fingerprint;
    std::vector<char16_t> buffer;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round) {
            for (const QString& sql : mix)
                sink += SqlFingerprint::hash(fingerprint.normalize(sql));
        }
        rate = std::max(rate, double(total) * 1e9 / double(std::max<qint64>(timer.nsecsElapsed(), 1)));
        timer.restart();
        for (int round = 0; round < rounds; ++round) {
            for (const QString& sql : mix)
                sink += baseline(sql, buffer);
        }
        baselineRate = std::max(baselineRate, double(total) * 1e9 / double(std::max<qint64>(timer.nsecsElapsed(), 1)));
    }

    QTextStream out(stdout);
    out << "fingerprint_rate statements=" << total
        << " mean_chars=" << QString::number(double(chars) / double(mix.size()), 'f', 1)
        << " value=" << QString::number(rate, 'f', 0) << '\n';
    out << "fingerprint_baseline_rate statements=" << total << " value=" << QString::number(baselineRate, 'f', 0)
        << '\n';
    out << "fingerprint_ratio_to_baseline value=" << QString::number(rate / baselineRate, 'f', 2) << '\n';
    // Keeps the work from being optimised away.
    out << "fingerprint_checksum value=" << QString::number(sink, 16) << '\n';
    return 0;
}
