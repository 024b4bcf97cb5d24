// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/instanceprofile.h"

#include <QGroupBox>

class QCheckBox;
class QSpinBox;

// The "Recording" part of an instance's settings: whether the window records the instance while
// it is watched, and how much of it is kept (days, megabytes).
class RecordSettingsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecordSettingsWidget(QWidget* parent = nullptr);

    void setSettings(const InstanceProfile::RecordSettings& settings);
    InstanceProfile::RecordSettings settings() const;

    QCheckBox* enabledBox() const { return m_enabled; }
    QSpinBox* keepDaysBox() const { return m_keepDays; }
    QSpinBox* keepMegabytesBox() const { return m_keepMegabytes; }

private:
    QCheckBox* m_enabled;
    QSpinBox* m_keepDays;
    QSpinBox* m_keepMegabytes;
};
