// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"

#include <QObject>
#include <QUrl>

class InstanceProfile;
class QProcess;

// Starts the DAS emulator that ships with SessionScope on loopback, with an AccessKey made up for
// this run only, so that a newcomer can watch a busy instance without an Alibaba Cloud account.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QObject* parent = nullptr);
    ~DemoLauncher() override;

    // Where das-emulator is looked for: beside the executable, in the build tree (app/emulator), in
    // libexec/sessionscope beside the installed executable, then in /usr/libexec/sessionscope.
    static QString findEmulator();
    // The unsaved profile under which the window watches the emulator listening at `endpoint`.
    static InstanceProfile demoProfile(const QUrl& endpoint);

    void start();
    bool isRunning() const;
    QUrl endpoint() const { return m_endpoint; }
    AccessKey accessKey() const { return m_key; }

signals:
    void ready(const QUrl& endpoint, const AccessKey& key);
    void failed(const QString& message);

private:
    QProcess* m_process = nullptr;
    QByteArray m_output;
    QUrl m_endpoint;
    AccessKey m_key;
};
