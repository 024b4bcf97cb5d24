// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

// A loopback port that relays every connection to a real server, and can be cut: the tests' way of
// taking a server away mid-watch (every connection reset, new ones refused) and bringing it back on
// the same port, without stopping the server the other tests share.
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    TcpRelay(const QString& targetHost, quint16 targetPort, QObject* parent = nullptr);
    ~TcpRelay() override;

    // Listens on a free loopback port (0) or `port`; false when it cannot.
    bool open(quint16 port = 0);
    quint16 port() const { return m_port; }
    // Resets every relayed connection and stops listening: the server is gone.
    void cut();
    int connectionCount() const;

private:
    void onNewConnection();

    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
};
