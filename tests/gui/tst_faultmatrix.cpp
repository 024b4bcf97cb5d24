// SPDX-License-Identifier: GPL-3.0-or-later
// Every misbehaviour the DAS emulator can put on, as the monitor window shows it: real widgets
// (offscreen), a real monitor and DAS source, real HTTP to the emulator on loopback. For each fault:
// what the banner says, that every view marks its figures stale, whether automatic refresh stops or
// keeps trying, how many requests the fetch sent, and that the window is current again once the
// service behaves.
#include "base/credential.h"
#include "dimensionchartview.h"
#include "emulator/dasemulator.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancemonitor.h"
#include "sessiondetailpane.h"
#include "sessions/dimensionstat.h"
#include "sources/dassource.h"
#include "stalebadge.h"
#include "summarystrip.h"
#include "support/emulatorfixture.h"
#include "translations.h"
#include "trendchartview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIfaultmatrix01"), QStringLiteral("fault-matrix-secret-01"), {}};
const QString instanceId = QStringLiteral("rm-faults");

FetchOptions fastOptions()
{
    FetchOptions options;
    options.pollIntervalMs = 50;
    options.retryBaseMs = 10;
    options.retryMaxMs = 20;
    options.maxRetries = 2;
    options.transferTimeoutMs = 300;
    options.deadlineMs = 2'000;
    return options;
}

// How the window must react to one fault that hits every request until it is cleared.
struct FaultRow
{
    const char* name;
    EmulatorFault fault;
    // The code the banner names.
    QString code;
    // The fetch backs off and tries again (up to FetchOptions::maxRetries times) before it gives up.
    bool retried = false;
    // Automatic refresh stops until the user resumes; otherwise it keeps trying on its interval.
    bool pauses = false;
    // Requests one failed fetch sends: each attempt once (1 + retries), or, for a result that never
    // finishes, polls until the deadline (-1).
    int requests = 1;
    // Qt's HTTP stack sends a request again by itself when its connection is reset unanswered, so
    // an attempt may arrive twice.
    bool transportResends = false;
};

EmulatorFault fault(EmulatorFault::Type type, const QString& code = {})
{
    EmulatorFault fault;
    fault.type = type;
    fault.code = code;
    return fault;
}

QList<FaultRow> faultRows()
{
    using Type = EmulatorFault::Type;
    const int attempts = 1 + fastOptions().maxRetries;
    EmulatorFault throttled = fault(Type::Throttling);
    throttled.retryAfterMs = 30;
    EmulatorFault stall = fault(Type::Stall);
    stall.stallMs = 2'000;
    return {
        {"http500", fault(Type::Http500), QStringLiteral("InternalError"), true, false, attempts},
        {"http503", fault(Type::Http503), QStringLiteral("ServiceUnavailable"), true, false, attempts},
        {"throttling", throttled, QStringLiteral("Throttling.User"), true, false, attempts},
        {"connectionReset", fault(Type::ConnectionReset), QStringLiteral("RemoteHostClosedError"), true, false,
            attempts, true},
        {"stall", stall, QStringLiteral("Timeout"), true, false, attempts},
        {"truncatedBody", fault(Type::TruncatedBody), QStringLiteral("RemoteHostClosedError"), true, false, attempts},
        {"invalidJson", fault(Type::InvalidJson), QStringLiteral("MalformedResponse"), false, false, 1},
        {"wrongTypes", fault(Type::WrongTypes), QStringLiteral("MalformedResponse"), false, false, 1},
        {"successFalse", fault(Type::SuccessFalse), QStringLiteral("InternalError"), true, false, attempts},
        {"successFalse Forbidden.RAM", fault(Type::SuccessFalse, QStringLiteral("Forbidden.RAM")),
            QStringLiteral("Forbidden.RAM"), false, true, 1},
        {"stateFail", fault(Type::StateFail), QStringLiteral("AsyncTaskFailed"), false, false, 1},
        {"neverFinish", fault(Type::NeverFinish), QStringLiteral("DeadlineExceeded"), false, false, -1},
        {"xmlError", fault(Type::XmlError), QStringLiteral("ServiceUnavailable"), true, false, attempts},
        {"xmlError InvalidAccessKeyId.NotFound", fault(Type::XmlError, QStringLiteral("InvalidAccessKeyId.NotFound")),
            QStringLiteral("InvalidAccessKeyId.NotFound"), false, true, 1},
    };
}

} // namespace

Q_DECLARE_METATYPE(FaultRow)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyEmulatorFaultHasARow();
    void faultIsShownAndRecoveredFrom_data();
    void faultIsShownAndRecoveredFrom();

private:
    // Every view that shows the snapshot's figures, and whether it marks them stale.
    QStringList staleMarks() const;

    std::unique_ptr<DasEmulator> m_emulator;
    InstanceMonitor* m_monitor = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFaultMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance());
}

void TestFaultMatrix::init()
{
    QSettings().clear();
    EmulatorInstance instance = EmulatorFixture::instance(instanceId, 120, 1);
    instance.seed = 23;
    m_emulator = EmulatorFixture::start(key, {instance});
    QVERIFY(m_emulator);
    m_monitor = new InstanceMonitor;
    m_monitor->setRefreshIntervalMs(0);
    m_monitor->setSource(new DasSource(m_emulator->endpoint(), key, instanceId, {}, fastOptions()));
    m_window = std::make_unique<MainWindow>(m_monitor);
    m_window->filterBar()->hideSystemBox()->setChecked(false);
    m_monitor->setParent(m_window.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->sessionProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFaultMatrix::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_emulator.reset();
}

QStringList TestFaultMatrix::staleMarks() const
{
    QStringList marks;
    if (m_window->summaryStrip()->isStaleShown())
        marks << QStringLiteral("summary");
    if (m_window->tableStaleBadge()->isStale() && m_window->tableStaleBadge()->isVisible())
        marks << QStringLiteral("table");
    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database}) {
        if (m_window->dimensionView(dimension)->isStaleShown())
            marks << QStringLiteral("chart %1").arg(int(dimension));
    }
    if (m_window->trendView()->isStaleShown())
        marks << QStringLiteral("trend");
    if (m_window->detailPane()->isStaleShown())
        marks << QStringLiteral("detail");
    return marks;
}

void TestFaultMatrix::everyEmulatorFaultHasARow()
{
    // A fault added to the emulator without a row here fails this test: the window's reaction to it
    // would otherwise go untested.
    QStringList covered;
    for (const FaultRow& row : faultRows())
        covered << EmulatorFault::typeName(row.fault.type);
    covered.removeDuplicates();
    covered.sort();
    QStringList offered = EmulatorFault::typeNames();
    offered.sort();
    QCOMPARE(covered, offered);
}

void TestFaultMatrix::faultIsShownAndRecoveredFrom_data()
{
    QTest::addColumn<FaultRow>("row");
    for (const FaultRow& row : faultRows())
        QTest::addRow("%s", row.name) << row;
}

void TestFaultMatrix::faultIsShownAndRecoveredFrom()
{
    QFETCH(FaultRow, row);
    const QStringList allMarks {QStringLiteral("summary"), QStringLiteral("table"), QStringLiteral("chart 0"),
        QStringLiteral("chart 1"), QStringLiteral("chart 2"), QStringLiteral("trend"), QStringLiteral("detail")};

    // A good snapshot first: that is what turns stale.
    m_monitor->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), InstanceMonitor::State::UpToDate, 10'000);
    const SnapshotPtr good = m_monitor->snapshot();
    QCOMPARE(m_window->sessionModel()->rowCount(), good->sessions.size());
    QVERIFY(!m_window->errorBanner()->isVisible());
    QCOMPARE(staleMarks(), QStringList());
    const qint64 goodAt = m_monitor->lastSuccessMs();

    // The service misbehaves on every request from now on.
    m_emulator->setPersistentFault(instanceId, row.fault);
    m_emulator->clearRequests();
    QSignalSpy retrying(m_monitor, &InstanceMonitor::retrying);
    m_monitor->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), InstanceMonitor::State::Failed, 10'000);
    const auto requests = m_emulator->requests();

    // The retry count: what the emulator received for this one fetch.
    QCOMPARE(retrying.size(), row.retried ? fastOptions().maxRetries : 0);
    if (row.requests < 0) {
        // A result that never finishes is polled until the fetch's deadline, then no more.
        QVERIFY2(requests.size() >= 3, qPrintable(QString::number(requests.size())));
        QVERIFY(requests.size() <= fastOptions().deadlineMs / fastOptions().pollIntervalMs + 2);
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY(requests.at(i).params.contains(QStringLiteral("ResultId")));
    } else if (row.transportResends) {
        // Each attempt hits the fault once and may be resent by the transport once; a copy the
        // service refuses is answered, not faulted.
        qsizetype faulted = 0;
        for (const auto& request : requests)
            faulted += request.fault == EmulatorFault::typeName(row.fault.type) ? 1 : 0;
        QVERIFY2(faulted >= row.requests && faulted <= 2 * row.requests, qPrintable(QString::number(faulted)));
    } else {
        QCOMPARE(requests.size(), qsizetype(row.requests));
        for (const auto& request : requests)
            QCOMPARE(request.fault, EmulatorFault::typeName(row.fault.type));
    }
    QCOMPARE(m_monitor->lastError().code(), row.code);

    // The banner names the code, says the figures are stale, and offers the action that helps.
    ErrorBanner* banner = m_window->errorBanner();
    QVERIFY(banner->isVisible());
    const QString text = banner->text();
    QVERIFY2(text.startsWith(row.code + QLatin1String(": ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("its figures are stale")), qPrintable(text));
    QCOMPARE(text.contains(QLatin1String("Automatic refresh is paused")), row.pauses);
    auto* resume = banner->findChild<QPushButton*>(QStringLiteral("errorResume"));
    auto* retry = banner->findChild<QPushButton*>(QStringLiteral("errorRetry"));
    QVERIFY(resume && retry);
    QCOMPARE(resume->isVisible(), row.pauses);
    QCOMPARE(retry->isVisible(), !row.pauses);

    // The last good figures stay, marked stale wherever they are shown.
    QCOMPARE(m_monitor->snapshot(), good);
    QCOMPARE(m_window->sessionModel()->rowCount(), good->sessions.size());
    QCOMPARE(staleMarks(), allMarks);
    QVERIFY2(m_window->summaryStrip()->stateText().startsWith(QLatin1String("Stale since")),
        qPrintable(m_window->summaryStrip()->stateText()));

    // The pause rule: credentials and permissions do not fix themselves, so refreshing stops;
    // everything else is tried again on the refresh interval.
    QCOMPARE(m_monitor->isPaused(), row.pauses);
    const qsizetype sent = m_emulator->requests().size();
    m_monitor->setRefreshIntervalMs(150);
    if (row.pauses) {
        QTest::qWait(600);
        QCOMPARE(m_emulator->requests().size(), sent);
        QVERIFY(m_monitor->isPaused());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator->requests().size() > sent, 5'000);
    }

    // The service recovers. A paused instance waits for the user's word; the others get there alone.
    m_emulator->setPersistentFault(instanceId, std::nullopt);
    if (row.pauses)
        QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->state() == InstanceMonitor::State::UpToDate && !banner->isVisible(), 10'000);
    QVERIFY(!m_monitor->isPaused());
    QVERIFY(m_monitor->lastSuccessMs() > goodAt);
    QVERIFY(m_monitor->snapshot() != good);
    QCOMPARE(m_window->sessionModel()->rowCount(), m_monitor->snapshot()->sessions.size());
    QCOMPARE(staleMarks(), QStringList());
    // And it keeps refreshing by itself.
    const qsizetype recovered = m_emulator->requests().size();
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator->requests().size() > recovered, 5'000);
    m_monitor->stop();
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
