// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbacktcpserver.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

namespace {

constexpr qsizetype MaxLineLength = 256 * 1024;

} // namespace

LoopbackTcpServer::LoopbackTcpServer(QObject* parent)
    : QTcpServer(parent)
{ }

void LoopbackTcpServer::incomingConnection(qintptr descriptor)
{
    ++m_connectionCount;
    QTcpSocket* socket = nullptr;
    if (isTls()) {
        auto* tlsSocket = new QSslSocket(this);
        tlsSocket->setSslConfiguration(m_tls);
        socket = tlsSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (auto* tlsSocket = qobject_cast<QSslSocket*>(socket))
        tlsSocket->startServerEncryption();
    m_taps.insert(socket, Tap {});
    // Connected before the HTTP server sees the socket, so this runs first on every readyRead and
    // peeks at bytes the server is about to consume.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { feed(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_taps.remove(socket); });
    addPendingConnection(socket);
}

std::optional<QByteArray> LoopbackTcpServer::takeRequestTarget(QTcpSocket* socket)
{
    const auto it = m_taps.find(socket);
    if (it == m_taps.end() || it->targets.isEmpty())
        return std::nullopt;
    return it->targets.takeFirst();
}

void LoopbackTcpServer::feed(QTcpSocket* socket)
{
    const auto it = m_taps.find(socket);
    if (it == m_taps.end() || it->broken)
        return;
    consume(*it, socket->peek(socket->bytesAvailable()));
}

void LoopbackTcpServer::consume(Tap& tap, const QByteArray& bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && !tap.broken) {
        if (tap.stage == Tap::Stage::Body) {
            const qint64 skipped = std::min<qint64>(tap.bodyLeft, bytes.size() - at);
            tap.bodyLeft -= skipped;
            at += skipped;
            if (tap.bodyLeft == 0)
                tap.stage = Tap::Stage::RequestLine;
            continue;
        }
        const qsizetype newline = bytes.indexOf('\n', at);
        if (newline < 0) {
            tap.line.append(bytes.mid(at));
            at = bytes.size();
            tap.broken = tap.line.size() > MaxLineLength;
            break;
        }
        tap.line.append(bytes.mid(at, newline - at));
        at = newline + 1;
        if (tap.line.endsWith('\r'))
            tap.line.chop(1);
        const QByteArray line = std::exchange(tap.line, {});
        if (tap.stage == Tap::Stage::RequestLine) {
            // Blank lines between requests are tolerated, as HTTP/1.1 allows.
            if (line.isEmpty())
                continue;
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3) {
                tap.broken = true;
                break;
            }
            tap.targets.append(parts[1]);
            tap.contentLength = 0;
            tap.stage = Tap::Stage::Headers;
        } else if (line.isEmpty()) {
            tap.bodyLeft = tap.contentLength;
            tap.stage = tap.bodyLeft > 0 ? Tap::Stage::Body : Tap::Stage::RequestLine;
        } else {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length") {
                bool ok = false;
                tap.contentLength = line.mid(colon + 1).trimmed().toLongLong(&ok);
                tap.broken = !ok || tap.contentLength < 0;
            } else if (name == "transfer-encoding") {
                tap.broken = true;
            }
        }
    }
}
