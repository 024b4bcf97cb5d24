// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordaction.h"

#include "monitor/instancecontroller.h"
#include "monitor/monitorrecorder.h"
#include "profiles/profilestore.h"

#include <QDir>

RecordAction::RecordAction(InstanceMonitor* monitor, QObject* parent)
    : QAction(tr("Record"), parent)
    , m_recorder(new MonitorRecorder(monitor, this))
{
    setObjectName(QStringLiteral("recordAction"));
    setCheckable(true);
    setEnabled(false);
    connect(this, &QAction::triggered, this, &RecordAction::onToggled);
    connect(m_recorder, &MonitorRecorder::written, this, [this](const QString& path) {
        m_lastFile = path;
        updateText();
    });
    connect(m_recorder, &MonitorRecorder::failed, this,
        [this](const QString& error) { setToolTip(tr("Recording failed: %1").arg(error)); });
    updateText();
}

void RecordAction::attach(ProfileStore* store, InstanceController* controller)
{
    m_store = store;
    connect(controller, &InstanceController::currentChanged, this, &RecordAction::setProfile);
}

void RecordAction::setProfile(const std::optional<InstanceProfile>& profile)
{
    m_profile = profile;
    m_lastFile.clear();
    setEnabled(profile.has_value());
    setChecked(profile && profile->record.enabled);
    m_recorder->setProfile(profile);
    updateText();
}

void RecordAction::onToggled(bool on)
{
    if (!m_profile)
        return;
    m_profile->record.enabled = on;
    // A saved profile remembers it; the demo and --instance record only this time.
    if (m_store && !m_profile->id.isNull() && m_store->profile(m_profile->id)) {
        InstanceProfile stored = *m_store->profile(m_profile->id);
        stored.record.enabled = on;
        m_store->update(stored);
    }
    m_recorder->setProfile(m_profile);
    updateText();
}

void RecordAction::updateText()
{
    const QString named = m_profile ? m_profile->record.file : QString();
    if (!isChecked()) {
        setToolTip(named.isEmpty()
                ? tr("Record every snapshot of this instance into %1, one file a day")
                      .arg(QDir::toNativeSeparators(m_recorder->directory()))
                : tr("Record every snapshot of this instance into %1").arg(QDir::toNativeSeparators(named)));
        return;
    }
    setToolTip(m_lastFile.isEmpty() ? tr("Recording into %1").arg(QDir::toNativeSeparators(m_recorder->directory()))
                                    : tr("Recording into %1").arg(QDir::toNativeSeparators(m_lastFile)));
}
