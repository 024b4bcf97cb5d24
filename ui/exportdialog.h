// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QRadioButton;

// Asks what to export and where: all sessions of the snapshot or only the rows shown, the sessions
// CSV's path, and whether the statistics CSV goes beside it. Show it with open(): it is window-modal
// without a nested event loop, so refreshes go on while it is open. The folder chosen last is
// suggested next time.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `shownCount` rows of the snapshot's `sessionCount` sessions are shown; `fileName` is the name
    // suggested for the sessions CSV.
    // `locksAvailable`: the source reports lock waits, so they can be written too.
    ExportDialog(int sessionCount, int shownCount, const QString& fileName, bool locksAvailable = false,
        QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Where an export is proposed: the last export's folder, Documents or home, whichever exists
    // first.
    static QString proposedDirectory();

    QString sessionsPath() const;
    // Beside the sessions CSV, "-sessions.csv" becoming "-stats.csv"; empty when not wanted.
    QString statsPath() const;
    bool onlyShownRows() const;
    // Beside the sessions CSV, "-sessions.csv" becoming "-locks.csv"; empty when not wanted.
    QString locksPath() const;
    // Beside the sessions CSV, "-sessions.csv" becoming "-statements.csv"; empty when not wanted.
    QString statementsPath() const;

    // The widgets, for tests.
    QLineEdit* pathEdit() const { return m_path; }
    QRadioButton* allSessionsButton() const { return m_all; }
    QRadioButton* shownRowsButton() const { return m_shown; }
    QCheckBox* statsCheckBox() const { return m_stats; }
    QCheckBox* locksCheckBox() const { return m_locks; }
    QCheckBox* statementsCheckBox() const { return m_statements; }

signals:
    // On Save, when a path was given.
    void exportRequested(
        const QString& sessionsPath, const QString& statsPath, bool onlyShownRows, const QString& locksPath);

private:
    void browse();
    // "<name>-<kind>.csv" beside the sessions CSV.
    QString besideSessions(const QString& kind) const;
    void onAccepted();

    QRadioButton* m_all;
    QRadioButton* m_shown;
    QCheckBox* m_stats;
    QCheckBox* m_locks;
    QCheckBox* m_statements;
    bool m_locksAvailable = false;
    QLineEdit* m_path;
};
