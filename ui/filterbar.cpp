// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"

#include "counttext.h"
#include "elidedlabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace {

// Where the chips and the pattern error go. Its size hint does not follow what it holds, so a new
// chip or message takes none of the search box's width: the chips scroll instead.
class ChipArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 30, QScrollArea::sizeHint().height()};
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 8, QScrollArea::minimumSizeHint().height()};
    }
};

} // namespace

FilterBar::FilterBar(SessionFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_activeOnly(new QCheckBox(tr("Active only"), this))
    , m_idleInTransaction(new QCheckBox(tr("Idle in transaction"), this))
    , m_blockers(new QCheckBox(tr("Blockers"), this))
    , m_hideSystem(new QCheckBox(tr("Hide system threads"), this))
    , m_chips(new QHBoxLayout)
    , m_error(new ElidedLabel(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Filter user, client, database, command, state, SQL… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_regex->setToolTip(tr("Treat the filter as a regular expression"));
    m_idleInTransaction->setToolTip(tr("Only sessions that sleep inside an open transaction"));
    m_blockers->setObjectName(QStringLiteral("blockersFilter"));
    m_blockers->setToolTip(tr("Only sessions that other sessions wait for: where a lock chain starts"));
    m_blockers->setVisible(false);
    m_hideSystem->setObjectName(QStringLiteral("hideSystemThreads"));
    m_hideSystem->setToolTip(tr("Hide replication and binlog dump threads, server daemons and the event scheduler, the "
                                "cloud service's maintenance accounts and SessionScope's own connection. A drill-down "
                                "still shows all of its threads."));
    m_error->setObjectName(QStringLiteral("patternError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);

    auto* chipWidget = new QWidget(this);
    auto* chipRow = new QHBoxLayout(chipWidget);
    chipRow->setContentsMargins(0, 0, 0, 0);
    chipRow->setSpacing(6);
    chipRow->addWidget(m_error);
    m_chips->setSpacing(4);
    chipRow->addLayout(m_chips);
    chipRow->addStretch();
    auto* chipArea = new ChipArea(this);
    chipArea->setObjectName(QStringLiteral("chipArea"));
    chipArea->setFrameShape(QFrame::NoFrame);
    chipArea->setWidgetResizable(true);
    chipArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chipArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    chipArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    chipArea->setWidget(chipWidget);
    chipArea->setBackgroundRole(QPalette::Window);
    chipWidget->setAutoFillBackground(false);
    // Room for a chip and, when they overflow, the scroll bar under them: a fixed height whatever
    // they hold.
    chipArea->setFixedHeight(std::max(m_search->sizeHint().height(), fontMetrics().height() + 8)
        + chipArea->horizontalScrollBar()->sizeHint().height());

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_regex);
    layout->addWidget(m_activeOnly);
    layout->addWidget(m_idleInTransaction);
    layout->addWidget(m_blockers);
    layout->addWidget(m_hideSystem);
    layout->addWidget(chipArea, 3);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::applyText);
    connect(m_regex, &QCheckBox::toggled, this, &FilterBar::applyText);
    connect(m_activeOnly, &QCheckBox::toggled, m_proxy, &SessionFilterProxy::setActiveOnly);
    connect(m_idleInTransaction, &QCheckBox::toggled, m_proxy, &SessionFilterProxy::setIdleInTransactionOnly);
    connect(m_blockers, &QCheckBox::toggled, m_proxy, &SessionFilterProxy::setBlockersOnly);
    connect(m_hideSystem, &QCheckBox::toggled, m_proxy, &SessionFilterProxy::setHideSystemSessions);
    connect(m_proxy, &SessionFilterProxy::filtersChanged, this, &FilterBar::refresh);
}

FilterBar::~FilterBar() = default;

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setLockFilterAvailable(bool available)
{
    m_blockers->setVisible(available);
    if (!available && m_blockers->isChecked())
        m_blockers->setChecked(false);
}

void FilterBar::setDrillDownLabel(const QString& label)
{
    m_drillDownLabel = label;
    rebuildChips();
}

void FilterBar::refresh()
{
    const QSignalBlocker activeBlocker(m_activeOnly);
    const QSignalBlocker idleBlocker(m_idleInTransaction);
    const QSignalBlocker blockersBlocker(m_blockers);
    const QSignalBlocker systemBlocker(m_hideSystem);
    m_hideSystem->setChecked(m_proxy->hidesSystemSessions());
    m_blockers->setChecked(m_proxy->blockersOnly());
    m_activeOnly->setChecked(m_proxy->activeOnly());
    m_idleInTransaction->setChecked(m_proxy->idleInTransactionOnly());
    rebuildChips();
}

QStringList FilterBar::chipTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_chips->count(); ++i) {
        auto* button = qobject_cast<QToolButton*>(m_chips->itemAt(i)->widget());
        if (button && button != m_killDrillDown)
            texts.append(button->text());
    }
    return texts;
}

void FilterBar::applyText()
{
    m_debounce->stop();
    if (m_proxy->setTextFilter(m_search->text(), m_regex->isChecked())) {
        m_error->clear();
        m_error->setVisible(false);
        m_search->setStyleSheet(QString());
        m_search->setToolTip(QString());
    } else {
        m_error->setText(tr("Invalid pattern: %1").arg(m_proxy->textFilterError()));
        m_error->setVisible(true);
        m_search->setToolTip(m_error->text());
        m_search->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
    }
}

QString FilterBar::patternError() const
{
    return m_error->text();
}

void FilterBar::setKillAvailable(bool available)
{
    if (m_killAvailable == available)
        return;
    m_killAvailable = available;
    rebuildChips();
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addChip = [this](const QString& text, const QString& tip, auto onRemove) {
        auto* chip = new QToolButton(this);
        chip->setText(text + QStringLiteral("  ✕"));
        chip->setToolTip(tip);
        chip->setAutoRaise(false);
        chip->setStyleSheet(QStringLiteral("QToolButton { background: #e4ecf7; border: 1px solid #9fb6d6; "
                                           "border-radius: 9px; padding: 1px 8px; }"));
        connect(chip, &QToolButton::clicked, this, onRemove);
        m_chips->addWidget(chip);
    };
    m_killDrillDown = nullptr;
    if (m_proxy->hasDrillDown()) {
        addChip(m_drillDownLabel, tr("Showing exactly these thread IDs; Esc or click to clear"),
            [this] { m_proxy->clearDrillDown(); });
        const int present = int(m_proxy->drillDownIds().size()) - m_proxy->drillDownMissingCount();
        if (m_killAvailable && present > 0) {
            m_killDrillDown = new QToolButton(this);
            m_killDrillDown->setObjectName(QStringLiteral("killDrillDown"));
            m_killDrillDown->setText(CountText::grouped(tr("Kill these %n session(s)…", nullptr, present), present));
            m_killDrillDown->setToolTip(tr("Preview and kill exactly the sessions of this drill-down"));
            connect(m_killDrillDown, &QToolButton::clicked, this, &FilterBar::killDrillDownRequested);
            m_chips->addWidget(m_killDrillDown);
        }
    }
    const QList<SessionFilterProxy::Chip> chips = m_proxy->chips();
    for (const SessionFilterProxy::Chip& chip : chips) {
        const QString column = SessionTableModel::columnTitle(SessionTableModel::Column(chip.column));
        const QString value = chip.value.isEmpty() ? tr("(none)") : chip.value;
        addChip(tr("%1 = %2").arg(column, value), tr("Click to remove this filter"),
            [this, chip] { m_proxy->removeChip(chip); });
    }
}
