// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarystrip.h"

#include "monitor/instancemonitor.h"
#include "sources/sessionsource.h"

#include "counttext.h"
#include "durationtext.h"
#include "elidedlabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {

// A style sheet set again re-polishes its widget even when it is the same one, which on every
// refresh costs more than the rest of the strip: set only when it changes.
void restyle(QWidget* widget, const QString& styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

} // namespace

SummaryStrip::SummaryStrip(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("summaryStrip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(18);
    setLayout(layout);
    m_total = addFigure(tr("Sessions"));
    m_active = addFigure(tr("Active"));
    m_idleInTransaction = addFigure(tr("Idle in transaction"));
    m_longest = addFigure(tr("Longest active"));
    m_lockWaits = addFigure(tr("Lock waits"));
    m_lockWaits->parentWidget()->hide();
    m_snapshotTime = addFigure(tr("Snapshot"));
    // What the fetch is doing can be long ("Retrying (Throttling.User, attempt 3)"): it is elided,
    // never allowed to widen the window.
    m_state = new ElidedLabel(this);
    m_state->setObjectName(QStringLiteral("monitorState"));
    addFigure(tr("Status"), m_state);
    m_state->parentWidget()->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->setStretchFactor(m_state->parentWidget(), 1);
    m_visibility = new ElidedLabel(this);
    m_visibility->setObjectName(QStringLiteral("visibilityNote"));
    m_visibility->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_visibility->hide();
    layout->addWidget(m_visibility);
    m_shown = new QLabel(this);
    layout->addWidget(m_shown);
}

SummaryStrip::~SummaryStrip() = default;

QLabel* SummaryStrip::addFigure(const QString& caption)
{
    auto* value = new QLabel(this);
    value->setTextFormat(Qt::PlainText);
    addFigure(caption, value);
    return value;
}

void SummaryStrip::addFigure(const QString& caption, QWidget* value)
{
    // Caption and value in one widget, so that a figure a source cannot report hides as a whole.
    auto* figure = new QWidget(this);
    auto* box = new QVBoxLayout(figure);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    auto* captionLabel = new QLabel(caption, figure);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    captionLabel->setFont(small);
    captionLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    value->setParent(figure);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    value->setFont(big);
    box->addWidget(captionLabel);
    box->addWidget(value);
    layout()->addWidget(figure);
}

void SummaryStrip::showMonitor(const InstanceMonitor& monitor)
{
    const QLocale locale;
    const SnapshotPtr snapshot = monitor.snapshot();
    const bool past = monitor.source() && monitor.source()->showsThePast();
    m_stale = monitor.isStale();
    const QString staleStyle = m_stale ? QStringLiteral("color: #9a9a9a;") : QString();
    for (QLabel* label : {m_total, m_active, m_idleInTransaction, m_longest})
        restyle(label, staleStyle);
    if (snapshot) {
        m_total->setText(locale.toString(snapshot->totalSessionCount));
        m_active->setText(locale.toString(snapshot->activeSessionCount));
        m_idleInTransaction->setText(locale.toString(snapshot->idleInTransactionCount));
        restyle(m_idleInTransaction,
            snapshot->idleInTransactionCount > 0 && !m_stale ? QStringLiteral("color: #a15c00;") : staleStyle);
        const int longest = int(std::min<qint64>(snapshot->maxActiveTime, INT_MAX));
        m_longest->setText(CountText::grouped(tr("%n s", nullptr, longest), longest));
        // Only a direct connection sees lock waits; DAS snapshots do not report them.
        m_lockWaits->parentWidget()->setVisible(snapshot->lockWaitsKnown);
        m_lockWaits->setText(locale.toString(snapshot->lockWaits.size()));
        restyle(
            m_lockWaits, !snapshot->lockWaits.isEmpty() && !m_stale ? QStringLiteral("color: #b3261e;") : staleStyle);
        m_visibility->setText(snapshot->visibleOnlyToUser.isEmpty()
                ? QString()
                : tr("You see only %1's sessions: grant PROCESS to see all.").arg(snapshot->visibleOnlyToUser));
        m_visibility->setVisible(!snapshot->visibleOnlyToUser.isEmpty());
        // Live, the age is how long ago the snapshot arrived; replayed, how long ago it was taken.
        const qint64 since = past ? snapshot->snapshotTimeMs : monitor.lastSuccessMs();
        const qint64 age = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - since) / 1000);
        m_snapshotTime->setText(
            tr("%1 (%2 ago)")
                .arg(QDateTime::fromMSecsSinceEpoch(snapshot->snapshotTimeMs).toString(QStringLiteral("HH:mm:ss")),
                    DurationText::age(age)));
    } else {
        for (QLabel* label : {m_total, m_active, m_idleInTransaction, m_longest, m_snapshotTime})
            label->setText(QStringLiteral("—"));
        m_lockWaits->parentWidget()->hide();
        m_visibility->hide();
    }

    QString state;
    switch (monitor.state()) {
    case InstanceMonitor::State::Idle:
        state = monitor.source() ? tr("Waiting") : tr("No instance");
        break;
    case InstanceMonitor::State::Fetching:
        if (monitor.retryingAfter().isError())
            // Backing off: say so, or a throttled fetch looks like a hung one.
            state = tr("Retrying (%1, attempt %2)").arg(monitor.retryingAfter().code()).arg(monitor.retryAttempt() + 1);
        else
            state = monitor.progressText().isEmpty() ? tr("Fetching") : tr("Fetching (%1)").arg(monitor.progressText());
        break;
    case InstanceMonitor::State::UpToDate:
        state = past ? tr("Recorded") : m_stale ? tr("Stale") : tr("Up to date");
        break;
    case InstanceMonitor::State::Failed:
        state = snapshot
            ? tr("Stale since %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(monitor.lastSuccessMs()).toString(QStringLiteral("HH:mm:ss")))
            : tr("Error");
        break;
    }
    if (past && monitor.state() == InstanceMonitor::State::Failed)
        state = tr("Recorded failure");
    if (monitor.isPaused() && !past)
        state += tr(" · paused");
    m_state->setText(state);
    restyle(m_state,
        m_stale || monitor.state() == InstanceMonitor::State::Failed ? QStringLiteral("color: #b3261e;") : QString());
}

void SummaryStrip::setShownCount(int shown, bool filtered, int hiddenSystem)
{
    QString text = filtered ? tr("%1 shown").arg(QLocale().toString(shown)) : QString();
    if (hiddenSystem > 0)
        //: After the number of rows shown: how many system threads "Hide system threads" leaves out.
        text += tr(" · system threads hidden: %1").arg(QLocale().toString(hiddenSystem));
    m_shown->setText(text);
}

void SummaryStrip::showState(const QString& text, bool problem)
{
    m_state->setText(text);
    restyle(m_state, problem ? QStringLiteral("color: #b3261e;") : QString());
}

QString SummaryStrip::shownText() const
{
    return m_shown->text();
}

QString SummaryStrip::totalText() const
{
    return m_total->text();
}

QString SummaryStrip::activeText() const
{
    return m_active->text();
}

QString SummaryStrip::idleInTransactionText() const
{
    return m_idleInTransaction->text();
}

QString SummaryStrip::lockWaitsText() const
{
    return m_lockWaits->parentWidget()->isVisibleTo(this) ? m_lockWaits->text() : QString();
}

QString SummaryStrip::visibilityText() const
{
    return m_visibility->isVisibleTo(this) ? m_visibility->text() : QString();
}

QString SummaryStrip::longestText() const
{
    return m_longest->text();
}

QString SummaryStrip::stateText() const
{
    return m_state->text();
}

bool SummaryStrip::isStaleShown() const
{
    return m_stale;
}
