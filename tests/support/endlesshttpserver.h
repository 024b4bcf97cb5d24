// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <thread>

// A loopback HTTP server on a thread of its own that answers every request with 200 and a chunked
// body that never ends, written as fast as the client takes it: a server that floods its client.
// It counts the body bytes the kernel accepted, which is how much a client read (give or take the
// kernel's socket buffers) before it hung up. Plain sockets, so that the flood does not depend on
// the test's event loop.
class EndlessHttpServer
{
public:
    EndlessHttpServer();
    ~EndlessHttpServer();
    EndlessHttpServer(const EndlessHttpServer&) = delete;
    EndlessHttpServer& operator=(const EndlessHttpServer&) = delete;

    // Listens on a free loopback port; false when it cannot.
    bool start();
    quint16 port() const { return m_port; }
    // Body bytes written on every connection so far.
    qint64 bytesSent() const { return m_bytesSent; }
    // How many connections the client has hung up.
    int closedConnections() const { return m_closed; }

private:
    void serve();

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::atomic<qint64> m_bytesSent {0};
    std::atomic<int> m_closed {0};
    std::thread m_thread;
};
