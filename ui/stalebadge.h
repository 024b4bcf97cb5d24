// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// "Stale since 12:03:04" in the top right corner of a view whose figures are no longer current
// (the fetches fail, or the service throttles): put on every view that shows the snapshot's
// figures, so none of them passes for live.
class StaleBadge : public QLabel
{
    Q_OBJECT

public:
    // Shown over `view`, of which it becomes a child.
    explicit StaleBadge(QWidget* view);
    ~StaleBadge() override;

    // 0: current, the badge hides.
    void setStaleSince(qint64 lastGoodMs);
    bool isStale() const { return m_since > 0; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    qint64 m_since = 0;
};
