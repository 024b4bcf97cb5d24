// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolauncher.h"

#include "das/dasclient.h"
#include "profiles/instanceprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

DemoLauncher::DemoLauncher(QObject* parent)
    : QObject(parent)
{ }

DemoLauncher::~DemoLauncher()
{
    // The emulator holds nothing worth a graceful stop; it is killed and reaped here, so that no
    // child outlives the window even for a moment.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

QString DemoLauncher::findEmulator()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates {
        here.filePath(QStringLiteral("das-emulator")),
        here.filePath(QStringLiteral("../app/emulator/das-emulator")),
        here.filePath(QStringLiteral("../libexec/sessionscope/das-emulator")),
        QStringLiteral("/usr/libexec/sessionscope/das-emulator"),
    };
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

InstanceProfile DemoLauncher::demoProfile(const QUrl& endpoint)
{
    InstanceProfile demo;
    demo.displayName = tr("Demo (local emulator)");
    demo.instanceId = QStringLiteral("rm-demo");
    demo.endpointKind = InstanceProfile::EndpointKind::Custom;
    demo.customEndpoint = endpoint;
    demo.refreshIntervalMs = 5000;
    return demo;
}

bool DemoLauncher::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_endpoint.isValid();
}

void DemoLauncher::start()
{
    if (isRunning()) {
        emit ready(m_endpoint, m_key);
        return;
    }
    // Still starting: its ready() or failed() is on the way.
    if (m_process && m_process->state() != QProcess::NotRunning)
        return;
    const QString program = findEmulator();
    if (program.isEmpty()) {
        emit failed(tr("The demo needs das-emulator, which ships with SessionScope; it was not found beside "
                       "SessionScope or in libexec/sessionscope."));
        return;
    }
    m_key = AccessKey {QStringLiteral("LTAIdemo") + QString::fromLatin1(DasClient::newNonce().left(12)),
        QString::fromLatin1(DasClient::newNonce()), {}};
    m_output.clear();
    delete m_process;
    m_process = new QProcess(this);
    // The key reaches the emulator through its environment, not its command line, which other
    // users of the machine can read.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), m_key.id);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), m_key.secret);
    environment.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    m_process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // Ends with SessionScope even when SessionScope is killed and never runs its destructors.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        const QByteArray prefix = "das-emulator listening on ";
        const qsizetype start = m_output.indexOf(prefix);
        const qsizetype end = m_output.indexOf('\n', start);
        if (start < 0 || end < 0 || m_endpoint.isValid())
            return;
        m_endpoint
            = QUrl(QString::fromLatin1(m_output.mid(start + prefix.size(), end - start - prefix.size()).trimmed()));
        emit ready(m_endpoint, m_key);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_endpoint.isValid())
            emit failed(tr("The demo emulator could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code) {
        if (!m_endpoint.isValid())
            emit failed(tr("The demo emulator stopped at once (exit status %1).").arg(code));
        m_endpoint.clear();
    });
    m_process->start(program, {QStringLiteral("--port"), QStringLiteral("0")});
}
