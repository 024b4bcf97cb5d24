// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsettingswidget.h"

#include "monitor/monitorrecorder.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

RecordSettingsWidget::RecordSettingsWidget(QWidget* parent)
    : QGroupBox(tr("Recording"), parent)
    , m_enabled(new QCheckBox(tr("Re&cord this instance while it is watched"), this))
    , m_keepDays(new QSpinBox(this))
    , m_keepMegabytes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("recordSettings"));
    m_enabled->setObjectName(QStringLiteral("recordEnabledBox"));
    m_keepDays->setObjectName(QStringLiteral("recordKeepDays"));
    m_keepDays->setRange(1, InstanceProfile::RecordSettings::MaxKeepDays);
    m_keepDays->setSuffix(tr(" days"));
    m_keepMegabytes->setObjectName(QStringLiteral("recordKeepMegabytes"));
    m_keepMegabytes->setRange(1, InstanceProfile::RecordSettings::MaxKeepMegabytes);
    m_keepMegabytes->setSuffix(tr(" MB"));
    auto* where = new QLabel(tr("One file a day in %1; the oldest are removed first.")
                                 .arg(QDir::toNativeSeparators(MonitorRecorder::defaultDirectory())),
        this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Keep at most:"), m_keepDays);
    form->addRow(tr("and at most:"), m_keepMegabytes);
    form->addRow(where);
    const auto follow = [this](bool on) {
        m_keepDays->setEnabled(on);
        m_keepMegabytes->setEnabled(on);
    };
    connect(m_enabled, &QCheckBox::toggled, this, follow);
    setSettings({});
}

void RecordSettingsWidget::setSettings(const InstanceProfile::RecordSettings& settings)
{
    m_enabled->setChecked(settings.enabled);
    m_keepDays->setValue(settings.keepDays);
    m_keepMegabytes->setValue(settings.keepMegabytes);
    m_keepDays->setEnabled(settings.enabled);
    m_keepMegabytes->setEnabled(settings.enabled);
}

InstanceProfile::RecordSettings RecordSettingsWidget::settings() const
{
    InstanceProfile::RecordSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.keepDays = m_keepDays->value();
    settings.keepMegabytes = m_keepMegabytes->value();
    return settings;
}
