// SPDX-License-Identifier: GPL-3.0-or-later
// Where kills start in the window and what guards them, on real widgets (offscreen) with a source
// that kills on command: the selection survives a filter, Delete opens the preview and Enter does
// not kill, system sessions need a deliberate step, DAS's database account needs its password, a
// kill that cannot be audited is not sent, and the audit window lists and exports what was done.
#include "actions/auditlog.h"
#include "auditlogwindow.h"
#include "filterbar.h"
#include "killdialog.h"
#include "killresultdialog.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancemonitor.h"
#include "sessiontableview.h"
#include "sources/sessionsource.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

class KillableSource : public SessionSource
{
    Q_OBJECT

public:
    void fetch() override { m_fetching = true; }
    void cancel() override { m_fetching = false; }
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return QStringLiteral("db-test:3306"); }
    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.killSession = true;
        capabilities.killQuery = true;
        return capabilities;
    }
    QString killMethod(const KillRequest& request) const override
    {
        return request.scope == KillRequest::Scope::Query ? QStringLiteral("KILL QUERY <id>")
                                                          : QStringLiteral("KILL CONNECTION <id>");
    }
    SourceCommand* kill(const KillRequest& request, QObject* owner) override
    {
        requests.append(request);
        auto* command = new SourceCommand(request.sessionIds, owner);
        CommandResult result;
        for (const qint64 id : request.sessionIds)
            result.outcomes.append({id, SessionOutcome::Result::Done, {}});
        QMetaObject::invokeMethod(
            command, [command, result] { command->finish(result); }, Qt::QueuedConnection);
        return command;
    }

    void deliver(const QList<Session>& sessions)
    {
        auto snapshot = SnapshotBuilder(QStringLiteral("db-test:3306")).sessions(sessions).counted().build();
        snapshot->sourceKind = QStringLiteral("mysql");
        m_fetching = false;
        emit snapshotReady(snapshot);
    }

    QList<KillRequest> requests;

private:
    bool m_fetching = false;
};

QList<Session> sessions()
{
    return {SessionBuilder(1)
                .user(QStringLiteral("alice"))
                .command(QStringLiteral("Query"))
                .time(30)
                .sql(QStringLiteral("SELECT * FROM orders")),
        SessionBuilder(2)
            .user(QStringLiteral("bob"))
            .command(QStringLiteral("Query"))
            .time(20)
            .sql(QStringLiteral("UPDATE stock SET n = n - 1")),
        SessionBuilder(3).user(QStringLiteral("bob")).command(QStringLiteral("Sleep")).time(10),
        SessionBuilder(4).user(QStringLiteral("repl")).command(QStringLiteral("Binlog Dump")).time(9000)};
}

} // namespace

class TestKillActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectionSurvivesAFilterChange();
    void plainClickForgetsWhatTheFilterHides();
    void deleteOpensThePreviewAndEnterDoesNotKill();
    void systemSessionNeedsADeliberateStep();
    void databaseAccountNeedsItsPassword();
    void unauditableKillIsNotSent();
    void auditWindowListsFiltersAndExports();

private:
    void select(qint64 id, QItemSelectionModel::SelectionFlags flags);
    KillDialog* dialog() const { return m_window->findChild<KillDialog*>(); }

    QTemporaryDir m_dir;
    InstanceMonitor* m_monitor = nullptr;
    KillableSource* m_source = nullptr;
    MainWindow* m_window = nullptr;
};

void TestKillActions::init()
{
    m_monitor = new InstanceMonitor;
    m_monitor->setRefreshIntervalMs(0);
    m_window = new MainWindow(m_monitor);
    // The kill preview's exclusions are tested on system threads selected in the table.
    m_window->filterBar()->hideSystemBox()->setChecked(false);
    m_monitor->setParent(m_window);
    m_window->setAuditLogPath(
        m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_window->resize(1280, 720);
    m_window->show();
    m_source = new KillableSource;
    m_monitor->setSource(m_source);
    m_monitor->refreshNow();
    m_source->deliver(sessions());
    QVERIFY(m_monitor->snapshot());
}

void TestKillActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestKillActions::select(qint64 id, QItemSelectionModel::SelectionFlags flags)
{
    const QModelIndex index = m_window->sessionProxy()->mapFromSource(m_window->sessionModel()->indexOfSession(id));
    QVERIFY(index.isValid());
    m_window->sessionView()->selectionModel()->select(index, flags | QItemSelectionModel::Rows);
}

void TestKillActions::selectionSurvivesAFilterChange()
{
    select(1, QItemSelectionModel::ClearAndSelect);
    QVERIFY(m_window->sessionProxy()->setTextFilter(QStringLiteral("bob"), false));
    QCOMPARE(m_window->sessionProxy()->rowCount(), 2);
    select(2, QItemSelectionModel::Select);
    QCOMPARE(m_window->sessionView()->hiddenSelectionCount(), 1);
    QCOMPARE(m_window->killSessionAction()->text(), QStringLiteral("Kill 2 session(s)… (1 hidden by the filter)"));
    m_window->killSessionAction()->trigger();
    QTRY_VERIFY(dialog());
    QSet<qint64> listed;
    for (int row = 0; row < dialog()->table()->rowCount(); ++row)
        listed.insert(dialog()->table()->item(row, 1)->text().toLongLong());
    QCOMPARE(listed, (QSet<qint64> {1, 2}));
    dialog()->reject();

    // The hidden row comes back selected when the filter no longer hides it.
    QVERIFY(m_window->sessionProxy()->setTextFilter(QString(), false));
    QCOMPARE(m_window->sessionView()->hiddenSelectionCount(), 0);
    const QList<qint64> selected = m_window->sessionView()->selectedSessionIds();
    QCOMPARE(QSet<qint64>(selected.cbegin(), selected.cend()), (QSet<qint64> {1, 2}));
    QCOMPARE(m_window->sessionView()->selectionModel()->selectedRows().size(), 2);

    // A hidden selected session that ends is no longer selected.
    QVERIFY(m_window->sessionProxy()->setTextFilter(QStringLiteral("bob"), false));
    QCOMPARE(m_window->sessionView()->hiddenSelectionCount(), 1);
    m_monitor->refreshNow();
    m_source->deliver(sessions().mid(1));
    QCOMPARE(m_window->sessionView()->hiddenSelectionCount(), 0);
    QCOMPARE(m_window->sessionView()->selectedSessionIds(), (QList<qint64> {2}));
}

void TestKillActions::plainClickForgetsWhatTheFilterHides()
{
    select(1, QItemSelectionModel::ClearAndSelect);
    QVERIFY(m_window->sessionProxy()->setTextFilter(QStringLiteral("bob"), false));
    QCOMPARE(m_window->sessionView()->hiddenSelectionCount(), 1);
    SessionTableView* view = m_window->sessionView();
    const QModelIndex row = m_window->sessionProxy()->mapFromSource(m_window->sessionModel()->indexOfSession(3));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(view->selectedSessionIds(), (QList<qint64> {3}));
    QCOMPARE(m_window->killSessionAction()->text(), QStringLiteral("Kill 1 session(s)…"));
}

void TestKillActions::deleteOpensThePreviewAndEnterDoesNotKill()
{
    select(2, QItemSelectionModel::ClearAndSelect);
    m_window->sessionView()->setFocus();
    QTest::keyClick(m_window->sessionView(), Qt::Key_Delete);
    QTRY_VERIFY(dialog());
    QVERIFY(dialog()->killButton()->isEnabled());
    QCOMPARE(dialog()->killButton()->text(), QStringLiteral("Kill 1 session(s)"));
    QTest::keyClick(dialog(), Qt::Key_Return);
    QTRY_VERIFY(!dialog());
    QTest::qWait(50);
    QVERIFY(m_source->requests.isEmpty());

    // Confirmed, it kills exactly that session, refreshes, and says so.
    m_window->sessionView()->setFocus();
    QTest::keyClick(m_window->sessionView(), Qt::Key_Delete);
    QTRY_VERIFY(dialog());
    QTest::mouseClick(dialog()->killButton(), Qt::LeftButton);
    QTRY_COMPARE(m_source->requests.size(), 1);
    QCOMPARE(m_source->requests.constFirst().sessionIds, (QList<qint64> {2}));
    QCOMPARE(m_source->requests.constFirst().scope, KillRequest::Scope::Connection);
    KillResultDialog* result = nullptr;
    QTRY_VERIFY((result = m_window->findChild<KillResultDialog*>()) != nullptr);
    QTRY_COMPARE(result->headingLabel()->text(), QStringLiteral("Killed 1 of 1 session(s) on db-test:3306."));
    QTRY_VERIFY(m_source->isFetching()); // refreshed at once
}

void TestKillActions::systemSessionNeedsADeliberateStep()
{
    select(4, QItemSelectionModel::ClearAndSelect);
    m_window->killSessionAction()->trigger();
    QTRY_VERIFY(dialog());
    QVERIFY(dialog()->table()->item(0, 0)->text().startsWith(QLatin1String("Excluded: Replication")));
    QVERIFY(!dialog()->killButton()->isEnabled());
    QVERIFY(dialog()->includeSystemBox()->isVisible());
    dialog()->includeSystemBox()->setChecked(true);
    QCOMPARE(dialog()->table()->item(0, 0)->text(), QStringLiteral("Will be killed (system session)"));
    QVERIFY(dialog()->killButton()->isEnabled());
    QTest::mouseClick(dialog()->killButton(), Qt::LeftButton);
    QTRY_COMPARE(m_source->requests.size(), 1);
    QCOMPARE(m_source->requests.constFirst().sessionIds, (QList<qint64> {4}));
}

void TestKillActions::databaseAccountNeedsItsPassword()
{
    KillDialog::Target target;
    target.instanceText = QStringLiteral("orders-prod (rm-1)");
    target.databaseUser = QStringLiteral("ops_admin");
    KillDialog dialog(KillPlan(*m_monitor->snapshot(), {1}, KillRequest::Scope::Query), target);
    // DAS cannot kill a statement only: the dialog falls back to the connection.
    QVERIFY(!dialog.queryOnlyButton()->isEnabled());
    QCOMPARE(dialog.plan().scope(), KillRequest::Scope::Connection);
    QVERIFY(dialog.headingLabel()->text().endsWith(QLatin1String("on orders-prod (rm-1)")));
    QVERIFY(dialog.passwordEdit());
    QVERIFY(!dialog.killButton()->isEnabled());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("pw-1"));
    QVERIFY(dialog.killButton()->isEnabled());
    QCOMPARE(dialog.account()->user, QStringLiteral("ops_admin"));
    QCOMPARE(dialog.account()->password, QStringLiteral("pw-1"));
}

void TestKillActions::unauditableKillIsNotSent()
{
    const QString blocked = m_dir.filePath(QStringLiteral("not-a-file"));
    QVERIFY(QDir().mkpath(blocked));
    m_window->setAuditLogPath(blocked);
    select(1, QItemSelectionModel::ClearAndSelect);
    m_window->killSessionAction()->trigger();
    QTRY_VERIFY(dialog());
    QTest::mouseClick(dialog()->killButton(), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("killNotSent"))) != nullptr);
    QVERIFY(box->text().startsWith(QLatin1String("Nothing was killed")));
    QVERIFY(m_source->requests.isEmpty());
}

void TestKillActions::auditWindowListsFiltersAndExports()
{
    select(1, QItemSelectionModel::ClearAndSelect);
    select(2, QItemSelectionModel::Select);
    m_window->killQueryAction()->trigger();
    QTRY_VERIFY(dialog());
    QTest::mouseClick(dialog()->killButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<KillResultDialog*>());
    QTRY_VERIFY(!m_window->findChild<KillResultDialog*>()->headingLabel()->text().startsWith(QLatin1String("Sending")));

    m_window->showAuditLog();
    auto* audit = m_window->findChild<AuditLogWindow*>();
    QVERIFY(audit);
    QAbstractItemModelTester tester(audit->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(audit->proxy()->rowCount(), 2);
    QTest::keyClicks(audit->filterEdit(), QStringLiteral("stock"));
    QCOMPARE(audit->proxy()->rowCount(), 1);
    QCOMPARE(audit->proxy()->index(0, 5).data().toString(), QStringLiteral("2"));
    QCOMPARE(audit->proxy()->index(0, 4).data().toString(), QStringLiteral("statement"));
    QCOMPARE(audit->proxy()->index(0, 9).data().toString(), QStringLiteral("Killed"));
    const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(audit->exportCsv(csvPath), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // header and the one row shown
    QVERIFY(lines.at(1).contains("UPDATE stock SET n = n - 1"));
    QVERIFY(lines.at(1).contains(",killed,"));
    QVERIFY(lines.at(1).contains("KILL QUERY <id>"));
}

QTEST_MAIN(TestKillActions)
#include "tst_killactions.moc"
