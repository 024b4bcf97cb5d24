// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/replaysource.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class ReplayTimeline;

// Above the figures while a recording is shown: which moment, how long ago, and the means to move
// through it — a timeline of the whole recording, previous and next, a time typed in, and play at
// 1× to 60× recording time. Says plainly that what the window shows is the past.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    // Recording seconds per second of playing.
    static const QList<int>& speeds();

    explicit ReplayBar(QWidget* parent = nullptr);

    // The bar says the recording at `path` is being opened; its controls wait.
    void setOpening(const QString& path);
    // The recording shown, or none (the bar hides).
    void setSource(ReplaySource* source);
    ReplaySource* source() const { return m_source; }
    ReplayTimeline* timeline() const { return m_timeline; }
    QLabel* label() const { return m_label; }
    QLineEdit* timeEdit() const { return m_timeEdit; }
    QToolButton* playButton() const { return m_play; }
    QComboBox* speedBox() const { return m_speed; }
    QPushButton* compareButton() const { return m_compare; }

    // Moves to entries()[index] of the source.
    void seek(int index);
    void stepBack();
    void stepForward();
    // Goes to the snapshot at or before the time typed ("03:12", "2026-12-01T03:12"); false, and
    // the field says so, when the text is not a time.
    bool goToTime(const QString& text);

    void play();
    void pause();
    bool isPlaying() const;
    void setSpeed(int times);
    int speed() const;

signals:
    // The user moved to another moment: the source's position is already there.
    void positionChanged(int index);
    void compareRequested();
    void playingChanged(bool playing);

private:
    void updateLabel();
    void tick();

    QPointer<ReplaySource> m_source;
    QLabel* m_label;
    QLineEdit* m_timeEdit;
    QToolButton* m_play;
    QComboBox* m_speed;
    QToolButton* m_back;
    QToolButton* m_forward;
    QPushButton* m_compare;
    ReplayTimeline* m_timeline;
    QTimer* m_playTimer;
    QElapsedTimer m_playClock;
    // The recording's time the playing has reached.
    qint64 m_playheadMs = 0;
};
