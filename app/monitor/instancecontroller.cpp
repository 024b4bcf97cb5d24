// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancecontroller.h"

#include "credentials/credentialresolver.h"
#include "instancemonitor.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"

InstanceController::InstanceController(InstanceMonitor* monitor, KeychainStore* keychain, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_resolver(new CredentialResolver(keychain, this))
{
    connect(m_resolver, &CredentialResolver::resolved, this, [this](const CredentialResolver::Result& result) {
        if (result.requestId != m_pendingRequest || !m_current)
            return;
        m_pendingRequest = 0;
        if (!result.isValid()) {
            emit credentialProblem(result.error);
            return;
        }
        start(*m_current, result.credential, result.originText);
    });
}

InstanceController::~InstanceController() = default;

void InstanceController::open(const InstanceProfile& profile)
{
    close();
    m_current = profile;
    emit currentChanged(m_current);
    m_pendingRequest = profile.source == InstanceProfile::Source::MySql
        ? m_resolver->resolveLogin(profile.credential, profile.databaseUser)
        : m_resolver->resolve(profile.credential);
}

void InstanceController::open(const InstanceProfile& profile, const Credential& credential)
{
    close();
    m_current = profile;
    emit currentChanged(m_current);
    start(profile, credential, tr("given at start"));
}

void InstanceController::close()
{
    m_pendingRequest = 0;
    m_origin.clear();
    m_monitor->setSource(nullptr);
    if (m_current) {
        m_current.reset();
        emit currentChanged(m_current);
    }
}

void InstanceController::start(const InstanceProfile& profile, const Credential& credential, const QString& origin)
{
    SourceFactory::Created created = SourceFactory::create(profile, credential, m_fetchOptions);
    if (!created.source) {
        emit credentialProblem(created.error);
        return;
    }
    m_origin = origin;
    m_monitor->setSource(created.source.release());
    m_monitor->setRefreshIntervalMs(profile.refreshIntervalMs);
    m_monitor->refreshNow();
    emit opened(origin);
}
