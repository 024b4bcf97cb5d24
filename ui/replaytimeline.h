// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording/recording.h"

#include <QList>
#include <QWidget>

// The whole recording at a glance, under the replay bar: sessions, active sessions and the longest
// active time over the recording's span, a red mark wherever a fetch failed, the moment shown (and
// the moment compared with, if any). A click or a drag moves to the snapshot at or before that
// time; the arrow keys, Home and End step through it. Drawn with QPainter from a min/max per pixel
// column, computed once per size, so a day of snapshots costs no more than its width.
class ReplayTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayTimeline(QWidget* parent = nullptr);

    void setEntries(const QList<Recording::Entry>& entries);
    void setPosition(int index);
    int position() const { return m_position; }
    // The moment compared with; -1 for none.
    void setMark(int index);
    int mark() const { return m_mark; }
    // The entry taken at or before the time under `x` (the first one left of the recording).
    int indexAt(int x) const;
    // Where entry `index` is drawn.
    int xOf(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user clicked, dragged or pressed a key towards entry `index`.
    void seekRequested(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Column
    {
        bool any = false;
        bool failed = false;
        qint64 min[3] {};
        qint64 max[3] {};
        qint64 first[3] {};
        qint64 last[3] {};
    };
    QRect plotRect() const;
    void computeColumns();
    qint64 timeAt(int x) const;

    QList<Recording::Entry> m_entries;
    QList<Column> m_columns;
    qint64 m_maxSessions = 1;
    qint64 m_maxActiveTime = 1;
    int m_position = -1;
    int m_mark = -1;
};
