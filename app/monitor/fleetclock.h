// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

// The time a FleetScheduler plans by, and its one alarm: monotonic milliseconds and a wake-up at a
// given moment. Virtual so that tests drive a fleet of fifty instances through an hour in
// microseconds with a clock of their own.
class FleetClock : public QObject
{
    Q_OBJECT

public:
    explicit FleetClock(QObject* parent = nullptr);
    ~FleetClock() override;

    // Milliseconds since the clock was made; never goes back.
    virtual qint64 nowMs() const;
    // Asks for wake() at `atMs` (or as soon as possible when that has passed); replaces the
    // previous request. A negative time cancels it.
    virtual void wakeAt(qint64 atMs);

signals:
    void wake();

private:
    QElapsedTimer m_elapsed;
    QTimer* m_timer;
};
