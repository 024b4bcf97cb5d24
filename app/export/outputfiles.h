// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// The files one command writes, written all or none. A regular file (or one not there yet) is
// replaced atomically: every output is first written to a temporary file beside its target, and
// only when all of them were written are they renamed over their targets; on any failure every
// temporary file is removed and no target is touched. Should one of those renames fail, the targets
// already replaced get their old contents back (kept under a second name until the end). Anything
// else (standard output, a device such as /dev/null, a FIFO, a process substitution) is opened and
// written in place, after the temporary files are ready and before they are renamed: renaming a
// file over a device would replace the device itself. Every write and the final sync and close are
// checked.
class OutputFiles
{
    Q_DECLARE_TR_FUNCTIONS(OutputFiles)

public:
    // Writes a piece of an output; false when it could not be written.
    using Write = std::function<bool(QByteArrayView piece)>;
    // Produces an output piece by piece through `write`, for content too large to hold at once;
    // false when it could not produce all of it, with the reason in `error` (or, when a write
    // failed, nothing: the write's own error is reported).
    using Producer = std::function<bool(const Write& write, QString* error)>;

    // An output: a path, or "-" (or nothing) for standard output.
    void add(const QString& path, const QByteArray& bytes);
    void add(const QString& path, Producer produce);

    // Writes every output; false (and error() says which and why) when any could not be written.
    bool write();
    QString error() const { return m_error; }
    // Set when write() failed because a producer could not produce its output, not because a
    // file could not be written.
    bool producerFailed() const { return m_producerFailed; }

    // The indexes of the first two of `paths` that name one file ("-" and an empty path name
    // standard output), compared by what they resolve to: symbolic links, "..", and the file a
    // path names when it exists. Nullopt when every path names a file of its own.
    static std::optional<std::pair<qsizetype, qsizetype>> firstSharedFile(const QStringList& paths);

private:
    struct Output
    {
        QString path;
        Producer produce;
    };
    // Writes `output` to `fd`; false with m_error set (errno says why when a write failed).
    bool produce(const Output& output, int fd);

    QList<Output> m_outputs;
    QString m_error;
    bool m_producerFailed = false;
};
