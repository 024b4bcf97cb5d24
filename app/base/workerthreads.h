// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>

class QThread;

// Threads that their owners do not wait for. A direct source's worker may be in the middle of a
// query when the source goes away (the window switched instance, a command finished); the source
// asks its thread to end and goes on at once, and the thread deletes its worker, closing the
// connection, when the query returns. Such a thread must still end before the process tears down
// what it uses: the MariaDB client library is shut down by a QCoreApplication post routine, and Qt
// Sql's registry of connections is a global. A thread that was still closing its connection then
// crashed the process on its way out. So every released thread is waited for when the
// QCoreApplication is destroyed, before those.
namespace WorkerThreads {

// How long the process waits at exit for a released thread: a worker's query or connection
// attempt ends within its connect and read timeouts (5 s and 10 s by default), with room to spare.
inline constexpr int ExitWaitMs = 45'000;

// Asks `thread` to end (QThread::requestInterruption, then quit) and takes it over: it is deleted
// once it has finished, and waited for at exit. Call it on the thread that owns `thread`.
void release(QThread* thread);

// Waits until every released thread has finished, or until `deadline`; whether they all have.
bool waitForAll(QDeadlineTimer deadline);

// How many released threads have not finished yet.
int running();

} // namespace WorkerThreads
