// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertruleseditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString rowText(AlertRule::Kind kind)
{
    using Kind = AlertRule::Kind;
    switch (kind) {
    case Kind::ActiveSessions:
        return AlertRulesEditor::tr("Active sessions above");
    case Kind::LongestActive:
        return AlertRulesEditor::tr("Longest active session above");
    case Kind::IdleInTransaction:
        return AlertRulesEditor::tr("A session idle in a transaction longer than");
    case Kind::UserSessions:
        return AlertRulesEditor::tr("Sessions of one user above");
    case Kind::ClientSessions:
        return AlertRulesEditor::tr("Sessions of one client above");
    case Kind::DatabaseSessions:
        return AlertRulesEditor::tr("Sessions of one database above");
    case Kind::StatementSessions:
        return AlertRulesEditor::tr("Sessions running one statement above");
    case Kind::LockWaits:
        return AlertRulesEditor::tr("Lock waits above");
    case Kind::SourceFailing:
        return AlertRulesEditor::tr("Every fetch failing for longer than");
    }
    return {};
}

bool inSeconds(AlertRule::Kind kind)
{
    return kind == AlertRule::Kind::LongestActive || kind == AlertRule::Kind::IdleInTransaction
        || kind == AlertRule::Kind::SourceFailing;
}

bool takesKey(AlertRule::Kind kind)
{
    return kind == AlertRule::Kind::UserSessions || kind == AlertRule::Kind::ClientSessions
        || kind == AlertRule::Kind::DatabaseSessions;
}

QString kindName(AlertRule::Kind kind)
{
    AlertRule rule;
    rule.kind = kind;
    const QString expression = rule.expression();
    return expression.left(expression.indexOf(QLatin1Char('>')));
}

} // namespace

AlertRulesEditor::AlertRulesEditor(QWidget* parent)
    : QGroupBox(tr("Alerts"), parent)
    , m_consecutive(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_expand(new QToolButton(this))
    , m_details(new QWidget(this))
{
    setObjectName(QStringLiteral("alertRulesEditor"));
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_expand->setObjectName(QStringLiteral("alertRulesExpand"));
    m_expand->setText(tr("Rules…"));
    m_expand->setCheckable(true);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_expand, &QToolButton::toggled, this, &AlertRulesEditor::setExpanded);

    auto* grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    int line = 0;
    for (const AlertRule::Kind kind : AlertRule::kinds()) {
        Row row;
        row.enabled = new QCheckBox(rowText(kind), m_details);
        row.enabled->setObjectName(QStringLiteral("alertEnabled_") + kindName(kind));
        row.threshold = new QSpinBox(m_details);
        row.threshold->setObjectName(QStringLiteral("alertThreshold_") + kindName(kind));
        row.threshold->setRange(0, 1'000'000'000);
        row.threshold->setGroupSeparatorShown(true);
        if (inSeconds(kind))
            //: Unit suffix of an alert threshold in seconds; keep the leading space if the language uses one.
            row.threshold->setSuffix(tr(" s"));
        row.threshold->setValue(int(AlertRule::defaultThreshold(kind)));
        row.threshold->setEnabled(false);
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.threshold, line, 1);
        if (takesKey(kind)) {
            row.key = new QLineEdit(m_details);
            row.key->setObjectName(QStringLiteral("alertKey_") + kindName(kind));
            row.key->setPlaceholderText(tr("the busiest, or a name"));
            row.key->setToolTip(tr("Watch only this one; empty watches whichever has the most sessions"));
            row.key->setEnabled(false);
            grid->addWidget(row.key, line, 2);
            connect(row.key, &QLineEdit::textEdited, this, &AlertRulesEditor::edited);
        }
        if (kind == AlertRule::Kind::LockWaits) {
            auto* note = new QLabel(tr("direct connections only"), m_details);
            note->setEnabled(false);
            grid->addWidget(note, line, 2);
        }
        connect(row.enabled, &QCheckBox::toggled, this, [this, row](bool on) {
            row.threshold->setEnabled(on);
            if (row.key)
                row.key->setEnabled(on);
            updateSummary();
            emit edited();
        });
        connect(row.threshold, &QSpinBox::valueChanged, this, [this] {
            updateSummary();
            emit edited();
        });
        m_rows.insert(kind, row);
        ++line;
    }
    m_consecutive->setObjectName(QStringLiteral("alertConsecutive"));
    m_consecutive->setRange(1, InstanceProfile::MaxAlertConsecutive);
    m_consecutive->setValue(InstanceProfile::DefaultAlertConsecutive);
    m_consecutive->setToolTip(tr("An alert is raised after this many breaching snapshots in a row and cleared after "
                                 "as many clean ones, so a value that flaps around its threshold stays quiet"));
    connect(m_consecutive, &QSpinBox::valueChanged, this, &AlertRulesEditor::edited);
    grid->addWidget(new QLabel(tr("Snapshots in a row that raise or clear an alert"), m_details), line, 0);
    grid->addWidget(m_consecutive, line, 1);
    grid->setColumnStretch(2, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_expand);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    setExpanded(false);
    updateSummary();
}

void AlertRulesEditor::setExpanded(bool expanded)
{
    const QSignalBlocker blocker(m_expand);
    m_expand->setChecked(expanded);
    m_expand->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

void AlertRulesEditor::setProfile(const InstanceProfile& profile)
{
    for (auto row = m_rows.cbegin(); row != m_rows.cend(); ++row) {
        const AlertRule::Kind kind = row.key();
        InstanceProfile::AlertSetting setting;
        setting.rule.kind = kind;
        setting.rule.threshold = AlertRule::defaultThreshold(kind);
        for (const InstanceProfile::AlertSetting& stored : profile.alertRules) {
            if (stored.rule.kind == kind) {
                setting = stored;
                break;
            }
        }
        const QSignalBlocker enabledBlocker(row->enabled);
        const QSignalBlocker thresholdBlocker(row->threshold);
        row->enabled->setChecked(setting.enabled);
        row->threshold->setValue(int(std::min<qint64>(setting.rule.threshold, row->threshold->maximum())));
        row->threshold->setEnabled(setting.enabled);
        if (row->key) {
            row->key->setText(setting.rule.key);
            row->key->setEnabled(setting.enabled);
        }
    }
    const QSignalBlocker blocker(m_consecutive);
    m_consecutive->setValue(profile.alertConsecutive);
    updateSummary();
    // Rules that are on are worth seeing at once.
    setExpanded(!profile.enabledAlertRules().isEmpty());
}

AlertRule AlertRulesEditor::ruleOf(AlertRule::Kind kind) const
{
    const Row row = m_rows.value(kind);
    AlertRule rule;
    rule.kind = kind;
    rule.threshold = row.threshold->value();
    rule.key = row.key ? row.key->text().trimmed() : QString();
    return rule;
}

void AlertRulesEditor::applyTo(InstanceProfile& profile) const
{
    QList<InstanceProfile::AlertSetting> settings;
    QList<AlertRule::Kind> placed;
    const auto rowSetting = [this](AlertRule::Kind kind) {
        return InstanceProfile::AlertSetting {ruleOf(kind), m_rows.value(kind).enabled->isChecked()};
    };
    for (const InstanceProfile::AlertSetting& stored : std::as_const(profile.alertRules)) {
        if (placed.contains(stored.rule.kind)) {
            settings.append(stored);
            continue;
        }
        placed.append(stored.rule.kind);
        settings.append(rowSetting(stored.rule.kind));
    }
    for (const AlertRule::Kind kind : AlertRule::kinds()) {
        if (placed.contains(kind))
            continue;
        const InstanceProfile::AlertSetting setting = rowSetting(kind);
        if (setting.enabled || setting.rule.threshold != AlertRule::defaultThreshold(kind)
            || !setting.rule.key.isEmpty())
            settings.append(setting);
    }
    profile.alertRules = settings;
    profile.alertConsecutive = m_consecutive->value();
}

void AlertRulesEditor::updateSummary()
{
    QStringList on;
    for (const AlertRule::Kind kind : AlertRule::kinds()) {
        if (m_rows.value(kind).enabled->isChecked())
            on.append(ruleOf(kind).text());
    }
    m_summary->setText(on.isEmpty() ? tr("No alert rule is on.") : tr("On: %1").arg(on.join(QStringLiteral("; "))));
}
