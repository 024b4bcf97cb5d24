// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QDialog>
#include <QPointer>

class DiffCountModel;
class QLabel;
class QLineEdit;
class QSlider;
class QTabWidget;
class QTableView;
class QTimer;
class ReplaySource;
class ReplayTimeline;
class SnapshotDiffModel;

// "Compare with…" in a recording: the moment shown beside another one the user picks (a slider over
// the recording, or a time typed in), and what happened between them — the sessions that appeared,
// vanished and changed (SnapshotDiff), and how many of each per user, client and database. The other
// moment is rebuilt on the recording's reader thread; the window stays usable meanwhile. When the
// window moves to another moment, the comparison follows it.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(ReplaySource* source, const SnapshotPtr& shown, ReplayTimeline* timeline, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // Opens a dialog (window-modal: no) comparing `shown` with the snapshot before it.
    static CompareDialog* show(
        ReplaySource* source, const SnapshotPtr& shown, ReplayTimeline* timeline, QWidget* parent);

    // Compares with entries()[index] of the recording.
    void compareWith(int index);
    // The window moved to another moment: that one is compared from now on.
    void setShown(const SnapshotPtr& shown);
    int otherIndex() const { return m_otherIndex; }
    SnapshotDiffModel* sessionsModel() const { return m_sessions; }
    DiffCountModel* countModel(int dimension) const { return m_counts[dimension]; }
    QLabel* summaryLabel() const { return m_summary; }
    QLineEdit* timeEdit() const { return m_timeEdit; }

signals:
    // The comparison shown is up to date with the moment chosen.
    void compared();

private:
    void onMomentRead(int index, const SnapshotPtr& snapshot);
    void onMomentFailed(int index, const QString& error);
    void showDiff();

    QPointer<ReplaySource> m_source;
    QPointer<ReplayTimeline> m_timeline;
    SnapshotPtr m_shown;
    // The other moment as read, once it is.
    SnapshotPtr m_other;
    int m_otherIndex = -1;
    QLabel* m_shownLabel;
    QLabel* m_summary;
    QLabel* m_otherLabel;
    QSlider* m_slider;
    QLineEdit* m_timeEdit;
    QTimer* m_debounce;
    QTabWidget* m_tabs;
    SnapshotDiffModel* m_sessions;
    DiffCountModel* m_counts[3];
};
