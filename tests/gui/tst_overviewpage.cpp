// SPDX-License-Identifier: GPL-3.0-or-later
// A DBA with four instances opens the overview: each shows up with its own figures, the one the
// service refuses comes first with its error code, a double-click opens an instance in the monitor,
// and coming back finds the overview as it was left.
#include "credentials/keychainstore.h"
#include "emulator/dasemulator.h"
#include "mainwindow.h"
#include "models/fleetmodel.h"
#include "models/fleetproxy.h"
#include "monitor/fleetmonitor.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "overviewpage.h"
#include "profiles/profilestore.h"
#include "sources/demolauncher.h"
#include "support/emulatorfixture.h"
#include "support/windowapp.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const AccessKey key {QStringLiteral("LTAIoverview0001"), QStringLiteral("overview-secret-0001"), {}};

// Fetches are not retried, and the overview fetches as the monitor does.
struct App : WindowApp
{
    static FetchOptions options()
    {
        FetchOptions options = quickOptions();
        options.maxRetries = 0;
        return options;
    }

    explicit App(ProfileStore* profiles)
        : WindowApp(profiles, options(), {1300, 700})
    {
        window.overviewPage()->setFetchOptions(options());
    }
};

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fleetAtAGlance();
    void layoutKeptAcrossRestarts();

private:
    QTemporaryDir m_dir;
};

void TestOverviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", key.id.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", key.secret.toUtf8());
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
}

void TestOverviewPage::fleetAtAGlance()
{
    const QList<std::pair<QString, int>> instances {{QStringLiteral("rm-orders"), 120},
        {QStringLiteral("rm-billing"), 250}, {QStringLiteral("rm-search"), 400}, {QStringLiteral("rm-legacy"), 80}};
    QList<EmulatorInstance> served;
    for (const auto& [id, sessions] : instances)
        served.append(EmulatorFixture::instance(id, sessions, 1));
    const auto service = EmulatorFixture::start(key, served);
    QVERIFY(service);
    EmulatorFault unavailable;
    unavailable.type = EmulatorFault::Type::Http503;
    service->setPersistentFault(QStringLiteral("rm-legacy"), unavailable);

    ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    QHash<QString, QUuid> ids;
    for (const auto& [id, sessions] : instances) {
        InstanceProfile profile;
        profile.displayName = id.mid(3);
        profile.instanceId = id;
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = service->endpoint();
        profile.credential = {CredentialReference::Kind::Environment, {}};
        profile.tags = {id == QLatin1String("rm-legacy") ? QStringLiteral("staging") : QStringLiteral("prod")};
        const ProfileStore::SaveResult saved = profiles.add(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.errors.join(QLatin1Char('\n'))));
        ids.insert(id, saved.id);
    }

    App app(&profiles);
    OverviewPage* page = app.window.overviewPage();
    QVERIFY(page);
    QAbstractItemModelTester modelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    app.window.overviewAction()->trigger();
    QVERIFY(app.window.isOverviewShown());
    QVERIFY(page->isVisible());

    FleetModel* model = page->model();
    QCOMPARE(model->rowCount(), 4);
    const auto waiting = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->statusAt(row) == FleetModel::Status::Waiting)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!waiting(), 40'000);

    // Each instance with its own figures, as the service reported them.
    for (const auto& [id, sessions] : instances) {
        const int row = model->rowOf(ids.value(id));
        if (id == QLatin1String("rm-legacy"))
            continue;
        QCOMPARE(model->statusAt(row), FleetModel::Status::UpToDate);
        QCOMPARE(model->index(row, FleetModel::SessionsColumn).data().toString(), QString::number(sessions));
        QVERIFY(!model->index(row, FleetModel::ActiveColumn).data().toString().isEmpty());
    }

    // The failing one shows its code and comes first.
    QTableView* table = page->tableView();
    QTRY_COMPARE(table->model()->index(0, 0).data(FleetModel::IdRole).toUuid(), ids.value(QStringLiteral("rm-legacy")));
    const QModelIndex first = table->model()->index(0, FleetModel::StatusColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Failing: ServiceUnavailable"));
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("1 failing")));

    // The user sorts by sessions, most first, and double-clicks the busiest.
    table->horizontalHeader()->setSortIndicator(FleetModel::SessionsColumn, Qt::DescendingOrder);
    const QModelIndex busiest = table->model()->index(0, FleetModel::NameColumn);
    QCOMPARE(busiest.data(FleetModel::IdRole).toUuid(), ids.value(QStringLiteral("rm-search")));
    const QPoint where = table->visualRect(busiest).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
    QVERIFY(!app.window.isOverviewShown());
    QTRY_VERIFY_WITH_TIMEOUT(app.monitor->snapshot() != nullptr, 20'000);
    QCOMPARE(app.monitor->snapshot()->instanceId, QStringLiteral("rm-search"));
    QCOMPARE(app.controller.current()->id, ids.value(QStringLiteral("rm-search")));
    QVERIFY(!app.window.overviewAction()->isChecked());

    // Back to the overview: sorted and selected as it was left, and still fetching.
    app.window.overviewAction()->trigger();
    QVERIFY(app.window.isOverviewShown());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(FleetModel::SessionsColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(page->currentProfile(), ids.value(QStringLiteral("rm-search")));
    QCOMPARE(table->model()->index(0, 0).data(FleetModel::IdRole).toUuid(), ids.value(QStringLiteral("rm-search")));
    // The open instance is fetched at its profile's own interval.
    QCOMPARE(page->fleetMonitor()->intervalMs(ids.value(QStringLiteral("rm-search"))),
        InstanceProfile::DefaultRefreshIntervalMs);

    // Tiles: the same rows and selection; a double-click there opens too, and the layout stays.
    page->setViewLayout(OverviewPage::Layout::Tiles);
    QListView* tiles = page->tileView();
    QVERIFY(tiles->isVisible());
    QCOMPARE(tiles->currentIndex().data(FleetModel::IdRole).toUuid(), ids.value(QStringLiteral("rm-search")));
    const QModelIndex orders = page->proxy()->mapFromSource(
        model->index(model->rowOf(ids.value(QStringLiteral("rm-orders"))), FleetModel::NameColumn));
    const QPoint tile = tiles->visualRect(orders).center();
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tile);
    QTest::mouseDClick(tiles->viewport(), Qt::LeftButton, {}, tile);
    QTRY_COMPARE_WITH_TIMEOUT(
        app.monitor->snapshot() ? app.monitor->snapshot()->instanceId : QString(), QStringLiteral("rm-orders"), 20'000);
    app.window.overviewAction()->trigger();
    QCOMPARE(page->viewLayout(), OverviewPage::Layout::Tiles);
    QCOMPARE(page->currentProfile(), ids.value(QStringLiteral("rm-orders")));
    // The instance left is back at the overview's cadence.
    QCOMPARE(page->fleetMonitor()->intervalMs(ids.value(QStringLiteral("rm-search"))),
        page->fleetMonitor()->scheduler()->options().defaultIntervalMs);

    // Grouped by tag: prod first, staging after, whatever their severity.
    page->setViewLayout(OverviewPage::Layout::Table);
    page->groupByTagBox()->setChecked(true);
    QCOMPARE(table->model()->index(3, 0).data(FleetModel::IdRole).toUuid(), ids.value(QStringLiteral("rm-legacy")));
}

void TestOverviewPage::layoutKeptAcrossRestarts()
{
    // Instances that are never reached (nothing listens on the discard port): only their names and
    // tags matter here.
    ProfileStore profiles(m_dir.filePath(QStringLiteral("layout.ini")));
    for (const auto& [name, tag] : {std::pair {QStringLiteral("charlie"), QStringLiteral("prod")},
             std::pair {QStringLiteral("alpha"), QStringLiteral("staging")},
             std::pair {QStringLiteral("bravo"), QStringLiteral("prod")}}) {
        InstanceProfile profile;
        profile.displayName = name;
        profile.instanceId = QStringLiteral("rm-") + name;
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        profile.credential = {CredentialReference::Kind::Environment, {}};
        profile.tags = {tag};
        QVERIFY(profiles.add(profile).ok());
    }
    QSettings().remove(QStringLiteral("overview"));
    const auto names = [](const QAbstractItemModel* model) {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, FleetModel::NameColumn).data().toString());
        return names;
    };

    auto page = std::make_unique<OverviewPage>(&profiles, nullptr);
    page->resize(1000, 500);
    page->show();
    QHeaderView* header = page->tableView()->horizontalHeader();
    // A first start: the table, the most severe first, no grouping.
    QCOMPARE(page->viewLayout(), OverviewPage::Layout::Table);
    QCOMPARE(header->sortIndicatorSection(), int(FleetModel::StatusColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(!page->groupByTagBox()->isChecked());

    // The user sorts by name, widens the tags, groups by tag, shows prod only and switches to tiles.
    header->setSortIndicator(FleetModel::NameColumn, Qt::AscendingOrder);
    header->resizeSection(FleetModel::TagsColumn, 233);
    page->groupByTagBox()->setChecked(true);
    QComboBox* tags = page->tagFilterCombo();
    QCOMPARE(tags->currentText(), QStringLiteral("All tags"));
    tags->setCurrentIndex(tags->findText(QStringLiteral("prod")));
    page->findChild<QToolButton*>(QStringLiteral("overviewTilesButton"))->click();
    QCOMPARE(page->viewLayout(), OverviewPage::Layout::Tiles);
    QCOMPARE(names(page->proxy()), (QStringList {QStringLiteral("bravo"), QStringLiteral("charlie")}));
    page.reset();

    // The next start shows it as it was left.
    page = std::make_unique<OverviewPage>(&profiles, nullptr);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->resize(1000, 500);
    page->show();
    header = page->tableView()->horizontalHeader();
    QCOMPARE(page->viewLayout(), OverviewPage::Layout::Tiles);
    QVERIFY(page->tileView()->isVisible());
    QVERIFY(page->findChild<QToolButton*>(QStringLiteral("overviewTilesButton"))->isChecked());
    QCOMPARE(header->sortIndicatorSection(), int(FleetModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sectionSize(FleetModel::TagsColumn), 233);
    QVERIFY(page->groupByTagBox()->isChecked());
    QCOMPARE(page->tagFilterCombo()->currentText(), QStringLiteral("prod"));
    QCOMPARE(names(page->proxy()), (QStringList {QStringLiteral("bravo"), QStringLiteral("charlie")}));

    // Back to the table, ungrouped, every tag, by name the other way round: kept too.
    page->setViewLayout(OverviewPage::Layout::Table);
    page->groupByTagBox()->setChecked(false);
    page->tagFilterCombo()->setCurrentIndex(0);
    header->setSortIndicator(FleetModel::NameColumn, Qt::DescendingOrder);
    page.reset();
    page = std::make_unique<OverviewPage>(&profiles, nullptr);
    QCOMPARE(page->viewLayout(), OverviewPage::Layout::Table);
    QVERIFY(!page->groupByTagBox()->isChecked());
    QCOMPARE(page->tagFilterCombo()->currentText(), QStringLiteral("All tags"));
    QCOMPARE(names(page->proxy()),
        (QStringList {QStringLiteral("charlie"), QStringLiteral("bravo"), QStringLiteral("alpha")}));
    page.reset();

    // A tag no profile carries any more: every instance shows.
    QSettings().setValue(QStringLiteral("overview/tagFilter"), QStringLiteral("retired"));
    page = std::make_unique<OverviewPage>(&profiles, nullptr);
    QCOMPARE(page->tagFilterCombo()->currentText(), QStringLiteral("All tags"));
    QCOMPARE(names(page->proxy()).size(), 3);
    page.reset();

    // A header saved with other columns is not restored; the sort still is.
    QSettings().setValue(QStringLiteral("overview/header"), QByteArray("not a header"));
    page = std::make_unique<OverviewPage>(&profiles, nullptr);
    header = page->tableView()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(FleetModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(names(page->proxy()),
        (QStringList {QStringLiteral("charlie"), QStringLiteral("bravo"), QStringLiteral("alpha")}));
    page.reset();

    // Nothing but the layout is kept there.
    QSettings settings;
    settings.beginGroup(QStringLiteral("overview"));
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList {QStringLiteral("groupByTag"), QStringLiteral("header"), QStringLiteral("layout"),
            QStringLiteral("sortColumn"), QStringLiteral("sortOrder"), QStringLiteral("tagFilter")}));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
