// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

// One line of plain text that never asks for more room than a few characters: when its space is
// short the text is elided and the whole of it becomes the tooltip. Messages shown in one keep the
// layout around them where it was.
class ElidedLabel : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);
    ~ElidedLabel() override;

    void setText(const QString& text);
    QString text() const { return m_text; }
    void clear() { setText({}); }
    void setElideMode(Qt::TextElideMode mode);
    // The text as drawn now ("…" where it was cut).
    QString shownText() const;
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToolTip();

    QString m_text;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};
