// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaysource.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

ReplaySource::ReplaySource(QObject* parent)
    : SessionSource(parent)
    , m_reader(std::make_unique<Recording::Reader>())
{ }

ReplaySource::~ReplaySource() = default;

bool ReplaySource::open(const QString& path)
{
    m_path = path;
    if (!m_reader->open(path)) {
        m_error = m_reader->error();
        return false;
    }
    const QString warning = m_reader->error();
    m_entries = m_reader->entries();
    if (m_entries.isEmpty()) {
        m_error = m_reader->error().isEmpty() ? tr("%1 holds no snapshot yet").arg(path) : m_reader->error();
        return false;
    }
    m_error = m_reader->error().isEmpty() ? warning : m_reader->error();
    m_position = 0;
    return true;
}

void ReplaySource::setPosition(int index)
{
    m_position = std::clamp(index, 0, int(m_entries.size()) - 1);
}

int ReplaySource::positionAt(qint64 atMs) const
{
    const auto after = std::upper_bound(m_entries.cbegin(), m_entries.cend(), atMs,
        [](qint64 at, const Recording::Entry& entry) { return at < entry.takenAtMs; });
    return std::max(0, int(after - m_entries.cbegin()) - 1);
}

void ReplaySource::fetch()
{
    if (m_pending || m_entries.isEmpty())
        return;
    m_pending = true;
    // Reported from the event loop, as every source does.
    QTimer::singleShot(0, this, &ReplaySource::report);
}

void ReplaySource::cancel()
{
    m_pending = false;
}

QString ReplaySource::target() const
{
    const QString instance = m_entries.isEmpty() ? QString() : m_entries.constFirst().instanceId;
    return instance.isEmpty() ? tr("recording %1").arg(QFileInfo(m_path).fileName())
                              : tr("%1, recorded in %2").arg(instance, QFileInfo(m_path).fileName());
}

void ReplaySource::report()
{
    if (!m_pending)
        return;
    m_pending = false;
    const Recording::Entry& entry = m_entries.at(m_position);
    if (!entry.ok) {
        FetchError error(FetchError::Category::TaskFailed, QStringLiteral("RecordedFailure"),
            tr("When this was recorded the fetch failed: %1").arg(entry.error));
        error.setHint(tr("Move to another moment of the recording."));
        emit fetchFailed(error);
        return;
    }
    std::optional<SessionSnapshot> snapshot = m_reader->snapshot(entry.id);
    if (!snapshot) {
        FetchError error(
            FetchError::Category::MalformedResponse, QStringLiteral("RecordingUnreadable"), m_reader->error());
        error.setHint(tr("This moment of the recording cannot be read; others may."));
        emit fetchFailed(error);
        return;
    }
    emit snapshotReady(SessionSnapshot::create(std::move(*snapshot)));
}
