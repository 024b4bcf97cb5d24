// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

AlertNotifier::AlertNotifier(QObject* parent)
    : QObject(parent)
    , m_connection(QDBusConnection::sessionBus())
{ }

void AlertNotifier::setTrayIcon(QSystemTrayIcon* tray)
{
    m_tray = tray;
}

void AlertNotifier::notify(const QString& summary, const QString& body)
{
    if (!m_connection.isConnected()) {
        fallBack(summary, body);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's).
    call << QStringLiteral("SessionScope") << uint(0) << QStringLiteral("sessionscope") << summary << body
         << QStringList() << QVariantMap {{QStringLiteral("urgency"), QVariant::fromValue(uchar(2))}} << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            fallBack(summary, body);
        else
            emit notified(summary, body, Channel::Desktop);
    });
}

void AlertNotifier::fallBack(const QString& summary, const QString& body)
{
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(summary, body, QSystemTrayIcon::Warning);
        emit notified(summary, body, Channel::Tray);
        return;
    }
    emit notified(summary, body, Channel::None);
}
