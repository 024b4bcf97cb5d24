// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontableview.h"

#include "export/sessioncsv.h"
#include "models/sessiontablemodel.h"

#include "durationtext.h"
#include "staletextdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyleFactory>
#include <QStyleOptionHeader>

#include <utility>

namespace {

// Colours rows by what a DBA should notice; the marks come from the model's roles so that a
// filter or sort never detaches them from their session.
class SessionRowDelegate : public StaleTextDelegate
{
public:
    using StaleTextDelegate::StaleTextDelegate;

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        StaleTextDelegate::initStyleOption(option, index);
        switch (index.column()) {
        case SessionTableModel::TimeColumn:
        case SessionTableModel::TrxDurationColumn:
            if (!option->text.isEmpty())
                option->text = SessionTableView::durationText(
                    index.data(SessionTableModel::SortRole).toLongLong(), m_readableDurations);
            break;
        case SessionTableModel::DbNameColumn:
            // No database, said as everywhere else, and set apart from a database of that name.
            if (option->text.isEmpty()) {
                option->text = SessionTableView::tr("(none)");
                option->font.setItalic(true);
                option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
            }
            break;
        case SessionTableModel::SqlTextColumn:
        case SessionTableModel::StateColumn:
            option->text = SessionTableView::escapedControls(option->text);
            break;
        default:
            break;
        }
        if (index.data(SessionTableModel::IdleInTransactionRole).toBool()) {
            option->backgroundBrush = QColor(0xff, 0xec, 0xc2);
            if (index.column() == SessionTableModel::CommandColumn) {
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->icon = m_idleIcon;
                option->decorationSize = QSize(14, 14);
            }
        } else if (index.data(SessionTableModel::LongRunningRole).toBool()) {
            option->backgroundBrush = QColor(0xfb, 0xd5, 0xd2);
        } else if (index.data(SessionTableModel::NewRole).toBool()) {
            option->backgroundBrush = QColor(0xdc, 0xf3, 0xdc);
        }
    }

    void setIdleIcon(const QIcon& icon) { m_idleIcon = icon; }
    void setReadableDurations(bool readable) { m_readableDurations = readable; }

private:
    QIcon m_idleIcon;
    bool m_readableDurations = true;
};

// One TSV cell: on one line, and guarded like the CSV exports, so that pasting rows into a
// spreadsheet never runs a formula that came from the server.
QString tsvField(const QString& value)
{
    QString text = SessionCsv::formulaGuarded(value);
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
}

// Qt hands a header SortUp for a descending column (and SortDown for an ascending one), and the
// styles draw SortUp as an arrow pointing up: a column sorted longest first showed "▲". The
// header's arrow points the way the values go: down for descending.
class HeaderStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option);
        if (element != PE_IndicatorHeaderArrow || !header || header->sortIndicator == QStyleOptionHeader::None) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        QStyleOptionHeader flipped(*header);
        flipped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortUp ? QStyleOptionHeader::SortDown
                                                                                    : QStyleOptionHeader::SortUp;
        QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
    }
};

} // namespace

SessionTableView::SessionTableView(QWidget* parent)
    : QTableView(parent)
{
    auto* delegate = new SessionRowDelegate(this);
    delegate->setIdleIcon(style()->standardIcon(QStyle::SP_MediaPause));
    setItemDelegate(delegate);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    auto* headerStyle = new HeaderStyle(QStyleFactory::create(style()->name()));
    headerStyle->setParent(horizontalHeader());
    horizontalHeader()->setStyle(headerStyle);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &SessionTableView::showHeaderMenu);
}

SessionTableView::~SessionTableView() = default;

QString SessionTableView::durationText(qint64 seconds, bool readable)
{
    const QString exact = QLocale().toString(seconds);
    if (!readable || seconds < 60)
        return exact;
    //: Seconds, then the same time in larger units: "4,933 (1 h 22 m)".
    return tr("%1 (%2)").arg(exact, DurationText::compact(seconds));
}

QString SessionTableView::escapedControls(const QString& text, bool keepLines)
{
    // Control characters are drawn as boxes, or not at all; shown escaped they can be read.
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (keepLines && (code == u'\n' || code == u'\t'))
            escaped += c;
        else if (code == u'\t')
            escaped += QLatin1String("\\t");
        else if (code == u'\r')
            escaped += QLatin1String("\\r");
        else if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0))
            escaped += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

void SessionTableView::setReadableDurations(bool readable)
{
    if (m_readableDurations == readable)
        return;
    m_readableDurations = readable;
    static_cast<SessionRowDelegate*>(itemDelegate())->setReadableDurations(readable);
    viewport()->update();
}

void SessionTableView::setStale(bool stale)
{
    auto* delegate = static_cast<SessionRowDelegate*>(itemDelegate());
    if (delegate->isStale() == stale)
        return;
    delegate->setStale(stale);
    viewport()->update();
}

bool SessionTableView::isStale() const
{
    return static_cast<SessionRowDelegate*>(itemDelegate())->isStale();
}

QStyleOptionViewItem SessionTableView::shownOption(const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    option.initFrom(this);
    static_cast<SessionRowDelegate*>(itemDelegate())->initStyleOption(&option, index);
    return option;
}

QColor SessionTableView::shownTextColor(const QModelIndex& index) const
{
    return shownOption(index).palette.color(QPalette::Text);
}

QString SessionTableView::shownText(const QModelIndex& index) const
{
    return shownOption(index).text;
}

QString SessionTableView::selectionAsTsv() const
{
    if (!model() || !selectionModel())
        return {};
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns.append(logical);
    }
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    for (const int column : std::as_const(columns))
        header.append(model()->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList cells;
        for (const int column : std::as_const(columns)) {
            const QModelIndex cell = model()->index(row.row(), column);
            // Full SQL, not the one-line shortening the table displays.
            cells.append(tsvField(column == SessionTableModel::SqlTextColumn
                    ? cell.data(SessionTableModel::FullSqlRole).toString()
                    : cell.data(Qt::DisplayRole).toString()));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SessionTableView::currentSql() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    return current.data(SessionTableModel::FullSqlRole).toString();
}

QList<qint64> SessionTableView::selectedSessionIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        ids.append(row.data(SessionTableModel::SessionIdRole).toLongLong());
    QList<qint64> hidden(m_hiddenSelection.cbegin(), m_hiddenSelection.cend());
    std::sort(hidden.begin(), hidden.end());
    for (const qint64 id : std::as_const(hidden)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QItemSelectionModel::SelectionFlags SessionTableView::selectionCommand(
    const QModelIndex& index, const QEvent* event) const
{
    const QItemSelectionModel::SelectionFlags flags = QTableView::selectionCommand(index, event);
    // A new selection by the user replaces everything, including what a filter hides.
    if (flags.testFlag(QItemSelectionModel::Clear))
        m_hiddenSelection.clear();
    return flags;
}

void SessionTableView::keepSelectionThroughFilterChange()
{
    if (!selectionModel())
        return;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        m_hiddenSelection.insert(row.data(SessionTableModel::SessionIdRole).toLongLong());
}

void SessionTableView::restoreSelectionAfterFilterChange()
{
    if (m_hiddenSelection.isEmpty() || !model() || !selectionModel())
        return;
    QItemSelection selection;
    QSet<qint64> shown;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const qint64 id = index.data(SessionTableModel::SessionIdRole).toLongLong();
        if (m_hiddenSelection.contains(id)) {
            selection.select(index, index);
            shown.insert(id);
        }
    }
    m_hiddenSelection.subtract(shown);
    selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void SessionTableView::forgetEndedSessions(const std::function<bool(qint64)>& isLive)
{
    m_hiddenSelection.removeIf([&](qint64 id) { return !isLive(id); });
}

void SessionTableView::keepScrollPositionThroughRefresh()
{
    m_topSession.reset();
    if (verticalScrollBar()->value() == verticalScrollBar()->minimum())
        return;
    const QModelIndex top = indexAt(QPoint(0, 0));
    if (top.isValid())
        m_topSession = top.data(SessionTableModel::SessionIdRole).toLongLong();
}

void SessionTableView::restoreScrollPositionAfterRefresh()
{
    const std::optional<qint64> id = std::exchange(m_topSession, std::nullopt);
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(model());
    const auto* sessions = proxy ? qobject_cast<const SessionTableModel*>(proxy->sourceModel()) : nullptr;
    if (!id || !sessions)
        return;
    const QModelIndex top = proxy->mapFromSource(sessions->indexOfSession(*id));
    if (!top.isValid())
        return;
    // The scroll range still holds the rows before the merge until the view lays them out again.
    executeDelayedItemsLayout();
    scrollTo(top.siblingAtColumn(columnAt(0) >= 0 ? columnAt(0) : 0), QAbstractItemView::PositionAtTop);
}

void SessionTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectionAsTsv());
        event->accept();
        return;
    }
    // Delete opens the kill preview, also where the action's shortcut is not delivered (an
    // inactive window).
    if (event->matches(QKeySequence::Delete) && m_killSession && m_killSession->isVisible()
        && m_killSession->isEnabled()) {
        m_killSession->trigger();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void SessionTableView::setKillActions(QAction* killSession, QAction* killQuery)
{
    m_killSession = killSession;
    m_killQuery = killQuery;
}

void SessionTableView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    // popup(), not exec(): the menu must not run an event loop of its own while refreshes arrive.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        const int column = index.column();
        if (column == SessionTableModel::UserColumn || column == SessionTableModel::ClientColumn
            || column == SessionTableModel::DbNameColumn || column == SessionTableModel::CommandColumn) {
            const QString value = index.data(Qt::DisplayRole).toString();
            const QString title = model()->headerData(column, Qt::Horizontal).toString();
            menu->addAction(tr("Filter by %1 = %2").arg(title, value.isEmpty() ? tr("(none)") : value), this,
                [this, column, value] { emit filterByValueRequested(column, value); });
            menu->addSeparator();
        }
    }
    QAction* copy
        = menu->addAction(tr("Copy rows"), this, [this] { QApplication::clipboard()->setText(selectionAsTsv()); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    QAction* copySql
        = menu->addAction(tr("Copy SQL"), this, [this] { QApplication::clipboard()->setText(currentSql()); });
    copySql->setEnabled(!currentSql().isEmpty());
    if ((m_killSession && m_killSession->isVisible()) || (m_killQuery && m_killQuery->isVisible()))
        menu->addSeparator();
    for (QAction* action : {m_killSession, m_killQuery}) {
        if (action && action->isVisible())
            menu->addAction(action);
    }
    menu->popup(event->globalPos());
}

void SessionTableView::showHeaderMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction* action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool visible) { setColumnHidden(column, !visible); });
    }
    menu->popup(horizontalHeader()->mapToGlobal(position));
}

void SessionTableView::selectSessions(const QList<qint64>& ids)
{
    if (!selectionModel())
        return;
    QItemSelection selection;
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (wanted.contains(index.data(SessionTableModel::SessionIdRole).toLongLong()))
            selection.select(index, index);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}
