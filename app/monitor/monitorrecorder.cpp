// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorrecorder.h"

#include "instancemonitor.h"
#include "recording/recorder.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

MonitorRecorder::MonitorRecorder(InstanceMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_recorder(new Recording::Recorder(this))
    , m_directory(defaultDirectory())
{
    const auto live = [this] { return m_monitor->source() && !m_monitor->source()->showsThePast(); };
    connect(m_monitor, &InstanceMonitor::snapshotChanged, this, [this, live](const SnapshotPtr& snapshot) {
        if (snapshot && live())
            m_recorder->record(snapshot);
    });
    connect(m_monitor, &InstanceMonitor::errorOccurred, this, [this, live](const FetchError& error) {
        if (!live() || !m_profile)
            return;
        m_recorder->recordFailure(
            QDateTime::currentMSecsSinceEpoch(), m_profile->instanceId, m_profile->nodeId, error.message());
    });
    connect(
        m_recorder, &Recording::Recorder::written, this, [this](const QString& path, qint64) { emit written(path); });
    connect(m_recorder, &Recording::Recorder::failed, this, &MonitorRecorder::failed);
}

MonitorRecorder::~MonitorRecorder() = default;

QString MonitorRecorder::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recordings"));
}

void MonitorRecorder::setDirectory(const QString& directory)
{
    m_directory = directory;
}

void MonitorRecorder::setProfile(const std::optional<InstanceProfile>& profile)
{
    const bool was = isRecording();
    m_profile = profile;
    m_recorder->stop();
    if (profile && profile->record.enabled && !profile->record.file.isEmpty()) {
        m_recorder->startFile(profile->record.file);
    } else if (profile && profile->record.enabled) {
        Recording::RetentionPolicy policy;
        policy.keepDays = profile->record.keepDays;
        policy.keepBytes = qint64(profile->record.keepMegabytes) * 1024 * 1024;
        m_recorder->start(m_directory, profile->target(), policy);
    }
    if (isRecording() != was)
        emit recordingChanged(isRecording());
}

bool MonitorRecorder::isRecording() const
{
    return m_recorder->isRecording();
}
