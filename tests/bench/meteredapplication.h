// SPDX-License-Identifier: GPL-3.0-or-later
// A QApplication that times every event its UI thread handles from the event loop, in CPU time of
// that thread: how much work the window does in one go, whatever waiting for a core on a busy
// machine adds to the lateness a user sees.
#pragma once

#include <QApplication>
#include <QThread>

#include <utility>

#include <time.h>

inline double threadCpuMs()
{
    timespec time {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

class MeteredApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Events sent while another is handled are part of its slice.
        const bool outermost = m_depth++ == 0;
        const double before = outermost ? threadCpuMs() : 0.0;
        // Read now: the receiver may be gone once the event is handled.
        const char* receiverClass = outermost ? receiver->metaObject()->className() : nullptr;
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (outermost) {
            const double slice = threadCpuMs() - before;
            if (slice > m_maxSliceMs) {
                m_maxSliceMs = slice;
                m_maxSliceEvent = QString::fromLatin1(receiverClass) + QLatin1Char('/') + QString::number(type);
            }
        }
        return result;
    }
    // The longest slice so far, which the next one starts again from.
    double splitMaxSliceMs()
    {
        m_maxSliceEvent.clear();
        return std::exchange(m_maxSliceMs, 0.0);
    }
    // The receiver's class and the event's type of the longest slice.
    QString maxSliceEvent() const { return m_maxSliceEvent; }

private:
    int m_depth = 0;
    double m_maxSliceMs = 0;
    QString m_maxSliceEvent;
};
