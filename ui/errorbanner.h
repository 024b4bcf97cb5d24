// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class ElidedLabel;
class FetchError;
class QLabel;
class QPushButton;

// A non-modal strip above the sessions that names the service's error code, says what to do, and
// offers the one action that helps (retry, or resume after fixing credentials). It is three lines
// high whatever the message: long texts are elided, and "Details" shows them whole, so a message
// never moves or squeezes the views below it.
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
    // The whole message, as "Details" shows it.
    QString text() const;
    QPushButton* detailsButton() const { return m_details; }

signals:
    void retryRequested();
    void resumeRequested();

private:
    void showDetails();

    QLabel* m_icon;
    ElidedLabel* m_summary;
    ElidedLabel* m_hint;
    ElidedLabel* m_age;
    QPushButton* m_details;
    QPushButton* m_retry;
    QPushButton* m_resume;
};
