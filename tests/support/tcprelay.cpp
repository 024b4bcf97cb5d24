// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/tcprelay.h"

#include <QTcpSocket>

TcpRelay::TcpRelay(const QString& targetHost, quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetHost(targetHost)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

TcpRelay::~TcpRelay()
{
    cut();
}

bool TcpRelay::open(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void TcpRelay::cut()
{
    m_server.close();
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
}

int TcpRelay::connectionCount() const
{
    int open = 0;
    for (const QPointer<QTcpSocket>& socket : m_sockets) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open / 2;
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* server = new QTcpSocket(this);
        client->setParent(this);
        m_sockets.append(client);
        m_sockets.append(server);
        const auto pipe = [](QTcpSocket* from, QTcpSocket* to) {
            connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
            connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
        };
        pipe(client, server);
        pipe(server, client);
        // What the client sends before the server answers waits in the client socket until then.
        connect(server, &QTcpSocket::connected, client, [client, server] { server->write(client->readAll()); });
        server->connectToHost(m_targetHost, m_targetPort);
    }
}
