// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/instanceprofile.h"

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QSpinBox;

// The "Recording" part of an instance's settings: whether the window records the instance while
// it is watched, into one file a day (and how much of it is kept: days, megabytes) or into a file
// the user names.
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
    QLineEdit* fileEdit() const { return m_file; }

private:
    void updateEnabled();

    QCheckBox* m_enabled;
    QLineEdit* m_file;
    QSpinBox* m_keepDays;
    QSpinBox* m_keepMegabytes;
};
