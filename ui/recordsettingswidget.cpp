// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsettingswidget.h"

#include "monitor/monitorrecorder.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

RecordSettingsWidget::RecordSettingsWidget(QWidget* parent)
    : QGroupBox(tr("Recording"), parent)
    , m_enabled(new QCheckBox(tr("Re&cord this instance while it is watched"), this))
    , m_file(new QLineEdit(this))
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
    m_file->setObjectName(QStringLiteral("recordFile"));
    m_file->setPlaceholderText(tr("one file a day (below)"));
    m_file->setToolTip(tr("Record into this one file instead, whatever the day; it is continued if it exists "
                          "and never removed"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Record into"), m_file->text(),
            tr("SessionScope recordings (*.ssrec);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_file->setText(QDir::toNativeSeparators(path));
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("Keep at most:"), m_keepDays);
    form->addRow(tr("and at most:"), m_keepMegabytes);
    form->addRow(where);
    connect(m_enabled, &QCheckBox::toggled, this, &RecordSettingsWidget::updateEnabled);
    connect(m_file, &QLineEdit::textChanged, this, &RecordSettingsWidget::updateEnabled);
    setSettings({});
}

void RecordSettingsWidget::updateEnabled()
{
    // Days and megabytes are about the files of each day; a named file is kept whole.
    const bool daily = m_enabled->isChecked() && m_file->text().trimmed().isEmpty();
    m_keepDays->setEnabled(daily);
    m_keepMegabytes->setEnabled(daily);
}

void RecordSettingsWidget::setSettings(const InstanceProfile::RecordSettings& settings)
{
    m_enabled->setChecked(settings.enabled);
    m_keepDays->setValue(settings.keepDays);
    m_keepMegabytes->setValue(settings.keepMegabytes);
    m_file->setText(QDir::toNativeSeparators(settings.file));
    updateEnabled();
}

InstanceProfile::RecordSettings RecordSettingsWidget::settings() const
{
    InstanceProfile::RecordSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.keepDays = m_keepDays->value();
    settings.keepMegabytes = m_keepMegabytes->value();
    settings.file = QDir::fromNativeSeparators(m_file->text().trimmed());
    return settings;
}
