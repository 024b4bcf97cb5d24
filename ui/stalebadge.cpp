// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalebadge.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QEvent>

StaleBadge::StaleBadge(QWidget* view)
    : QLabel(view)
{
    setObjectName(QStringLiteral("staleBadge"));
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { background: rgba(255, 244, 206, 230); color: #5b4300; "
                                 "border: 1px solid #e8d28a; border-radius: 3px; padding: 1px 6px; }"));
    // Over the view, not in its way: clicks reach the rows and bars beneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->installEventFilter(this);
    hide();
}

StaleBadge::~StaleBadge() = default;

void StaleBadge::setStaleSince(qint64 lastGoodMs)
{
    if (lastGoodMs == m_since)
        return;
    m_since = lastGoodMs;
    if (lastGoodMs <= 0) {
        hide();
        return;
    }
    setText(tr("Stale since %1").arg(QDateTime::fromMSecsSinceEpoch(lastGoodMs).toString(QStringLiteral("HH:mm:ss"))));
    setToolTip(tr("The latest fetches failed: these figures are from the last good snapshot."));
    adjustSize();
    place();
    show();
    raise();
}

bool StaleBadge::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void StaleBadge::place()
{
    // Over a scroll area's viewport (below a table's header), not over the part that scrolls.
    const auto* area = qobject_cast<const QAbstractScrollArea*>(parentWidget());
    const QRect room = area ? area->viewport()->geometry() : parentWidget()->rect();
    move(std::max(room.left(), room.right() - width() - 6), room.top() + 6);
}
