// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class FetchError;
class QLabel;
class QPushButton;

// A non-modal strip above the sessions that names the service's error code, says what to do, and
// offers the one action that helps (retry, or resume after fixing credentials).
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    // `staleSinceMs` is when the last good snapshot arrived (0: there is none); `paused` says that
    // auto-refresh stopped because of this error.
    void showError(const FetchError& error, qint64 staleSinceMs, bool paused);
    void updateAge(qint64 staleSinceMs);
    QString text() const;

signals:
    void retryRequested();
    void resumeRequested();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_age;
    QPushButton* m_retry;
    QPushButton* m_resume;
};
