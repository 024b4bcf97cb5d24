// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/secretguard.h"

#include <QTest>

namespace {

// A message handler is a plain function: it finds its guard here.
SecretGuard* g_installed = nullptr;

} // namespace

SecretGuard::~SecretGuard()
{
    uninstall();
}

void SecretGuard::watch(const QString& secret, const char* what)
{
    m_secrets.append({secret, QByteArray(what) + " reached the log"});
}

void SecretGuard::install()
{
    Q_ASSERT(!g_installed);
    g_installed = this;
    m_installed = true;
    m_previous = qInstallMessageHandler(record);
}

void SecretGuard::uninstall()
{
    if (!m_installed)
        return;
    // Only while ours is the current handler: QTest puts its own back when a run ends, and the one
    // this guard replaced may be gone by then.
    const QtMessageHandler current = qInstallMessageHandler(m_previous);
    if (current != record)
        qInstallMessageHandler(current);
    m_installed = false;
    g_installed = nullptr;
}

QStringList SecretGuard::messages() const
{
    QMutexLocker locker(&m_mutex);
    return m_messages;
}

void SecretGuard::verifyNothingLeaked() const
{
    for (const QString& message : messages()) {
        for (const auto& [secret, failure] : m_secrets)
            QVERIFY2(!message.contains(secret), failure.constData());
    }
}

void SecretGuard::record(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    SecretGuard* guard = g_installed;
    if (!guard)
        return;
    {
        QMutexLocker locker(&guard->m_mutex);
        guard->m_messages.append(message);
    }
    if (guard->m_previous)
        guard->m_previous(type, context, message);
}
