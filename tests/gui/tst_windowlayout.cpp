// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a small screen (1280×720, offscreen) with a loaded snapshot: everything fits, nothing
// is squeezed below the size it needs, and messages (a long error, a Chinese one, a refused pattern)
// leave the layout around them where it was.
#include "counttext.h"
#include "credentials/keychainstore.h"
#include "dimensionchartview.h"
#include "elidedlabel.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sessiondetailpane.h"
#include "sessions/sessionaggregator.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "sources/sessionsource.h"
#include "stalebadge.h"
#include "summarystrip.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"
#include "translations.h"
#include "trendchartview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QSize smallScreen(1280, 720);

class ScriptedSource : public SessionSource
{
public:
    void fetch() override { m_fetching = true; }
    void cancel() override { m_fetching = false; }
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return QStringLiteral("rm-layout"); }
    void deliver(const QList<Session>& sessions)
    {
        m_fetching = false;
        SessionSnapshot snapshot
            = *SnapshotBuilder(target()).takenAt(QDateTime::currentMSecsSinceEpoch()).sessions(sessions).build();
        // The charts need the per-user, per-client and per-database statistics.
        SessionAggregator::aggregate(snapshot);
        emit snapshotReady(std::make_shared<const SessionSnapshot>(std::move(snapshot)));
    }
    void fail(const FetchError& error)
    {
        m_fetching = false;
        emit fetchFailed(error);
    }

private:
    bool m_fetching = false;
};

// What a busy instance looks like: many users, clients and databases with realistic lengths, long
// statements, open transactions.
QList<Session> busyInstance()
{
    QList<Session> sessions;
    for (int i = 1; i <= 400; ++i) {
        const bool active = i % 3 == 0;
        SessionBuilder session(100'000 + i);
        session.user(QStringLiteral("app_service_%1").arg(i % 23))
            .client(QStringLiteral("203.0.113.%1:%2").arg(i % 250).arg(40'000 + i))
            .db(QStringLiteral("orders_archive_%1").arg(i % 17))
            .command(active ? QStringLiteral("Query") : QStringLiteral("Sleep"))
            .time(i * 37)
            .state(active ? QStringLiteral("Sending data") : QString())
            .sql(active ? QStringLiteral("SELECT o.id, o.customer_id, o.total FROM orders o JOIN customers c ON "
                                         "c.id = o.customer_id WHERE o.created_at > NOW() - INTERVAL %1 DAY")
                              .arg(i)
                        : QString());
        if (i % 7 == 0)
            session.transaction(QStringLiteral("7543003755%1").arg(i), i * 11);
        sessions.append(session);
    }
    return sessions;
}

// The least size a layout gives a widget (Qt's qSmartMinSize for widgets without height-for-width):
// an explicit minimum wins, an Ignored policy asks for nothing, a policy that cannot shrink asks for
// the size hint.
QSize layoutMinimum(const QWidget* widget)
{
    const QSizePolicy policy = widget->sizePolicy();
    const QSize hint = widget->sizeHint();
    const QSize minHint = widget->minimumSizeHint();
    QSize size(0, 0);
    if (policy.horizontalPolicy() != QSizePolicy::Ignored)
        size.setWidth(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag ? minHint.width()
                                                                          : std::max(hint.width(), minHint.width()));
    if (policy.verticalPolicy() != QSizePolicy::Ignored)
        size.setHeight(policy.verticalPolicy() & QSizePolicy::ShrinkFlag ? minHint.height()
                                                                         : std::max(hint.height(), minHint.height()));
    size = size.boundedTo(widget->maximumSize());
    if (widget->minimumWidth() > 0)
        size.setWidth(widget->minimumWidth());
    if (widget->minimumHeight() > 0)
        size.setHeight(widget->minimumHeight());
    return size.expandedTo(QSize(0, 0));
}

// A widget whose place is given by a layout, a splitter or a scroll area (not one its parent draws
// by hand, such as a scroll bar or a header).
bool isLaidOut(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (!parent)
        return false;
    if (parent->layout() && parent->layout()->indexOf(widget) >= 0)
        return true;
    if (qobject_cast<const QSplitter*>(parent))
        return true;
    if (const auto* viewport = parent; viewport->parentWidget()) {
        if (const auto* area = qobject_cast<const QScrollArea*>(viewport->parentWidget()))
            return area->widget() == widget;
    }
    return false;
}

// Every visible, laid-out widget smaller than its layout minimum: what a user sees cut off.
QStringList clippedWidgets(const QWidget* window)
{
    QStringList clipped;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->isWindow() || !isLaidOut(widget))
            continue;
        // Qt's own decorations (a dock's title buttons) are sized by the style, at its icon size.
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Height-for-width widgets (word-wrapped labels) are measured at their width.
        QSize needed = layoutMinimum(widget);
        if (widget->hasHeightForWidth())
            needed.setHeight(std::min(needed.height(), widget->heightForWidth(widget->width())));
        if (widget->width() < needed.width() || widget->height() < needed.height()) {
            clipped.append(QStringLiteral("%1 \"%2\" in %3: %4×%5, needs %6×%7")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                   QString::fromLatin1(widget->parentWidget()->metaObject()->className()))
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(needed.width())
                               .arg(needed.height()));
        }
    }
    return clipped;
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fitsASmallScreen();
    void nothingIsClippedWithEveryMessageShown();
    void bannerKeepsItsHeightWhateverTheMessage();
    void chineseBannerDoesNotGrowTheWindow();
    void refusedPatternKeepsTheFilterBox();
    void geometryIsRemembered();
    void staleIsShownWhereverTheFiguresAre();
    void cellsAreReadable();
    void countsAreGroupedAsEverywhere();
    void systemThreadsAreHiddenAndCounted();
    void missingCredentialIsSaidWithTheRightAdvice();
    void headersFitTheirColumns_data();
    void headersFitTheirColumns();

private:
    void openWindow();
    void settle();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<InstanceController> m_controller;
    std::unique_ptr<DemoLauncher> m_demo;
    std::unique_ptr<MainWindow> m_window;
    InstanceMonitor* m_monitor = nullptr;
    ScriptedSource* m_source = nullptr;
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance());
}

void TestWindowLayout::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    InstanceProfile profile;
    profile.displayName = QStringLiteral("orders-prod (RDS, Hangzhou)");
    profile.instanceId = QStringLiteral("rm-bp1layout");
    profile.credential.kind = CredentialReference::Kind::Environment;
    m_profiles->add(profile);
    m_keychain = std::make_unique<KeychainStore>();
    m_monitor = new InstanceMonitor;
    m_controller = std::make_unique<InstanceController>(m_monitor, m_keychain.get());
    m_demo = std::make_unique<DemoLauncher>();
}

void TestWindowLayout::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_demo.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
    m_monitor = nullptr;
    m_source = nullptr;
}

void TestWindowLayout::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_monitor);
    m_monitor->setParent(m_window.get());
    m_window->attachInstances(m_profiles.get(), m_keychain.get(), m_controller.get(), m_demo.get());
    new QAbstractItemModelTester(
        m_window->sessionProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_window.get());
    m_window->resize(smallScreen);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_monitor->setRefreshIntervalMs(0);
    m_source = new ScriptedSource;
    m_monitor->setSource(m_source);
    m_monitor->refreshNow();
    m_source->deliver(busyInstance());
    QVERIFY(m_monitor->snapshot());
    // The session with the longest statement in the detail pane.
    m_window->sessionView()->selectSessions({100'399});
    m_window->sessionView()->setCurrentIndex(m_window->sessionView()->model()->index(0, 0));
    settle();
}

void TestWindowLayout::settle()
{
    // Layouts apply in posted events; two rounds let nested ones (splitters, scroll areas) follow.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void TestWindowLayout::fitsASmallScreen()
{
    openWindow();
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    qInfo("the window needs at least %d×%d", minimum.width(), minimum.height());
    QVERIFY2(minimum.width() <= smallScreen.width() && minimum.height() <= smallScreen.height(),
        qPrintable(QStringLiteral("the window needs %1×%2").arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(m_window->size(), smallScreen);
    // Every pane is there: the instance list, the table, the details, the charts and the trend.
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("instancesDock"))->isVisible());
    QVERIFY(m_window->sessionView()->isVisible());
    QVERIFY(m_window->detailPane()->isVisible());
    QVERIFY(m_window->trendView()->isVisible());
    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database})
        QVERIFY(m_window->dimensionView(dimension)->isVisible());
    QVERIFY(m_window->sessionView()->height() >= 120);
    const QStringList clipped = clippedWidgets(m_window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestWindowLayout::nothingIsClippedWithEveryMessageShown()
{
    openWindow();
    // A drill-down, three value filters, a refused pattern and a long error, all at once.
    m_window->drillDown(Dimension::User, QStringLiteral("app_service_3"), {100'003, 100'026}, {});
    for (const QString& user : {QStringLiteral("app_service_1"), QStringLiteral("app_service_2")})
        m_window->sessionProxy()->addChip({SessionTableModel::UserColumn, user});
    m_window->sessionProxy()->addChip({SessionTableModel::DbNameColumn, QStringLiteral("orders_archive_16")});
    m_window->filterBar()->findChild<QCheckBox*>()->setChecked(true);
    m_window->filterBar()->searchEdit()->setText(QStringLiteral("(unclosed"));
    QTRY_VERIFY(!m_window->filterBar()->patternError().isEmpty());
    FetchError error(FetchError::Category::Throttling, QStringLiteral("Throttling.User"),
        QStringLiteral("Request was denied due to user flow control. ").repeated(6));
    error.setHint(QStringLiteral("Wait and retry; raise the refresh interval. ").repeated(5));
    m_monitor->refreshNow();
    m_source->fail(error);
    QVERIFY(m_window->errorBanner()->isVisible());
    settle();
    QCOMPARE(m_window->size(), smallScreen);
    const QStringList clipped = clippedWidgets(m_window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestWindowLayout::bannerKeepsItsHeightWhateverTheMessage()
{
    openWindow();
    ErrorBanner* banner = m_window->errorBanner();
    m_monitor->refreshNow();
    m_source->fail(FetchError(FetchError::Category::Transient, QStringLiteral("ServiceUnavailable"),
        QStringLiteral("The service is unavailable.")));
    settle();
    QVERIFY(banner->isVisible());
    const int oneLine = banner->height();
    const int detailHeight = m_window->detailPane()->height();

    // Four lines of message and a long hint: the same height, the rest elided with the whole text a
    // click away.
    FetchError long4(FetchError::Category::Transient, QStringLiteral("InternalError"),
        QStringLiteral("The request processing has failed due to some unknown error.\nline two of the "
                       "server's message\nline three, with more detail\nline four: the end"));
    long4.setHint(QStringLiteral("Retry later. If it persists, open a ticket with the request id. ").repeated(4));
    m_monitor->refreshNow();
    m_source->fail(long4);
    settle();
    QCOMPARE(banner->height(), oneLine);
    QCOMPARE(m_window->detailPane()->height(), detailHeight);
    QCOMPARE(m_window->size(), smallScreen);
    QVERIFY(banner->text().contains(QLatin1String("line four: the end")));
    const QList<ElidedLabel*> lines = banner->findChildren<ElidedLabel*>();
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const ElidedLabel* line) { return line->isElided(); }));
    QVERIFY(banner->toolTip().contains(QLatin1String("line four: the end")));
    QVERIFY(banner->detailsButton()->isVisible());
    const QStringList clipped = clippedWidgets(m_window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestWindowLayout::chineseBannerDoesNotGrowTheWindow()
{
    openWindow();
    m_monitor->refreshNow();
    m_source->fail(FetchError(FetchError::Category::Transient, QStringLiteral("ServiceUnavailable"),
        QStringLiteral("The service is unavailable.")));
    settle();
    const QSize windowBefore = m_window->size();
    const QSize minimumBefore = m_window->minimumSizeHint();
    const int bannerBefore = m_window->errorBanner()->height();

    FetchError chinese(FetchError::Category::Throttling, QStringLiteral("Throttling.User"),
        QStringLiteral("请求被流控拒绝，请稍后重试。该实例在过去一分钟内的调用次数超过了限制，请降低刷新频率。")
            .repeated(3));
    chinese.setHint(QStringLiteral("稍后重试；或在实例设置中提高刷新间隔，以减少调用次数。").repeated(4));
    m_monitor->refreshNow();
    m_source->fail(chinese);
    settle();
    QCOMPARE(m_window->size(), windowBefore);
    QCOMPARE(m_window->errorBanner()->height(), bannerBefore);
    QVERIFY2(m_window->minimumSizeHint().height() <= minimumBefore.height(),
        qPrintable(QStringLiteral("%1 → %2").arg(minimumBefore.height()).arg(m_window->minimumSizeHint().height())));
    QVERIFY(m_window->minimumSizeHint().width() <= minimumBefore.width());
}

void TestWindowLayout::refusedPatternKeepsTheFilterBox()
{
    openWindow();
    FilterBar* bar = m_window->filterBar();
    QLineEdit* search = bar->searchEdit();
    const int widthBefore = search->width();
    const QSize minimumBefore = m_window->minimumSizeHint();
    bar->findChild<QCheckBox*>()->setChecked(true);
    QCOMPARE(bar->findChild<QCheckBox*>()->text(), QStringLiteral("Regex"));
    search->setText(QStringLiteral("([a-z]+"));
    QTRY_VERIFY(!bar->patternError().isEmpty());
    settle();
    QCOMPARE(search->width(), widthBefore);
    QCOMPARE(m_window->minimumSizeHint().width(), minimumBefore.width());
    QCOMPARE(m_window->size(), smallScreen);
    // The reason is shown, and whole in the search box's tooltip.
    auto* error = bar->findChild<ElidedLabel*>(QStringLiteral("patternError"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(search->toolTip(), bar->patternError());

    search->setText(QStringLiteral("([a-z]+)"));
    QTRY_VERIFY(bar->patternError().isEmpty());
    QCOMPARE(search->width(), widthBefore);
}

void TestWindowLayout::geometryIsRemembered()
{
    openWindow();
    m_window->resize(1100, 650);
    settle();
    m_window->close();
    m_window.reset();
    m_monitor = new InstanceMonitor;
    m_controller = std::make_unique<InstanceController>(m_monitor, m_keychain.get());
    m_window = std::make_unique<MainWindow>(m_monitor);
    m_monitor->setParent(m_window.get());
    m_window->attachInstances(m_profiles.get(), m_keychain.get(), m_controller.get(), m_demo.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1100, 650));
}

void TestWindowLayout::staleIsShownWhereverTheFiguresAre()
{
    openWindow();
    const auto staleViews = [this] {
        QStringList stale;
        if (m_window->tableStaleBadge()->isVisible())
            stale.append(QStringLiteral("table"));
        if (m_window->detailPane()->isStaleShown())
            stale.append(QStringLiteral("details"));
        for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database})
            if (m_window->dimensionView(dimension)->isStaleShown())
                stale.append(DimensionChartView::title(dimension));
        if (m_window->trendView()->isStaleShown())
            stale.append(QStringLiteral("trend"));
        return stale;
    };
    QCOMPARE(staleViews(), QStringList());
    m_monitor->refreshNow();
    m_source->deliver(busyInstance());
    const auto textColor = [this] {
        const SessionTableView* view = m_window->sessionView();
        return view->shownTextColor(view->model()->index(0, SessionTableModel::UserColumn));
    };
    const QColor liveText = textColor();
    // The style keeps its drawings of header sections and buttons by palette: the stale spell must
    // not give the headers a palette of their own, or each spell would leave another set behind.
    const auto headerPalettes = [this] {
        QList<qint64> keys {m_window->sessionView()->horizontalHeader()->palette().cacheKey()};
        for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database})
            keys.append(m_window->dimensionView(dimension)->tableView()->horizontalHeader()->palette().cacheKey());
        return keys;
    };
    const QList<qint64> livePalettes = headerPalettes();

    m_monitor->refreshNow();
    m_source->fail(FetchError(FetchError::Category::Throttling, QStringLiteral("Throttling.User"),
        QStringLiteral("Request was denied due to user flow control.")));
    QCOMPARE(staleViews(),
        QStringList({QStringLiteral("table"), QStringLiteral("details"), QStringLiteral("Sessions by user"),
            QStringLiteral("Sessions by client"), QStringLiteral("Sessions by database"), QStringLiteral("trend")}));
    const QString since
        = QDateTime::fromMSecsSinceEpoch(m_monitor->lastSuccessMs()).toString(QStringLiteral("HH:mm:ss"));
    QCOMPARE(m_window->tableStaleBadge()->text(), QStringLiteral("Stale since %1").arg(since));
    QVERIFY(m_window->summaryStrip()->isStaleShown());
    // Greyed, and the badge sits over the rows, not over the header.
    QVERIFY(m_window->sessionView()->isStale());
    QCOMPARE(textColor(), QApplication::palette(m_window->sessionView()).color(QPalette::Disabled, QPalette::Text));
    QVERIFY(textColor() != liveText);
    QVERIFY(m_window->sessionView()->viewport()->geometry().contains(m_window->tableStaleBadge()->geometry()));
    QCOMPARE(headerPalettes(), livePalettes);

    m_monitor->refreshNow();
    m_source->deliver(busyInstance());
    QCOMPARE(staleViews(), QStringList());
    QCOMPARE(textColor(), liveText);
    QCOMPARE(headerPalettes(), livePalettes);
}

void TestWindowLayout::cellsAreReadable()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    openWindow();
    const QString sql = QStringLiteral("SELECT 1\tFROM t WHERE c = '\x01'\rOR d = 'x'");
    m_monitor->refreshNow();
    m_source->deliver(
        {SessionBuilder(7).user(QStringLiteral("app")).command(QStringLiteral("Query")).time(4933).sql(sql),
            SessionBuilder(8)
                .user(QStringLiteral("app"))
                .db(QStringLiteral("shop"))
                .command(QStringLiteral("Sleep"))
                .time(41)});
    SessionTableView* view = m_window->sessionView();
    const auto cell = [view](qint64 id, int column) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            if (index.data(SessionTableModel::SessionIdRole).toLongLong() == id)
                return view->shownText(index);
        }
        return QStringLiteral("(no row)");
    };
    // Seconds with the locale's grouping, hours and minutes beside them; short times as they are.
    QCOMPARE(cell(7, SessionTableModel::TimeColumn), QStringLiteral("4,933 (1 h 22 m)"));
    QCOMPARE(cell(8, SessionTableModel::TimeColumn), QStringLiteral("41"));
    // The strip and the detail pane write times the same way.
    QCOMPARE(m_window->summaryStrip()->longestText(), QStringLiteral("4,933 s"));
    QCOMPARE(SessionDetailPane::seconds(4933), QStringLiteral("4,933 s (1 h 22 m)"));
    QCOMPARE(SessionDetailPane::seconds(41), QStringLiteral("41 s"));
    // No database reads as everywhere else.
    QCOMPARE(cell(7, SessionTableModel::DbNameColumn), QStringLiteral("(none)"));
    QCOMPARE(cell(8, SessionTableModel::DbNameColumn), QStringLiteral("shop"));
    // Control characters escaped, not drawn as boxes.
    QCOMPARE(
        cell(7, SessionTableModel::SqlTextColumn), QStringLiteral("SELECT 1\\tFROM t WHERE c = '\\x01'\\rOR d = 'x'"));

    // View → "Hours and minutes beside seconds" off: seconds only, and remembered.
    auto* durations = m_window->viewMenu()->findChild<QAction*>(QStringLiteral("readableDurationsAction"));
    QVERIFY(durations && durations->isChecked());
    durations->trigger();
    QCOMPARE(cell(7, SessionTableModel::TimeColumn), QStringLiteral("4,933"));
    QCOMPARE(QSettings().value(QStringLiteral("table/readableDurations")).toBool(), false);

    // The detail pane escapes them too; Copy SQL copies the statement as the server sent it.
    view->selectSessions({7});
    view->setCurrentIndex(view->selectionModel()->selectedRows().value(0));
    QCOMPARE(m_window->detailPane()->sqlText(), sql);
    auto* editor = m_window->detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("sqlText"));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QStringLiteral("SELECT 1\tFROM t WHERE c = '\\x01'\\rOR d = 'x'"));
}

void TestWindowLayout::countsAreGroupedAsEverywhere()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QCOMPARE(CountText::grouped(QStringLiteral("41903 threads"), 41'903), QStringLiteral("41,903 threads"));
    // Only the count itself, not digits of a longer number.
    QCOMPARE(CountText::grouped(QStringLiteral("user 141903: 41903 threads"), 41'903),
        QStringLiteral("user 141903: 41,903 threads"));
    QCOMPARE(CountText::grouped(QStringLiteral("7 threads"), 7), QStringLiteral("7 threads"));

    openWindow();
    // A drill-down to 1,500 threads of which 400 (ids 100,001 … 100,400) are in the session list.
    QList<qint64> ids;
    for (qint64 id = 100'001; id <= 101'500; ++id)
        ids.append(id);
    m_window->drillDown(Dimension::User, QStringLiteral("app_service_1"), ids, {});
    const QString label = m_window->drillDownLabel();
    QVERIFY2(label.contains(QStringLiteral(" · 400 thread")), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral(" · 1,100 thread")), qPrintable(label));
}

void TestWindowLayout::systemThreadsAreHiddenAndCounted()
{
    openWindow();
    QList<Session> sessions = busyInstance();
    sessions.append(
        SessionBuilder(1).user(QStringLiteral("event_scheduler")).command(QStringLiteral("Daemon")).time(90'000));
    sessions.append(SessionBuilder(2).user(QStringLiteral("repl")).command(QStringLiteral("Binlog Dump")).time(80'000));
    sessions.append(
        SessionBuilder(3).user(QStringLiteral("aliyun_root")).command(QStringLiteral("Sleep")).time(70'000));
    m_monitor->refreshNow();
    m_source->deliver(sessions);

    // On by default: the longest-running "sessions" are no longer the server's own threads.
    QCheckBox* hide = m_window->filterBar()->hideSystemBox();
    QVERIFY(hide->isChecked());
    QCOMPARE(m_window->sessionProxy()->rowCount(), 400);
    const QModelIndex top = m_window->sessionProxy()->index(0, 0);
    QVERIFY(top.data(SessionTableModel::SessionIdRole).toLongLong() > 100'000);
    QVERIFY2(m_window->summaryStrip()->shownText() == QStringLiteral("400 shown · system threads hidden: 3"),
        qPrintable(m_window->summaryStrip()->shownText()));

    // A drill-down shows all of its threads.
    m_window->drillDown(Dimension::User, QStringLiteral("event_scheduler"), {1}, {});
    QCOMPARE(m_window->sessionProxy()->rowCount(), 1);
    m_window->clearDrillDown();

    hide->setChecked(false);
    QCOMPARE(m_window->sessionProxy()->rowCount(), 403);
    QVERIFY(!m_window->summaryStrip()->shownText().contains(QLatin1String("system")));
    // Remembered with the layout.
    m_window->close();
    QCOMPARE(QSettings().value(QStringLiteral("table/hideSystemThreads")).toBool(), false);
}

void TestWindowLayout::missingCredentialIsSaidWithTheRightAdvice()
{
    for (const char* name :
        {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"})
        qunsetenv(name);
    openWindow();
    // The saved instance takes its key from the environment, where there is none.
    m_controller->open(m_profiles->profiles().constFirst());
    QTRY_VERIFY(m_window->errorBanner()->isVisible());
    const QString banner = m_window->errorBanner()->text();
    QVERIFY2(banner.startsWith(QLatin1String("NoCredentials: ")), qPrintable(banner));
    // Nothing was sent: no advice about a refused or unknown key.
    QVERIFY2(!banner.contains(QLatin1String("refused")), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("Edit the instance")), qPrintable(banner));
    // An instance is chosen: the status says why it is not watched, not "No instance".
    QCOMPARE(m_window->summaryStrip()->stateText(), QStringLiteral("Not monitored: NoCredentials"));
}

void TestWindowLayout::headersFitTheirColumns_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QString();
    QTest::addRow("Chinese") << QStringLiteral("zh_CN");
}

void TestWindowLayout::headersFitTheirColumns()
{
    QFETCH(QString, language);
    // The window in that language, with the table's default widths (nothing saved).
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("sessionscope"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    openWindow();
    QHeaderView* header = m_window->sessionView()->horizontalHeader();
    const QAbstractItemModel* model = m_window->sessionView()->model();
    for (int column = 0; column < model->columnCount() - 1; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        // The title, the sort arrow and the margins on both sides.
        const int needed = header->fontMetrics().horizontalAdvance(title)
            + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
            + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QVERIFY2(header->sectionSize(column) >= needed,
            qPrintable(
                QStringLiteral("\"%1\" needs %2 px, has %3").arg(title).arg(needed).arg(header->sectionSize(column))));
    }
    m_window.reset();
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestWindowLayout)

#include "tst_windowlayout.moc"
