// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/instanceprofile.h"

#include <QObject>

#include <optional>

class InstanceMonitor;
namespace Recording {
class Recorder;
}

// "Record" for the instance being watched: while its profile says so, every snapshot and failed
// fetch the monitor gets is handed to a Recording::Recorder, which writes them off this thread into
// one file per day under directory() and keeps the profile's retention. A recording being replayed
// is never recorded again.
class MonitorRecorder : public QObject
{
    Q_OBJECT

public:
    explicit MonitorRecorder(InstanceMonitor* monitor, QObject* parent = nullptr);
    ~MonitorRecorder() override;

    // Where the files go: QStandardPaths::AppDataLocation/recordings unless set.
    void setDirectory(const QString& directory);
    QString directory() const { return m_directory; }
    static QString defaultDirectory();

    // The profile now watched (none: nothing is); recording follows its settings.
    void setProfile(const std::optional<InstanceProfile>& profile);
    bool isRecording() const;
    Recording::Recorder* recorder() const { return m_recorder; }

signals:
    void recordingChanged(bool recording);
    // A snapshot is on disk, in `path`.
    void written(const QString& path);
    void failed(const QString& error);

private:
    InstanceMonitor* m_monitor;
    Recording::Recorder* m_recorder;
    QString m_directory;
    std::optional<InstanceProfile> m_profile;
};
