// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "profiles/instanceprofile.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QWidget;

// The "Alerts" part of the instance dialog: one row per kind of rule (on or off, its threshold, and
// for users, clients and databases the one name watched), and how many snapshots in a row raise and
// clear an alert. Every rule starts off, with a threshold that suits most instances. The rows fold
// away under a one-line summary of what is on.
class AlertRulesEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit AlertRulesEditor(QWidget* parent = nullptr);

    // Shows `profile`'s rules; kinds it has none of show the default threshold, off.
    void setProfile(const InstanceProfile& profile);
    // Writes the rows into `profile`: a kind's first rule is the row, further rules of a kind (from
    // an imported file) stay as they are; a row left off at its defaults adds nothing.
    void applyTo(InstanceProfile& profile) const;

    QCheckBox* enabledBox(AlertRule::Kind kind) const { return m_rows.value(kind).enabled; }
    QSpinBox* thresholdSpin(AlertRule::Kind kind) const { return m_rows.value(kind).threshold; }
    // Users, clients and databases only.
    QLineEdit* keyEdit(AlertRule::Kind kind) const { return m_rows.value(kind).key; }
    QSpinBox* consecutiveSpin() const { return m_consecutive; }
    QLabel* summaryLabel() const { return m_summary; }
    void setExpanded(bool expanded);

signals:
    void edited();

private:
    struct Row
    {
        QCheckBox* enabled = nullptr;
        QSpinBox* threshold = nullptr;
        QLineEdit* key = nullptr;
    };
    AlertRule ruleOf(AlertRule::Kind kind) const;
    void updateSummary();

    QMap<AlertRule::Kind, Row> m_rows;
    QSpinBox* m_consecutive;
    QLabel* m_summary;
    QToolButton* m_expand;
    QWidget* m_details;
};
