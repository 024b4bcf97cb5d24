// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <utility>

// Catches secrets in log output: while installed it records every message logged through qDebug,
// qWarning and the rest (and passes each on, so that a failing run explains itself); afterwards
// verifyNothingLeaked() fails the running test if a recorded message contains a watched value. One
// guard is installed at a time.
class SecretGuard
{
public:
    SecretGuard() = default;
    ~SecretGuard();
    SecretGuard(const SecretGuard&) = delete;
    SecretGuard& operator=(const SecretGuard&) = delete;

    // `what` names the value in the failure ("a token"); the value itself is never printed.
    void watch(const QString& secret, const char* what = "a secret");
    void install();
    // Restores the handler that was installed before, unless another has replaced this guard's since;
    // the recorded messages stay. The destructor does the same.
    void uninstall();

    QStringList messages() const;
    // Fails the running test (QVERIFY2) at the first recorded message that contains a watched value.
    void verifyNothingLeaked() const;

private:
    static void record(QtMsgType type, const QMessageLogContext& context, const QString& message);

    mutable QMutex m_mutex;
    QStringList m_messages;
    QList<std::pair<QString, QByteArray>> m_secrets;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};
