// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ElidedLabel;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class SessionFilterProxy;

// The controls above the session table: a debounced text filter (plain or regular expression),
// "Active only", "Idle in transaction", and one removable chip per value filter and drill-down.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    FilterBar(SessionFilterProxy* proxy, QWidget* parent = nullptr);
    ~FilterBar() override;

    void focusSearch();
    // The drill-down chip: "User = app_rw · 12 threads", plus what the session list lacks.
    void setDrillDownLabel(const QString& label);
    // Re-reads the proxy: chips and counts.
    void refresh();

    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* activeOnlyBox() const { return m_activeOnly; }
    QCheckBox* idleInTransactionBox() const { return m_idleInTransaction; }
    QCheckBox* blockersBox() const { return m_blockers; }
    QCheckBox* hideSystemBox() const { return m_hideSystem; }
    // The Blockers filter is offered only where the source reports lock waits.
    void setLockFilterAvailable(bool available);
    QStringList chipTexts() const;
    // Why the pattern was refused; empty while it is valid.
    QString patternError() const;
    // Offers "Kill these N sessions" beside the drill-down chip (where kills are allowed).
    void setKillAvailable(bool available);
    QToolButton* killDrillDownButton() const { return m_killDrillDown; }

signals:
    void killDrillDownRequested();

private:
    void applyText();
    void rebuildChips();

    SessionFilterProxy* m_proxy;
    QLineEdit* m_search;
    QCheckBox* m_regex;
    QCheckBox* m_activeOnly;
    QCheckBox* m_idleInTransaction;
    QCheckBox* m_blockers;
    QCheckBox* m_hideSystem;
    QHBoxLayout* m_chips;
    ElidedLabel* m_error;
    QTimer* m_debounce;
    QString m_drillDownLabel;
    QToolButton* m_killDrillDown = nullptr;
    bool m_killAvailable = false;
};
