// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QFrame>

class ElidedLabel;
class InstanceMonitor;
class QLabel;

// The figures a DBA reads first: sessions, active, idle in transaction, longest active time, the
// snapshot's time and age, and what the fetch is doing. Stale figures are marked as such.
class SummaryStrip : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryStrip(QWidget* parent = nullptr);
    ~SummaryStrip() override;

    // Reads everything it shows from the monitor.
    void showMonitor(const InstanceMonitor& monitor);
    // Shown next to the totals when a filter hides rows: "1,204 shown".
    // `hiddenSystem`: how many system threads "Hide system threads" leaves out ("· system threads
    // hidden: 12").
    void setShownCount(int shown, bool filtered, int hiddenSystem = 0);
    QString shownText() const;
    // Says what the monitor cannot: an instance chosen but not (yet) watched.
    void showState(const QString& text, bool problem);

    QString totalText() const;
    QString activeText() const;
    QString idleInTransactionText() const;
    QString longestText() const;
    // Empty when the source does not report lock waits (DAS).
    QString lockWaitsText() const;
    // "You see only app_rw's sessions: …" when the account lacks PROCESS; else empty.
    QString visibilityText() const;
    QString stateText() const;
    bool isStaleShown() const;

private:
    QLabel* addFigure(const QString& caption);
    void addFigure(const QString& caption, QWidget* value);

    QLabel* m_total;
    QLabel* m_active;
    QLabel* m_idleInTransaction;
    QLabel* m_longest;
    QLabel* m_lockWaits;
    ElidedLabel* m_visibility;
    QLabel* m_snapshotTime;
    ElidedLabel* m_state;
    QLabel* m_shown;
    bool m_stale = false;
};
