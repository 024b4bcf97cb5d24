// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetclock.h"

#include <QTimer>

#include <algorithm>
#include <climits>

FleetClock::FleetClock(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FleetClock::wake);
}

FleetClock::~FleetClock() = default;

qint64 FleetClock::nowMs() const
{
    return m_elapsed.elapsed();
}

void FleetClock::wakeAt(qint64 atMs)
{
    if (atMs < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::clamp<qint64>(atMs - nowMs(), 0, INT_MAX)));
}
