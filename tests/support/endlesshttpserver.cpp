// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/endlesshttpserver.h"

#include <QByteArray>

#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Waits up to 100 ms for `events` on `fd`; false on timeout.
bool waitFor(int fd, short events)
{
    pollfd entry {fd, events, 0};
    return ::poll(&entry, 1, 100) > 0;
}

} // namespace

EndlessHttpServer::EndlessHttpServer() = default;

EndlessHttpServer::~EndlessHttpServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

bool EndlessHttpServer::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        return false;
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 || ::listen(m_listener, 8) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
    return true;
}

void EndlessHttpServer::serve()
{
    QByteArray chunk("10000\r\n");
    chunk.append(QByteArray(0x10000, 'x')).append("\r\n");
    while (!m_stop) {
        if (!waitFor(m_listener, POLLIN))
            continue;
        const int connection = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            continue;
        // The request: everything up to the blank line (the client's POST has an empty body).
        QByteArray request;
        while (!m_stop && !request.contains("\r\n\r\n")) {
            if (!waitFor(connection, POLLIN))
                continue;
            char buffer[4096];
            const ssize_t got = ::recv(connection, buffer, sizeof(buffer), 0);
            if (got <= 0)
                break;
            request.append(buffer, got);
        }
        QByteArray pending = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        qsizetype headerLeft = pending.size();
        bool open = request.contains("\r\n\r\n");
        while (open && !m_stop) {
            if (!waitFor(connection, POLLOUT))
                continue;
            const ssize_t sent = ::send(connection, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent <= 0) {
                open = false;
                break;
            }
            const qsizetype body = std::max<qsizetype>(0, sent - headerLeft);
            headerLeft = std::max<qsizetype>(0, headerLeft - sent);
            m_bytesSent += body;
            pending.remove(0, sent);
            if (pending.isEmpty())
                pending = chunk;
        }
        if (!open)
            ++m_closed;
        ::close(connection);
    }
}
