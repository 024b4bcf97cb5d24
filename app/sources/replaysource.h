// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording/recording.h"
#include "sessionsource.h"

namespace Recording {
class AsyncReader;
}

// A recording, watched as if it were an instance: each fetch() reports the snapshot at the current
// position (or, where a fetch failed when it was recorded, that failure), so every view of the
// window shows that moment. It can do nothing to the instance: no kill, whatever was recorded.
// The file is opened and every moment rebuilt on a thread of its own (Recording::AsyncReader);
// when the position moves while a moment is being rebuilt, the fetch reports the newest position.
class ReplaySource : public SessionSource
{
    Q_OBJECT

public:
    explicit ReplaySource(QObject* parent = nullptr);
    ~ReplaySource() override;

    // Starts opening the recording: opened() when it is listed, openFailed() when it cannot be
    // read at all. A damaged recording opens with a warning in error().
    void open(const QString& path);
    bool isOpen() const { return !m_entries.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    const QList<Recording::Entry>& entries() const { return m_entries; }
    int position() const { return m_position; }
    // Moves to entries()[index]; the fetch running, or else the next one, reports it.
    void setPosition(int index);
    // The entry taken at or just before `atMs` (the first one when all are later).
    int positionAt(qint64 atMs) const;

    // Rebuilds the moment entries()[index] beside the one watched: momentRead() or momentFailed().
    void readMoment(int index);

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_pending; }
    QString target() const override;
    bool showsThePast() const override { return true; }

signals:
    void opened();
    void openFailed(const QString& error);
    void momentRead(int index, const SnapshotPtr& snapshot);
    void momentFailed(int index, const QString& error);

private:
    void request();
    void onRead(quint64 serial, const SessionSnapshot& snapshot);
    void onReadFailed(quint64 serial, const QString& error);

    Recording::AsyncReader* m_reader;
    QList<Recording::Entry> m_entries;
    QString m_path;
    QString m_error;
    int m_position = 0;
    bool m_pending = false;
    // The read whose answer the running fetch waits for; 0 when it waits for none.
    quint64 m_request = 0;
    // Reads beside the watched moment, by serial: the index each was asked for.
    QHash<quint64, int> m_asides;
};
