// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementview.h"

#include "models/statementmodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

StatementView::StatementView(StatementModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("statementTable"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(StatementModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(StatementModel::TotalTimeColumn, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    const QFontMetrics metrics = fontMetrics();
    const auto setWidth = [&](int column, const char* sample) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        setColumnWidth(column,
            std::max(metrics.horizontalAdvance(QLatin1String(sample)) + 12, metrics.horizontalAdvance(title) + 28));
    };
    setWidth(StatementModel::SessionsColumn, "100000");
    setWidth(StatementModel::ActiveColumn, "100000");
    setWidth(StatementModel::TotalTimeColumn, "1000000");
    setWidth(StatementModel::MaxTimeColumn, "100000");
    setWidth(StatementModel::MeanTimeColumn, "10000.0");
    setWidth(StatementModel::UsersColumn, "app_rw, batch");
    setWidth(StatementModel::DatabasesColumn, "orders");
    setWidth(StatementModel::SampleColumn, "10000000000");
    setWidth(StatementModel::FingerprintColumn, "0123456789abcdef");
    // Room for the statement's text at 1280 px: the fingerprint is for joining exported files, and
    // comes back from the header's menu.
    setColumnHidden(StatementModel::FingerprintColumn, true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        QMenu menu(this);
        for (int column = 0; column < StatementModel::ColumnCount; ++column) {
            if (column == StatementModel::StatementColumn)
                continue;
            QAction* action = menu.addAction(StatementModel::columnTitle(StatementModel::Column(column)));
            action->setCheckable(true);
            action->setChecked(!isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
        }
        menu.exec(horizontalHeader()->mapToGlobal(position));
    });

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            emit statementChosen(current.data(StatementModel::KeyRole).toString());
    });
    // Clicking the current row again (after the drill-down was cleared) chooses it again.
    connect(this, &QAbstractItemView::clicked, this,
        [this](const QModelIndex& index) { emit statementChosen(index.data(StatementModel::KeyRole).toString()); });
}

StatementView::~StatementView() = default;

QString StatementView::currentKey() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(StatementModel::KeyRole).toString() : QString();
}

bool StatementView::selectKey(const QString& key)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfKey(key));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void StatementView::setKillAction(QAction* action)
{
    m_kill = action;
    addAction(action);
}

void StatementView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || !m_kill || !m_kill->isVisible())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_kill);
    menu.exec(event->globalPos());
}
