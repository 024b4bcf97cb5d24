// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaysource.h"

#include "recording/asyncreader.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

ReplaySource::ReplaySource(QObject* parent)
    : SessionSource(parent)
    , m_reader(new Recording::AsyncReader(this))
{
    connect(m_reader, &Recording::AsyncReader::opened, this,
        [this](const QList<Recording::Entry>& entries, const QString& warning) {
            m_entries = entries;
            m_error = warning;
            m_position = 0;
            emit opened();
        });
    connect(m_reader, &Recording::AsyncReader::openFailed, this, [this](const QString& error) {
        m_error = error;
        emit openFailed(error);
    });
    connect(m_reader, &Recording::AsyncReader::snapshotRead, this, &ReplaySource::onRead);
    connect(m_reader, &Recording::AsyncReader::readFailed, this, &ReplaySource::onReadFailed);
}

ReplaySource::~ReplaySource() = default;

void ReplaySource::open(const QString& path)
{
    m_path = path;
    m_entries.clear();
    m_error.clear();
    m_reader->open(path);
}

void ReplaySource::setPosition(int index)
{
    if (m_entries.isEmpty())
        return;
    const int position = std::clamp(index, 0, int(m_entries.size()) - 1);
    if (position == m_position)
        return;
    m_position = position;
    // The fetch under way reports this position, not the one it started for.
    if (m_pending)
        request();
}

int ReplaySource::positionAt(qint64 atMs) const
{
    const auto after = std::upper_bound(m_entries.cbegin(), m_entries.cend(), atMs,
        [](qint64 at, const Recording::Entry& entry) { return at < entry.takenAtMs; });
    return std::max(0, int(after - m_entries.cbegin()) - 1);
}

void ReplaySource::readMoment(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const Recording::Entry& entry = m_entries.at(index);
    if (!entry.ok) {
        QTimer::singleShot(0, this, [this, index, error = entry.error] {
            emit momentFailed(index, tr("When this was recorded the fetch failed: %1").arg(error));
        });
        return;
    }
    m_asides.insert(m_reader->readAside(entry.id), index);
}

void ReplaySource::fetch()
{
    if (m_pending || m_entries.isEmpty())
        return;
    m_pending = true;
    request();
}

void ReplaySource::cancel()
{
    m_pending = false;
    m_request = 0;
}

QString ReplaySource::target() const
{
    const QString instance = m_entries.isEmpty() ? QString() : m_entries.constFirst().instanceId;
    return instance.isEmpty() ? tr("recording %1").arg(QFileInfo(m_path).fileName())
                              : tr("%1, recorded in %2").arg(instance, QFileInfo(m_path).fileName());
}

void ReplaySource::request()
{
    const Recording::Entry& entry = m_entries.at(m_position);
    if (entry.ok) {
        m_request = m_reader->read(entry.id);
        return;
    }
    // A recorded failure needs no read; reported from the event loop, as every source does.
    m_request = 0;
    const int position = m_position;
    QTimer::singleShot(0, this, [this, position] {
        if (!m_pending || m_request != 0 || m_position != position)
            return;
        m_pending = false;
        FetchError error(FetchError::Category::TaskFailed, QStringLiteral("RecordedFailure"),
            tr("When this was recorded the fetch failed: %1").arg(m_entries.at(position).error));
        error.setHint(tr("Move to another moment of the recording."));
        emit fetchFailed(error);
    });
}

void ReplaySource::onRead(quint64 serial, const SessionSnapshot& snapshot)
{
    if (const auto aside = m_asides.constFind(serial); aside != m_asides.constEnd()) {
        const int index = *aside;
        m_asides.erase(aside);
        emit momentRead(index, SessionSnapshot::create(SessionSnapshot(snapshot)));
        return;
    }
    if (!m_pending || serial != m_request)
        return;
    m_pending = false;
    m_request = 0;
    emit snapshotReady(SessionSnapshot::create(SessionSnapshot(snapshot)));
}

void ReplaySource::onReadFailed(quint64 serial, const QString& message)
{
    if (const auto aside = m_asides.constFind(serial); aside != m_asides.constEnd()) {
        const int index = *aside;
        m_asides.erase(aside);
        emit momentFailed(index, message);
        return;
    }
    if (!m_pending || serial != m_request)
        return;
    m_pending = false;
    m_request = 0;
    FetchError error(FetchError::Category::MalformedResponse, QStringLiteral("RecordingUnreadable"), message);
    error.setHint(tr("This moment of the recording cannot be read; others may."));
    emit fetchFailed(error);
}
