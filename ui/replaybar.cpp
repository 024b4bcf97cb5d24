// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include "durationtext.h"
#include "sources/replaysource.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

ReplayBar::ReplayBar(QWidget* parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_forward(new QToolButton(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, QColor(0xe8, 0xee, 0xf7));
    setPalette(shade);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_back->setToolTip(tr("Previous snapshot"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_forward->setToolTip(tr("Next snapshot"));
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setPageStep(6);
    m_label->setObjectName(QStringLiteral("replayLabel"));
    m_label->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_label);
    layout->addWidget(m_back);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_forward);
    connect(m_back, &QToolButton::clicked, this, &ReplayBar::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &ReplayBar::stepForward);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_source || value == m_source->position())
            return;
        m_source->setPosition(value);
        updateLabel();
        emit positionChanged(value);
    });
    hide();
}

void ReplayBar::setSource(ReplaySource* source)
{
    m_source = source;
    setVisible(source != nullptr);
    if (!source)
        return;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, int(source->entries().size()) - 1);
    m_slider->setValue(source->position());
    updateLabel();
}

void ReplayBar::stepBack()
{
    m_slider->setValue(m_slider->value() - 1);
}

void ReplayBar::stepForward()
{
    m_slider->setValue(m_slider->value() + 1);
}

void ReplayBar::updateLabel()
{
    if (!m_source)
        return;
    const Recording::Entry& entry = m_source->entries().at(m_source->position());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.takenAtMs);
    const qint64 ageSeconds = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - entry.takenAtMs) / 1000);
    const QString when = tr("Recorded %1 (%2 ago), snapshot %3 of %4")
                             .arg(QLocale().toString(at, QLocale::ShortFormat))
                             .arg(DurationText::compact(ageSeconds))
                             .arg(m_source->position() + 1)
                             .arg(m_source->entries().size());
    m_label->setText(entry.ok ? when : tr("%1 — the fetch failed then").arg(when));
    m_label->setToolTip(m_source->path());
    m_back->setEnabled(m_source->position() > 0);
    m_forward->setEnabled(m_source->position() + 1 < m_source->entries().size());
}
