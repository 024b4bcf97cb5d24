// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include "durationtext.h"
#include "recording/momenttext.h"
#include "replaytimeline.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

const QList<int>& ReplayBar::speeds()
{
    static const QList<int> all {1, 2, 5, 10, 30, 60};
    return all;
}

ReplayBar::ReplayBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_timeEdit(new QLineEdit(this))
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_compare(new QPushButton(tr("Compare with…"), this))
    , m_timeline(new ReplayTimeline(this))
    , m_playTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, QColor(0xe8, 0xee, 0xf7));
    setPalette(shade);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back->setToolTip(tr("Previous snapshot"));
    m_back->setObjectName(QStringLiteral("replayBack"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_forward->setToolTip(tr("Next snapshot"));
    m_forward->setObjectName(QStringLiteral("replayForward"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play the recording"));
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setToolTip(tr("Recording time per second of playing"));
    for (const int times : speeds())
        m_speed->addItem(tr("%1×").arg(times), times);
    m_timeEdit->setObjectName(QStringLiteral("replayTime"));
    m_timeEdit->setPlaceholderText(tr("Go to 03:12…"));
    m_timeEdit->setToolTip(tr("A time of day (03:12, 03:12:30) or a date and time (2026-12-01 03:12): the snapshot "
                              "taken then, or just before"));
    m_timeEdit->setClearButtonEnabled(true);
    m_timeEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-01 03:12:30")) + 40);
    m_compare->setObjectName(QStringLiteral("replayCompare"));
    m_compare->setToolTip(tr("What changed between this moment and another: sessions that appeared, vanished or "
                             "changed"));
    m_label->setObjectName(QStringLiteral("replayLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_playTimer->setInterval(100);
    m_playTimer->setTimerType(Qt::PreciseTimer);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_label, 1);
    controls->addWidget(m_timeEdit);
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addWidget(m_speed);
    controls->addWidget(m_compare);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_timeline);

    connect(m_back, &QToolButton::clicked, this, &ReplayBar::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &ReplayBar::stepForward);
    connect(m_timeline, &ReplayTimeline::seekRequested, this, [this](int index) {
        seek(index);
        if (isPlaying() && m_source)
            m_playheadMs = m_source->entries().at(m_source->position()).takenAtMs;
    });
    connect(m_timeEdit, &QLineEdit::returnPressed, this, [this] { goToTime(m_timeEdit->text()); });
    connect(m_timeEdit, &QLineEdit::textEdited, this, [this] { m_timeEdit->setStyleSheet({}); });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_compare, &QPushButton::clicked, this, &ReplayBar::compareRequested);
    connect(m_playTimer, &QTimer::timeout, this, &ReplayBar::tick);
    hide();
}

void ReplayBar::setOpening(const QString& path)
{
    pause();
    m_source = nullptr;
    show();
    m_label->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_label->setToolTip(path);
    for (QWidget* control : {static_cast<QWidget*>(m_timeEdit), static_cast<QWidget*>(m_play),
             static_cast<QWidget*>(m_speed), static_cast<QWidget*>(m_back), static_cast<QWidget*>(m_forward),
             static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_timeline)})
        control->setEnabled(false);
}

void ReplayBar::setSource(ReplaySource* source)
{
    pause();
    m_source = source;
    setVisible(source != nullptr);
    if (!source)
        return;
    for (QWidget* control : {static_cast<QWidget*>(m_timeEdit), static_cast<QWidget*>(m_play),
             static_cast<QWidget*>(m_speed), static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_timeline)})
        control->setEnabled(true);
    m_timeline->setEntries(source->entries());
    m_timeline->setPosition(source->position());
    updateLabel();
}

void ReplayBar::seek(int index)
{
    if (!m_source || m_source->entries().isEmpty())
        return;
    const int position = std::clamp(index, 0, int(m_source->entries().size()) - 1);
    if (position == m_source->position())
        return;
    m_source->setPosition(position);
    m_timeline->setPosition(position);
    updateLabel();
    emit positionChanged(position);
}

void ReplayBar::stepBack()
{
    if (m_source)
        seek(m_source->position() - 1);
}

void ReplayBar::stepForward()
{
    if (m_source)
        seek(m_source->position() + 1);
}

bool ReplayBar::goToTime(const QString& text)
{
    if (!m_source || m_source->entries().isEmpty())
        return false;
    const std::optional<qint64> at = Recording::parseMoment(text, m_source->entries().constFirst().takenAtMs);
    if (!at) {
        m_timeEdit->setStyleSheet(QStringLiteral("QLineEdit { color: #c01c28; }"));
        m_timeEdit->setToolTip(tr("“%1” is not a time: write 03:12, 03:12:30 or 2026-12-01 03:12").arg(text));
        return false;
    }
    m_timeEdit->setStyleSheet({});
    seek(m_source->positionAt(*at));
    return true;
}

void ReplayBar::play()
{
    if (!m_source || m_source->entries().isEmpty())
        return;
    // From the start again when the end was reached.
    if (m_source->position() + 1 >= m_source->entries().size())
        seek(0);
    m_playheadMs = m_source->entries().at(m_source->position()).takenAtMs;
    m_playClock.start();
    m_playTimer->start();
    {
        const QSignalBlocker blocker(m_play);
        m_play->setChecked(true);
    }
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_play->setToolTip(tr("Pause"));
    emit playingChanged(true);
}

void ReplayBar::pause()
{
    if (!m_playTimer->isActive())
        return;
    m_playTimer->stop();
    {
        const QSignalBlocker blocker(m_play);
        m_play->setChecked(false);
    }
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play the recording"));
    emit playingChanged(false);
}

bool ReplayBar::isPlaying() const
{
    return m_playTimer->isActive();
}

void ReplayBar::setSpeed(int times)
{
    const int index = m_speed->findData(times);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

int ReplayBar::speed() const
{
    return m_speed->currentData().toInt();
}

void ReplayBar::tick()
{
    if (!m_source) {
        pause();
        return;
    }
    // Recording time moves with the clock, whatever the timer's jitter.
    m_playheadMs += m_playClock.restart() * speed();
    const QList<Recording::Entry>& entries = m_source->entries();
    const int target = m_source->positionAt(m_playheadMs);
    if (target > m_source->position())
        seek(target);
    if (m_source->position() + 1 >= entries.size())
        pause();
}

void ReplayBar::updateLabel()
{
    if (!m_source)
        return;
    const Recording::Entry& entry = m_source->entries().at(m_source->position());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.takenAtMs);
    const qint64 ageSeconds = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - entry.takenAtMs) / 1000);
    const QString when = tr("Recorded %1 (%2 ago), snapshot %3 of %4")
                             .arg(QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                                 + at.time().toString(QStringLiteral("HH:mm:ss")))
                             .arg(DurationText::compact(ageSeconds))
                             .arg(m_source->position() + 1)
                             .arg(m_source->entries().size());
    m_label->setText(entry.ok ? when : tr("%1 — the fetch failed then").arg(when));
    m_label->setToolTip(m_source->path());
    m_back->setEnabled(m_source->position() > 0);
    m_forward->setEnabled(m_source->position() + 1 < m_source->entries().size());
}
