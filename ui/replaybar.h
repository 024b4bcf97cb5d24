// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;
class ReplaySource;

// Above the figures while a recording is shown: which moment, how long ago, and the means to move
// through it (a slider over every recorded snapshot, previous and next). Says plainly that what the
// window shows is the past.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(QWidget* parent = nullptr);

    // The recording shown, or none (the bar hides).
    void setSource(ReplaySource* source);
    QSlider* slider() const { return m_slider; }
    QLabel* label() const { return m_label; }

    void stepBack();
    void stepForward();

signals:
    // The user moved to another moment: the source's position is already there.
    void positionChanged(int index);

private:
    void updateLabel();

    ReplaySource* m_source = nullptr;
    QToolButton* m_back;
    QSlider* m_slider;
    QToolButton* m_forward;
    QLabel* m_label;
};
