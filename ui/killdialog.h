// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/killplan.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

// The preview and confirmation of a kill: exactly the sessions that will be killed, as the latest
// snapshot shows them, those skipped because they are gone, and the system sessions left alone
// unless the user includes them deliberately. Names the instance in words; above ten sessions the
// number must be typed. Asks for the database password when DAS kills as the user's account.
class KillDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        // "prod-orders — instance rm-bp1…, node pi-…", for the heading.
        QString instanceText;
        bool canKillQuery = false;
        // DAS kills as this database account: the password is asked for, and kept in the keychain
        // only when the user asks (where a keychain answers).
        QString databaseUser;
        bool keychainAvailable = false;
    };

    KillDialog(const KillPlan& plan, const Target& target, QWidget* parent = nullptr);
    ~KillDialog() override;

    // The plan as confirmed: scope and deliberately included system sessions.
    const KillPlan& plan() const { return m_plan; }
    // The database account to kill as, when one was asked for.
    std::optional<DatabaseLogin> account() const;

    // The widgets, for tests.
    QTableWidget* table() const { return m_table; }
    QPushButton* killButton() const { return m_kill; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QCheckBox* includeSystemBox() const { return m_includeSystem; }
    QRadioButton* queryOnlyButton() const { return m_queryOnly; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberPasswordBox() const { return m_rememberPassword; }
    // Fills in the password saved in the keychain (the user may still change it).
    void setSavedPassword(const QString& password);
    // The user asked to keep the password in the keychain.
    bool rememberPassword() const;
    QLabel* headingLabel() const { return m_heading; }

private:
    void fillTable();
    void updateState();

    KillPlan m_plan;
    Target m_target;
    QLabel* m_heading;
    QLabel* m_summary;
    QRadioButton* m_connection;
    QRadioButton* m_queryOnly;
    QTableWidget* m_table;
    QCheckBox* m_includeSystem;
    QLabel* m_confirmationLabel;
    QLineEdit* m_confirmation;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_rememberPassword = nullptr;
    QPushButton* m_kill;
};
