// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "fleettiledelegate.h"
#include "models/fleetmodel.h"
#include "models/fleetproxy.h"
#include "monitor/fleetmonitor.h"
#include "profiles/profilestore.h"
#include "sparklinedelegate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString LayoutKey = QStringLiteral("overview/layout");
const QString SortColumnKey = QStringLiteral("overview/sortColumn");
const QString SortOrderKey = QStringLiteral("overview/sortOrder");
const QString GroupByTagKey = QStringLiteral("overview/groupByTag");
const QString HeaderKey = QStringLiteral("overview/header");
const QString TagFilterKey = QStringLiteral("overview/tagFilter");

} // namespace

OverviewPage::OverviewPage(
    ProfileStore* store, KeychainStore* keychain, const FleetScheduler::Options& options, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_fleet(new FleetMonitor(keychain, options, nullptr, this))
    , m_model(new FleetModel(this))
    , m_proxy(new FleetProxy(this))
    , m_views(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_tiles(new QListView(this))
    , m_tableButton(new QToolButton(this))
    , m_tilesButton(new QToolButton(this))
    , m_groupByTag(new QCheckBox(tr("&Group by tag"), this))
    , m_tagFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_staleness(new QTimer(this))
    , m_saveLayout(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_proxy->setSourceModel(m_model);

    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new SparklineDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(FleetModel::NameColumn, 180);
    m_table->setColumnWidth(FleetModel::StatusColumn, 170);

    m_tiles->setObjectName(QStringLiteral("overviewTiles"));
    m_tiles->setModel(m_proxy);
    m_tiles->setModelColumn(FleetModel::NameColumn);
    // One selection for both layouts: switching keeps what is selected.
    m_tiles->setSelectionModel(m_table->selectionModel());
    m_tiles->setItemDelegate(new FleetTileDelegate(m_tiles));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSpacing(4);
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    // Whole rows, as the table selects them, so the table shows a tile's selection in full.
    m_tiles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiles->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_views->addWidget(m_table);
    m_views->addWidget(m_tiles);

    m_tableButton->setText(tr("&Table"));
    m_tableButton->setObjectName(QStringLiteral("overviewTableButton"));
    m_tilesButton->setText(tr("T&iles"));
    m_tilesButton->setObjectName(QStringLiteral("overviewTilesButton"));
    auto* layoutGroup = new QButtonGroup(this);
    for (QToolButton* button : {m_tableButton, m_tilesButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        layoutGroup->addButton(button);
    }
    m_tableButton->setChecked(true);
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setViewLayout(Layout::Table); });
    connect(m_tilesButton, &QToolButton::clicked, this, [this] { setViewLayout(Layout::Tiles); });

    m_groupByTag->setObjectName(QStringLiteral("overviewGroupByTag"));
    connect(m_groupByTag, &QCheckBox::toggled, m_proxy, &FleetProxy::setGroupByTag);
    m_tagFilter->setObjectName(QStringLiteral("overviewTagFilter"));
    m_tagFilter->addItem(tr("All tags"), QString());
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setTagFilter(m_tagFilter->currentData().toString()); });
    m_summary->setObjectName(QStringLiteral("overviewSummary"));

    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Overview</b>"), this);
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_groupByTag);
    bar->addWidget(m_tagFilter);
    bar->addSpacing(12);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_tilesButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(m_table), static_cast<QAbstractItemView*>(m_tiles)})
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
            const QUuid id = index.data(FleetModel::IdRole).toUuid();
            if (!id.isNull())
                emit openRequested(id);
        });

    connect(m_fleet, &FleetMonitor::snapshotTaken, this, [this](const QUuid& id, const SnapshotPtr& snapshot) {
        if (!snapshot)
            return;
        // The monitor's interval may have been changed since the instance was opened.
        if (id == m_openProfile)
            m_model->setCadenceMs(id, m_fleet->intervalMs(id));
        m_model->applySnapshot(id, *snapshot, now());
    });
    connect(m_fleet, &FleetMonitor::fetchFailed, this,
        [this](const QUuid& id, const FetchError& error) { m_model->applyFailure(id, error, now()); });
    connect(m_model, &FleetModel::dataChanged, this, &OverviewPage::updateSummary);
    connect(m_model, &FleetModel::rowsInserted, this, &OverviewPage::updateSummary);
    connect(m_model, &FleetModel::rowsRemoved, this, &OverviewPage::updateSummary);
    connect(m_model, &FleetModel::modelReset, this, &OverviewPage::updateSummary);

    // Freshness is a matter of time passing, not only of fetches arriving.
    m_staleness->setInterval(5'000);
    connect(m_staleness, &QTimer::timeout, this, [this] { m_model->updateStaleness(now()); });
    m_staleness->start();

    restoreLayout();
    m_saveLayout->setSingleShot(true);
    m_saveLayout->setInterval(500);
    connect(m_saveLayout, &QTimer::timeout, this, &OverviewPage::saveLayout);
    const auto saveSoon = [this] { m_saveLayout->start(); };
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, saveSoon);
    connect(header, &QHeaderView::sectionResized, this, saveSoon);
    connect(header, &QHeaderView::sectionMoved, this, saveSoon);
    connect(m_groupByTag, &QCheckBox::toggled, this, saveSoon);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, saveSoon);
    connect(layoutGroup, &QButtonGroup::buttonToggled, this, saveSoon);

    if (m_store) {
        connect(m_store, &ProfileStore::profileAdded, this, &OverviewPage::reloadProfiles);
        connect(m_store, &ProfileStore::profileUpdated, this, &OverviewPage::reloadProfiles);
        connect(m_store, &ProfileStore::profileRemoved, this, &OverviewPage::reloadProfiles);
    }
    reloadProfiles();
}

OverviewPage::~OverviewPage()
{
    saveLayout();
}

void OverviewPage::restoreLayout()
{
    const QSettings settings;
    QHeaderView* header = m_table->horizontalHeader();
    // A header saved by a version with other columns does not restore: the default widths stay, and
    // the sort is read on its own.
    const QByteArray state = settings.value(HeaderKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        const int column = settings.value(SortColumnKey, int(FleetModel::StatusColumn)).toInt();
        const auto order = Qt::SortOrder(settings.value(SortOrderKey, int(Qt::DescendingOrder)).toInt());
        if (column >= 0 && column < FleetModel::ColumnCount
            && (order == Qt::AscendingOrder || order == Qt::DescendingOrder))
            m_table->sortByColumn(column, order);
    }
    m_groupByTag->setChecked(settings.value(GroupByTagKey, false).toBool());
    // Chosen in the list of tags once the profiles are read (updateTagChoices); shown in full when
    // no profile carries it any more.
    m_proxy->setTagFilter(settings.value(TagFilterKey).toString());
    setViewLayout(settings.value(LayoutKey).toString() == QLatin1String("tiles") ? Layout::Tiles : Layout::Table);
}

void OverviewPage::saveLayout() const
{
    m_saveLayout->stop();
    QSettings settings;
    // Written only when changed: every write is a file rewritten on the UI thread.
    const auto put = [&settings](const QString& key, const QVariant& value) {
        // The settings file gives numbers back as text.
        const QVariant stored = settings.value(key);
        const bool same = value.typeId() == QMetaType::QByteArray ? stored.toByteArray() == value.toByteArray()
                                                                  : stored.toString() == value.toString();
        if (!same)
            settings.setValue(key, value);
    };
    const QHeaderView* header = m_table->horizontalHeader();
    put(LayoutKey, viewLayout() == Layout::Tiles ? QStringLiteral("tiles") : QStringLiteral("table"));
    put(SortColumnKey, header->sortIndicatorSection());
    put(SortOrderKey, int(header->sortIndicatorOrder()));
    put(GroupByTagKey, m_groupByTag->isChecked());
    put(TagFilterKey, m_proxy->tagFilter());
    put(HeaderKey, header->saveState());
}

void OverviewPage::reloadProfiles()
{
    const QList<InstanceProfile> profiles = m_store ? m_store->profiles() : QList<InstanceProfile>();
    m_model->setProfiles(profiles);
    m_fleet->setProfiles(profiles);
    for (const InstanceProfile& profile : profiles) {
        const int interval = profile.id == m_openProfile ? profile.refreshIntervalMs : 0;
        m_fleet->setIntervalMs(profile.id, interval);
        m_model->setCadenceMs(profile.id, m_fleet->intervalMs(profile.id));
    }
    updateTagChoices();
    updateSummary();
}

void OverviewPage::updateTagChoices()
{
    QStringList tags;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const QString& tag : m_model->index(row, 0).data(FleetModel::TagsRole).toStringList()) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags.append(tag);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    const QString chosen = m_proxy->tagFilter();
    QStringList shown;
    for (int i = 1; i < m_tagFilter->count(); ++i)
        shown.append(m_tagFilter->itemData(i).toString());
    const QSignalBlocker blocker(m_tagFilter);
    if (shown != tags) {
        while (m_tagFilter->count() > 1)
            m_tagFilter->removeItem(1);
        for (const QString& tag : std::as_const(tags))
            m_tagFilter->addItem(tag, tag);
    }
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(chosen)));
    m_proxy->setTagFilter(m_tagFilter->currentData().toString());
}

void OverviewPage::updateSummary()
{
    std::map<FleetModel::Status, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->statusAt(row)];
    QStringList parts;
    parts.append(tr("%n instance(s)", nullptr, m_model->rowCount()));
    if (const int failing = counts[FleetModel::Status::Failing])
        parts.append(tr("%n failing", nullptr, failing));
    if (const int stale = counts[FleetModel::Status::Stale])
        parts.append(tr("%n stale", nullptr, stale));
    if (const int waiting = counts[FleetModel::Status::Waiting])
        parts.append(tr("%n waiting for a first snapshot", nullptr, waiting));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void OverviewPage::setViewLayout(Layout layout)
{
    m_views->setCurrentWidget(layout == Layout::Tiles ? static_cast<QWidget*>(m_tiles) : m_table);
    m_tableButton->setChecked(layout == Layout::Table);
    m_tilesButton->setChecked(layout == Layout::Tiles);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        if (layout == Layout::Tiles)
            m_tiles->scrollTo(current.siblingAtColumn(FleetModel::NameColumn));
        else
            m_table->scrollTo(current);
    }
}

OverviewPage::Layout OverviewPage::viewLayout() const
{
    return m_views->currentWidget() == m_tiles ? Layout::Tiles : Layout::Table;
}

QUuid OverviewPage::currentProfile() const
{
    const QItemSelectionModel* selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isSelected(current))
        return {};
    return current.data(FleetModel::IdRole).toUuid();
}

void OverviewPage::setCurrentProfile(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, FleetModel::NameColumn));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void OverviewPage::setFetchOptions(const FetchOptions& options)
{
    m_fleet->setFetchOptions(options);
}

void OverviewPage::setOpenProfile(const QUuid& id, int intervalMs)
{
    const QUuid previous = m_openProfile;
    m_openProfile = id;
    m_fleet->setOpenProfile(id, intervalMs);
    for (const QUuid& changed : {previous, id}) {
        if (!changed.isNull())
            m_model->setCadenceMs(changed, m_fleet->intervalMs(changed));
    }
}

void OverviewPage::setRaisedAlerts(const QUuid& id, int count)
{
    m_model->setRaisedAlerts(id, count);
}
