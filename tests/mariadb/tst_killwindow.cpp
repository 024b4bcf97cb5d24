// SPDX-License-Identifier: GPL-3.0-or-later
// Kills from the window on a real MariaDB server: the blocker from the detail pane, a statement
// from the table (its connection survives), a drill-down's sessions behind a typed confirmation, a
// session that ended before the kill was confirmed, and no kill at all on a read-only profile. Each
// kill is in the audit log with its outcome.
#include "actions/auditlog.h"
#include "credentials/keychainstore.h"
#include "filterbar.h"
#include "killdialog.h"
#include "killresultdialog.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sessiondetailpane.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "sources/mysqlsource.h"
#include "support/mariadbserver.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString BatchPassword = QStringLiteral("batch-pass-7");

} // namespace

class TestKillWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killTheBlockerFromTheDetailPane();
    void killOnlyTheStatement();
    void drillDownKillNeedsTheNumberTyped();
    void sessionThatEndedMeanwhileIsAlreadyGone();
    void readOnlyProfileOffersNoKill();
    void cleanupTestCase();

private:
    struct Window
    {
        InstanceMonitor monitor;
        MainWindow window {&monitor};
    };
    std::unique_ptr<Window> openWindow();
    void refresh(Window& window);
    void select(Window& window, qint64 sessionId);
    KillDialog* waitForKillDialog(MainWindow& window);
    KillResultDialog* confirm(MainWindow& window, KillDialog* dialog);
    qint64 openBatch(const QString& sql);

    QTemporaryDir m_dir;
    QString m_auditPath;
    std::vector<std::unique_ptr<QProcess>> m_clients;
};

void TestKillWindow::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    QVERIFY(m_dir.isValid());
    m_auditPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const QString setup = MariaDbServer::execAsRoot(
        QStringLiteral("CREATE DATABASE IF NOT EXISTS ledger; "
                       "CREATE TABLE IF NOT EXISTS ledger.accounts (id INT PRIMARY KEY, balance INT) ENGINE=InnoDB; "
                       "REPLACE INTO ledger.accounts VALUES (1, 100); "
                       "CREATE OR REPLACE USER 'batch'@'127.0.0.1' IDENTIFIED BY '%1'; "
                       "GRANT SELECT, UPDATE ON ledger.* TO 'batch'@'127.0.0.1';")
            .arg(BatchPassword));
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
}

void TestKillWindow::cleanupTestCase()
{
    for (auto& client : m_clients) {
        client->kill();
        client->waitForFinished();
    }
}

std::unique_ptr<TestKillWindow::Window> TestKillWindow::openWindow()
{
    auto window = std::make_unique<Window>();
    window->monitor.setRefreshIntervalMs(0);
    window->window.setAuditLogPath(m_auditPath);
    window->window.filterBar()->hideSystemBox()->setChecked(false);
    window->window.resize(1280, 720);
    window->window.show();
    window->monitor.setSource(new MySqlSource(MariaDbServer::rootSettings()));
    refresh(*window);
    return window;
}

void TestKillWindow::refresh(Window& window)
{
    const SnapshotPtr before = window.monitor.snapshot();
    window.monitor.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(window.monitor.snapshot() != nullptr && window.monitor.snapshot() != before, 30'000);
}

void TestKillWindow::select(Window& window, qint64 sessionId)
{
    const QModelIndex index = window.window.sessionModel()->indexOfSession(sessionId);
    QVERIFY2(index.isValid(), qPrintable(QString::number(sessionId)));
    window.window.sessionView()->selectionModel()->setCurrentIndex(window.window.sessionProxy()->mapFromSource(index),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

KillDialog* TestKillWindow::waitForKillDialog(MainWindow& window)
{
    KillDialog* dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = window.findChild<KillDialog*>()) != nullptr; }, 5'000);
    return dialog;
}

KillResultDialog* TestKillWindow::confirm(MainWindow& window, KillDialog* dialog)
{
    if (!dialog->killButton()->isEnabled())
        return nullptr;
    QTest::mouseClick(dialog->killButton(), Qt::LeftButton);
    KillResultDialog* result = nullptr;
    if (!QTest::qWaitFor([&] { return (result = window.findChild<KillResultDialog*>()) != nullptr; }, 5'000))
        return nullptr;
    // Done once the heading no longer says it is sending.
    (void)QTest::qWaitFor([&] { return !result->headingLabel()->text().startsWith(QLatin1String("Sending")); }, 30'000);
    return result;
}

qint64 TestKillWindow::openBatch(const QString& sql)
{
    m_clients.push_back(MariaDbServer::openSession(QStringLiteral("batch"), BatchPassword, sql));
    return 0;
}

void TestKillWindow::killTheBlockerFromTheDetailPane()
{
    openBatch(QStringLiteral("BEGIN; UPDATE ledger.accounts SET balance = balance + 1 WHERE id = 1;"));
    QProcess* holderClient = m_clients.back().get();
    qint64 holder = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (holder = MariaDbServer::queryAsRoot(
             QStringLiteral("SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX t JOIN "
                            "information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.USER = "
                            "'batch' AND t.trx_rows_locked > 0 AND t.trx_query IS NULL"))
                      .toLongLong())
            > 0,
        30'000);
    openBatch(QStringLiteral("UPDATE ledger.accounts SET balance = 0 WHERE id = 1;"));
    qint64 waiter = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (waiter = MariaDbServer::findSession(QStringLiteral("batch"), QStringLiteral("UPDATE ledger.accounts%"))) > 0,
        30'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(QStringLiteral("SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS")).toInt()
            >= 1,
        30'000);

    auto window = openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->monitor.snapshot()->blockerOf(waiter) == holder, 30'000);
    select(*window, waiter);
    QToolButton* killBlocker = window->window.detailPane()->killBlockerButton();
    QVERIFY(killBlocker->isVisibleTo(&window->window));
    QCOMPARE(killBlocker->text(), QStringLiteral("Kill the blocker (session %1)…").arg(holder));
    killBlocker->click();

    KillDialog* dialog = waitForKillDialog(window->window);
    QVERIFY(dialog);
    QVERIFY(dialog->headingLabel()->text().startsWith(QLatin1String("Kill 1 session(s) on ")));
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 1)->text(), QString::number(holder));
    QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("batch"));
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Will be killed"));
    QVERIFY(!dialog->confirmationEdit()->isVisible()); // one session: no number to type
    KillResultDialog* result = confirm(window->window, dialog);
    QVERIFY(result);
    QCOMPARE(result->headingLabel()->text().left(15), QStringLiteral("Killed 1 of 1 s"));
    QCOMPARE(result->table()->item(0, 2)->text(), QStringLiteral("Killed"));

    // The blocker is gone from the server, its client was told, and the waiter went on.
    QTRY_COMPARE_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %1").arg(holder)),
        QStringLiteral("0"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        MariaDbServer::findSession(QStringLiteral("batch"), QStringLiteral("UPDATE ledger.accounts%")) == 0, 10'000);
    // Its client learns that its connection is gone on the next statement.
    holderClient->write("SELECT 1;\n");
    QByteArray clientError;
    QTRY_VERIFY2_WITH_TIMEOUT((clientError += holderClient->readAllStandardError()).contains("ERROR 20")
            || holderClient->state() != QProcess::Running,
        clientError.constData(), 10'000);
    // The window refreshed by itself after the kill.
    QTRY_VERIFY_WITH_TIMEOUT(!window->window.sessionModel()->indexOfSession(holder).isValid(), 10'000);

    const QList<AuditRecord> records = AuditLog::read(m_auditPath);
    QVERIFY(!records.isEmpty());
    const AuditRecord& record = records.constLast();
    QCOMPARE(record.context.interface, QStringLiteral("gui"));
    QCOMPARE(record.context.sourceKind, QStringLiteral("mysql"));
    QCOMPARE(record.method, QStringLiteral("KILL CONNECTION <id>"));
    QVERIFY(record.completed);
    QCOMPARE(record.targets.size(), 1);
    QCOMPARE(record.targets.constFirst().sessionId, holder);
    QCOMPARE(record.targets.constFirst().outcome, QStringLiteral("killed"));
    QFile file(m_auditPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(MariaDbServer::rootSettings().password.toUtf8()));
    QVERIFY(!written.contains(BatchPassword.toUtf8()));
}

void TestKillWindow::killOnlyTheStatement()
{
    openBatch(QStringLiteral("SELECT SLEEP(60);"));
    qint64 sleeper = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (sleeper = MariaDbServer::findSession(QStringLiteral("batch"), QStringLiteral("SELECT SLEEP(60)%"))) > 0,
        30'000);
    auto window = openWindow();
    select(*window, sleeper);
    QAction* killQuery = window->window.killQueryAction();
    QVERIFY(killQuery->isVisible());
    QVERIFY(killQuery->isEnabled());
    killQuery->trigger();
    KillDialog* dialog = waitForKillDialog(window->window);
    QVERIFY(dialog);
    QVERIFY(dialog->queryOnlyButton()->isChecked());
    QCOMPARE(dialog->killButton()->text(), QStringLiteral("Kill 1 statement(s)"));
    KillResultDialog* result = confirm(window->window, dialog);
    QVERIFY(result);
    QCOMPARE(result->table()->item(0, 2)->text(), QStringLiteral("Killed"));
    // The statement stopped; the connection is still there.
    QTRY_COMPARE_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(
            QStringLiteral("SELECT COMMAND FROM information_schema.PROCESSLIST WHERE ID = %1").arg(sleeper)),
        QStringLiteral("Sleep"), 10'000);
    QCOMPARE(AuditLog::read(m_auditPath).constLast().method, QStringLiteral("KILL QUERY <id>"));
}

void TestKillWindow::drillDownKillNeedsTheNumberTyped()
{
    QList<qint64> ids;
    for (int i = 0; i < 11; ++i)
        openBatch(QStringLiteral("SELECT SLEEP(120) AS batch_%1;").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(120)%'")),
        QStringLiteral("11"), 30'000);
    auto window = openWindow();
    for (const Session& session : window->monitor.snapshot()->sessions) {
        if (session.sqlText.startsWith(QLatin1String("SELECT SLEEP(120)")))
            ids.append(session.sessionId);
    }
    QCOMPARE(ids.size(), 11);
    window->window.drillDown(Dimension::User, QString(), ids, QStringLiteral("batch sleepers"));
    QToolButton* killButton = window->window.filterBar()->killDrillDownButton();
    QVERIFY(killButton);
    QCOMPARE(killButton->text(), QStringLiteral("Kill these 11 session(s)…"));
    killButton->click();
    KillDialog* dialog = waitForKillDialog(window->window);
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 11);
    QVERIFY(dialog->confirmationEdit()->isVisible());
    QVERIFY(!dialog->killButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("10"));
    QVERIFY(!dialog->killButton()->isEnabled());
    dialog->confirmationEdit()->clear();
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("11"));
    QVERIFY(dialog->killButton()->isEnabled());
    KillResultDialog* result = confirm(window->window, dialog);
    QVERIFY(result);
    QVERIFY2(result->headingLabel()->text().startsWith(QLatin1String("Killed 11 of 11")),
        qPrintable(result->headingLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(120)%'")),
        QStringLiteral("0"), 10'000);
}

void TestKillWindow::sessionThatEndedMeanwhileIsAlreadyGone()
{
    openBatch(QStringLiteral("SELECT SLEEP(90);"));
    QProcess* client = m_clients.back().get();
    qint64 sleeper = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (sleeper = MariaDbServer::findSession(QStringLiteral("batch"), QStringLiteral("SELECT SLEEP(90)%"))) > 0,
        30'000);
    auto window = openWindow();
    select(*window, sleeper);
    window->window.killSessionAction()->trigger();
    KillDialog* dialog = waitForKillDialog(window->window);
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Will be killed"));
    // The session ends while the user reads the preview.
    client->kill();
    client->waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %1").arg(sleeper)),
        QStringLiteral("0"), 10'000);
    KillResultDialog* result = confirm(window->window, dialog);
    QVERIFY(result);
    QCOMPARE(result->table()->item(0, 2)->text(), QStringLiteral("Already gone"));
    QVERIFY(!result->retryButton()->isEnabled());
    QCOMPARE(AuditLog::read(m_auditPath).constLast().targets.constFirst().outcome, QStringLiteral("already-gone"));
}

void TestKillWindow::readOnlyProfileOffersNoKill()
{
    openBatch(QStringLiteral("SELECT SLEEP(60);"));
    qint64 sleeper = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (sleeper = MariaDbServer::findSession(QStringLiteral("batch"), QStringLiteral("SELECT SLEEP(60)%"))) > 0,
        30'000);
    ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    InstanceMonitor* monitor = new InstanceMonitor;
    InstanceController controller(monitor, &keychain);
    DemoLauncher demo;
    MainWindow window(monitor);
    window.filterBar()->hideSystemBox()->setChecked(false);
    monitor->setParent(&window);
    window.setAuditLogPath(m_auditPath);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();

    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.displayName = QStringLiteral("ledger (read-only)");
    profile.source = InstanceProfile::Source::MySql;
    profile.host = MariaDbServer::rootSettings().host;
    profile.port = MariaDbServer::rootSettings().port;
    profile.databaseUser = QStringLiteral("root");
    profile.sslMode = ConnectionSettings::SslMode::Disabled;
    profile.readOnly = true;
    monitor->setRefreshIntervalMs(0);
    controller.open(profile, DatabaseLogin {QStringLiteral("root"), MariaDbServer::rootSettings().password});
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot() != nullptr, 30'000);
    QVERIFY(monitor->source()->canKillSession()); // the source could; the profile says no
    QVERIFY(!window.isKillAllowed());
    const QModelIndex index = window.sessionModel()->indexOfSession(sleeper);
    QVERIFY(index.isValid());
    window.sessionView()->selectionModel()->setCurrentIndex(
        window.sessionProxy()->mapFromSource(index), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!window.killSessionAction()->isVisible());
    QVERIFY(!window.killQueryAction()->isVisible());
    window.requestKill({sleeper}, KillRequest::Scope::Connection);
    QTest::qWait(100);
    QVERIFY(!window.findChild<KillDialog*>());
    window.drillDown(Dimension::User, QString(), {sleeper}, QStringLiteral("one"));
    QVERIFY(!window.filterBar()->killDrillDownButton());

    // The same instance without read-only offers it.
    profile.readOnly = false;
    controller.open(profile, DatabaseLogin {QStringLiteral("root"), MariaDbServer::rootSettings().password});
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot() != nullptr && window.isKillAllowed(), 30'000);
}

QTEST_MAIN(TestKillWindow)
#include "tst_killwindow.moc"
