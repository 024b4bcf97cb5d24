// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

// A QTcpServer that remembers each request's request-target exactly as its bytes arrived.
// QHttpServerRequest::url() goes through QUrl, which decodes percent-encoded unreserved
// characters (%7E becomes ~, %41 becomes A); the emulator records what was really on the wire.
// It reads ahead of the HTTP server with peek(), following Content-Length to find the next
// request line; anything it cannot follow (chunked bodies, over-long lines) stops the tap for
// that connection and the caller falls back to the URL.
// Given a TLS configuration it serves HTTPS: each connection is a QSslSocket that starts the
// server's side of the handshake at once, and the tap reads the decrypted bytes.
class LoopbackTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LoopbackTcpServer(QObject* parent = nullptr);

    // Before listen(); a null configuration serves plain HTTP.
    void setTlsConfiguration(const QSslConfiguration& configuration) { m_tls = configuration; }
    bool isTls() const { return !m_tls.isNull(); }
    // Connections accepted so far, whether or not a request came through them.
    qsizetype connectionCount() const { return m_connectionCount; }

    // The oldest request-target read from `socket` and not taken yet.
    std::optional<QByteArray> takeRequestTarget(QTcpSocket* socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Tap
    {
        enum class Stage
        {
            RequestLine,
            Headers,
            Body,
        };
        Stage stage = Stage::RequestLine;
        QByteArray line;
        qint64 contentLength = 0;
        qint64 bodyLeft = 0;
        bool broken = false;
        QList<QByteArray> targets;
    };

    void feed(QTcpSocket* socket);
    static void consume(Tap& tap, const QByteArray& bytes);

    QHash<QTcpSocket*, Tap> m_taps;
    QSslConfiguration m_tls;
    qsizetype m_connectionCount = 0;
};
