// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording/recording.h"
#include "sessionsource.h"

#include <memory>

// A recording, watched as if it were an instance: each fetch() reports the snapshot at the current
// position (or, where a fetch failed when it was recorded, that failure), so every view of the
// window shows that moment. It can do nothing to the instance: no kill, whatever was recorded.
class ReplaySource : public SessionSource
{
    Q_OBJECT

public:
    explicit ReplaySource(QObject* parent = nullptr);
    ~ReplaySource() override;

    // Opens the recording; false with error() when it cannot be read at all. A damaged recording
    // opens with a warning in error().
    bool open(const QString& path);
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    const QList<Recording::Entry>& entries() const { return m_entries; }
    int position() const { return m_position; }
    // Moves to entries()[index]; the next fetch() reports it.
    void setPosition(int index);
    // The entry taken at or just before `atMs` (the first one when all are later).
    int positionAt(qint64 atMs) const;

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_pending; }
    QString target() const override;
    bool showsThePast() const override { return true; }

private:
    void report();

    std::unique_ptr<Recording::Reader> m_reader;
    QList<Recording::Entry> m_entries;
    QString m_path;
    QString m_error;
    int m_position = 0;
    bool m_pending = false;
};
