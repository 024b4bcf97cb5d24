// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/instanceprofile.h"

#include <QAction>

#include <optional>

class InstanceController;
class InstanceMonitor;
class MonitorRecorder;
class ProfileStore;

// The window's "Record" toggle: on while the instance watched is being recorded. Turning it on or
// off changes the instance's profile (saved, so it holds next time) and starts or stops recording at
// once; the instance dialog's Recording settings say the same.
class RecordAction : public QAction
{
    Q_OBJECT

public:
    RecordAction(InstanceMonitor* monitor, QObject* parent = nullptr);

    // Follows the instance the controller opens, and saves the toggle into its profile in `store`.
    void attach(ProfileStore* store, InstanceController* controller);
    MonitorRecorder* recorder() const { return m_recorder; }

private:
    void setProfile(const std::optional<InstanceProfile>& profile);
    void onToggled(bool on);
    void updateText();

    MonitorRecorder* m_recorder;
    ProfileStore* m_store = nullptr;
    std::optional<InstanceProfile> m_profile;
    QString m_lastFile;
};
