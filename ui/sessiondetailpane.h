// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/session.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class StaleBadge;
struct SessionSnapshot;

// Every field of the selected session and its full SQL, wrapped, monospaced and highlighted.
// When the session ends, the pane keeps its last known state and says that it ended, rather than
// silently showing another row.
class SessionDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDetailPane(QWidget* parent = nullptr);
    ~SessionDetailPane() override;

    // `snapshot`, when given, is the one the session belongs to: its lock waits are described.
    void showSession(const Session& session, const SessionSnapshot* snapshot = nullptr);
    // The session shown is gone from the latest snapshot.
    void markEnded();
    void clear();
    // Offers "Kill the blocker" on sessions caught in a lock wait (where kills are allowed).
    void setKillAvailable(bool available);
    QToolButton* killBlockerButton() const { return m_killBlocker; }

    std::optional<qint64> sessionId() const { return m_sessionId; }
    bool isEnded() const { return m_ended; }
    QString sqlText() const;
    QString noticeText() const;
    // The figures shown are from the last good snapshot, taken at `lastGoodMs` (0: they are current).
    void setStaleSince(qint64 lastGoodMs);
    bool isStaleShown() const;
    // "Waiting for a lock held by session 123 (app_rw, idle in transaction for 40 s) on `shop`.`orders`",
    // "Blocks 7 session(s)", "none", or that the source does not report locks.
    static QString lockText(const Session& session, const SessionSnapshot* snapshot);

    // Server-side truncation (performance_schema / PROCESSLIST limits) leaves statements cut at
    // these lengths.
    static bool looksTruncated(const QString& sql);
    // A time in seconds as the pane shows it: "4,933 s (1 h 22 m)".
    static QString seconds(qint64 value);

signals:
    // The user asks to kill the session that holds the lock: this one, or the one it waits for.
    void killBlockerRequested(qint64 sessionId);

private:
    void updateKillBlocker();

    QLabel* m_notice;
    QLabel* m_title;
    QFormLayout* m_form;
    QList<QLabel*> m_values;
    QPlainTextEdit* m_sql;
    // The statement as the server sent it (the editor shows its control characters escaped).
    QString m_sqlText;
    QWidget* m_content = nullptr;
    StaleBadge* m_staleBadge = nullptr;
    std::optional<qint64> m_sessionId;
    bool m_ended = false;
    QToolButton* m_killBlocker;
    bool m_killAvailable = false;
    // The session "Kill the blocker" would kill; 0 when the shown session is in no lock wait.
    qint64 m_blocker = 0;
};
