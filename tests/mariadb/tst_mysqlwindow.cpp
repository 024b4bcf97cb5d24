// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a real MariaDB server through the direct source: the summary strip counts the lock
// waits, the detail pane says who waits for whom and on which table, and an account without
// PROCESS is told what it cannot see.
#include "exportdialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancemonitor.h"
#include "sessiondetailpane.h"
#include "sessiontableview.h"
#include "sources/mysqlsource.h"
#include "summarystrip.h"
#include "support/mariadbserver.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString WriterPassword = QStringLiteral("writer-pass-1");
const QString ReaderPassword = QStringLiteral("reader-pass-1");

} // namespace

class TestMySqlWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lockWaitsAreImpossibleToMiss();
    void accountWithoutProcessIsToldWhatItCannotSee();
    void cleanupTestCase();

private:
    void select(MainWindow& window, qint64 sessionId);

    std::vector<std::unique_ptr<QProcess>> m_clients;
};

void TestMySqlWindow::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    const QString setup = MariaDbServer::execAsRoot(
        QStringLiteral("CREATE DATABASE IF NOT EXISTS billing; "
                       "CREATE TABLE IF NOT EXISTS billing.invoices (id INT PRIMARY KEY, total INT) ENGINE=InnoDB; "
                       "REPLACE INTO billing.invoices VALUES (1, 100); "
                       "CREATE OR REPLACE USER 'writer'@'127.0.0.1' IDENTIFIED BY '%1'; "
                       "GRANT SELECT, UPDATE ON billing.* TO 'writer'@'127.0.0.1'; "
                       "CREATE OR REPLACE USER 'reader'@'127.0.0.1' IDENTIFIED BY '%2'; "
                       "GRANT SELECT ON billing.* TO 'reader'@'127.0.0.1';")
            .arg(WriterPassword, ReaderPassword));
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
}

void TestMySqlWindow::cleanupTestCase()
{
    for (auto& client : m_clients) {
        client->kill();
        client->waitForFinished();
    }
}

void TestMySqlWindow::select(MainWindow& window, qint64 sessionId)
{
    const QModelIndex index = window.sessionModel()->indexOfSession(sessionId);
    QVERIFY(index.isValid());
    window.sessionView()->setCurrentIndex(window.sessionProxy()->mapFromSource(index));
    QCOMPARE(window.detailPane()->sessionId(), std::optional<qint64>(sessionId));
}

void TestMySqlWindow::lockWaitsAreImpossibleToMiss()
{
    m_clients.push_back(MariaDbServer::openSession(QStringLiteral("writer"), WriterPassword,
        QStringLiteral("USE billing; BEGIN; UPDATE invoices SET total = total + 1 WHERE id = 1;")));
    qint64 holder = 0;
    QTRY_VERIFY_WITH_TIMEOUT((holder = MariaDbServer::findSession(QStringLiteral("writer"))) > 0, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(MariaDbServer::queryAsRoot(QStringLiteral(
                                  "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE "
                                  "trx_mysql_thread_id = %1 AND trx_rows_locked > 0 AND trx_query IS NULL")
                                                             .arg(holder)),
        QStringLiteral("1"), 30'000);
    m_clients.push_back(MariaDbServer::openSession(QStringLiteral("writer"), WriterPassword,
        QStringLiteral("UPDATE billing.invoices SET total = 0 WHERE id = 1;")));
    qint64 waiter = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (waiter = MariaDbServer::findSession(QStringLiteral("writer"), QStringLiteral("UPDATE billing.invoices%"))) > 0,
        30'000);
    QTest::qWait(1100);

    InstanceMonitor monitor;
    monitor.setRefreshIntervalMs(0);
    MainWindow window(&monitor);
    // Every session the server lists, its own threads included.
    window.filterBar()->hideSystemBox()->setChecked(false);
    window.resize(1280, 720);
    window.show();
    monitor.setSource(new MySqlSource(MariaDbServer::rootSettings()));
    QSignalSpy changed(&monitor, &InstanceMonitor::snapshotChanged);
    monitor.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot() != nullptr, 30'000);

    QVERIFY(!window.summaryStrip()->lockWaitsText().isEmpty());
    QVERIFY(window.summaryStrip()->lockWaitsText().toInt() >= 1);
    QVERIFY(window.summaryStrip()->visibilityText().isEmpty());

    // The table says who blocks whom, in a column that only a direct connection shows.
    QVERIFY(!window.sessionView()->isColumnHidden(SessionTableModel::BlockedByColumn));
    const QModelIndex blockedBy
        = window.sessionModel()->index(window.sessionModel()->rowOfSession(waiter), SessionTableModel::BlockedByColumn);
    QCOMPARE(blockedBy.data().toString(), QString::number(holder));
    QCOMPARE(window.sessionModel()
                 ->index(window.sessionModel()->rowOfSession(holder), SessionTableModel::BlockedByColumn)
                 .data()
                 .toString(),
        QString());

    select(window, waiter);
    const QString waiting = SessionDetailPane::lockText(
        monitor.snapshot()->sessions.at(window.sessionModel()->rowOfSession(waiter)), monitor.snapshot().get());
    QVERIFY2(waiting.startsWith(
                 QStringLiteral("Waiting for a lock held by session %1 (writer, idle in transaction for ").arg(holder)),
        qPrintable(waiting));
    QVERIFY2(waiting.endsWith(QLatin1String(" on `billing`.`invoices`")), qPrintable(waiting));

    select(window, holder);
    const QString blocking = SessionDetailPane::lockText(
        monitor.snapshot()->sessions.at(window.sessionModel()->rowOfSession(holder)), monitor.snapshot().get());
    QCOMPARE(blocking, QStringLiteral("Blocks 1 session(s)"));

    // "Blockers" keeps only the sessions others wait for: here the idle transaction.
    QCheckBox* blockers = window.filterBar()->blockersBox();
    QVERIFY(blockers->isVisibleTo(&window));
    blockers->setChecked(true);
    QList<qint64> shown;
    for (int row = 0; row < window.sessionProxy()->rowCount(); ++row)
        shown.append(window.sessionProxy()->index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong());
    QVERIFY2(shown.contains(holder), qPrintable(MariaDbServer::describe()));
    QVERIFY(!shown.contains(waiter));
    for (const qint64 id : std::as_const(shown))
        QVERIFY(!monitor.snapshot()->blockedBy(id).isEmpty());
    blockers->setChecked(false);
    QCOMPARE(window.sessionProxy()->rowCount(), monitor.snapshot()->sessions.size());

    // The export dialog offers the lock waits beside the sessions, in the CLI's --locks format.
    QTemporaryDir dir;
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ExportDialog*>()) != nullptr);
    QVERIFY(dialog->locksCheckBox()->isVisibleTo(dialog));
    QVERIFY(dialog->locksCheckBox()->isChecked());
    dialog->pathEdit()->setText(dir.filePath(QStringLiteral("db-sessions.csv")));
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    dialog->accept();
    QVERIFY(exported.wait(30'000));
    QCOMPARE(exported.first().first().toString(), QString());
    QFile locks(dir.filePath(QStringLiteral("db-locks.csv")));
    QVERIFY(locks.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = locks.readAll().split('\n');
    QVERIFY(lines.constFirst().startsWith("SnapshotTime,InstanceId,NodeId,WaitingSessionId,BlockingSessionId"));
    bool found = false;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() > 4 && cells.at(3).toLongLong() == waiter && cells.at(4).toLongLong() == holder)
            found = line.contains("`billing`.`invoices`");
    }
    QVERIFY2(found, lines.join('\n').constData());
}

void TestMySqlWindow::accountWithoutProcessIsToldWhatItCannotSee()
{
    InstanceMonitor monitor;
    monitor.setRefreshIntervalMs(0);
    MainWindow window(&monitor);
    // Every session the server lists, its own threads included.
    window.filterBar()->hideSystemBox()->setChecked(false);
    window.show();
    monitor.setSource(new MySqlSource(MariaDbServer::settingsFor(QStringLiteral("reader"), ReaderPassword)));
    monitor.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot() != nullptr, 30'000);
    QCOMPARE(window.summaryStrip()->visibilityText(),
        QStringLiteral("You see only reader's sessions: grant PROCESS to see all."));
    // Without PROCESS no lock wait can be seen, so none is claimed and no lock filter is offered.
    QVERIFY(window.summaryStrip()->lockWaitsText().isEmpty());
    QVERIFY(!window.filterBar()->blockersBox()->isVisibleTo(&window));
}

QTEST_MAIN(TestMySqlWindow)
#include "tst_mysqlwindow.moc"
