// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

// Tells the desktop about a raised alert: a freedesktop notification (org.freedesktop.Notifications
// Notify on the session bus), or, when no notification service answers there, a message from the
// tray icon. Never blocks: the bus is called asynchronously.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel
    {
        Desktop, // the notification service took it
        Tray, // shown by the tray icon instead
        None, // neither was there
    };
    Q_ENUM(Channel)

    // The session bus unless `connection` says otherwise (tests use a private bus).
    explicit AlertNotifier(QObject* parent = nullptr);
    void setConnection(const QDBusConnection& connection) { m_connection = connection; }
    void setTrayIcon(QSystemTrayIcon* tray);

    void notify(const QString& summary, const QString& body);

signals:
    // How a notification reached the user, once it did (or did not).
    void notified(const QString& summary, const QString& body, AlertNotifier::Channel channel);

private:
    void fallBack(const QString& summary, const QString& body);

    QDBusConnection m_connection;
    QPointer<QSystemTrayIcon> m_tray;
};
