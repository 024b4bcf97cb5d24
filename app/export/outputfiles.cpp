// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString errorText(int error)
{
    return QString::fromLocal8Bit(::strerror(error));
}

bool isStandardOutput(const QString& path)
{
    return path.isEmpty() || path == QLatin1String("-");
}

// Writes all of `bytes` to `fd`: a full disk or a closed pipe is an error, not a silent success.
// errno says why on failure.
bool writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return false;
        if (written == 0) {
            errno = EIO;
            return false;
        }
        done += written;
    }
    return true;
}

// Makes sure what was written left the process. fsync is meaningless (EINVAL) on pipes and
// terminals; only a real failure counts.
bool sync(int fd)
{
    return ::fsync(fd) == 0 || errno == EINVAL || errno == EROFS;
}

// The file a path ends at after its symbolic links, as QSaveFile resolves them, so that replacing
// a link's target leaves the link in place. The path itself for a dangling link or a loop.
QString resolvedTarget(const QString& path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 40 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.isSymLink() ? path : info.filePath();
}

// A regular file being written: its temporary file until the rename.
struct Replacement
{
    QString path; // as the user named it, for messages
    QByteArray target;
    QByteArray temporary;
};

// Creates a temporary file beside `target` and has `fill` write it, with the target's permissions
// (or the umask's for a new file). Empty, and errno set, on failure.
QByteArray writeTemporary(const QByteArray& target, const std::function<bool(int fd)>& fill)
{
    struct stat existing = {};
    const bool exists = ::stat(target.constData(), &existing) == 0;
    const QFileInfo info(QFile::decodeName(target));
    int fd = -1;
    QByteArray temporary;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String(".tmp-")
            + QString::number(QRandomGenerator::global()->generate64(), 36)));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return {};
    }
    if (fd < 0)
        return {};
    bool ok = (!exists || ::fchmod(fd, existing.st_mode & 07777) == 0) && fill(fd) && sync(fd);
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.constData());
        errno = error;
        return {};
    }
    return temporary;
}

// What a path names, to tell whether two outputs are one file.
struct Identity
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    QString canonical;
};

Identity identify(const QString& path)
{
    Identity identity;
    struct stat info = {};
    if (isStandardOutput(path)) {
        if (::fstat(STDOUT_FILENO, &info) == 0)
            identity = {true, info.st_dev, info.st_ino, {}};
        identity.canonical = QStringLiteral("-");
        return identity;
    }
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        identity = {true, info.st_dev, info.st_ino, {}};
    // A file not there yet: its directory's canonical path and its name.
    const QFileInfo file(resolvedTarget(path));
    const QString directory = file.absoluteDir().canonicalPath();
    identity.canonical
        = directory.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : QDir(directory).filePath(file.fileName());
    return identity;
}

} // namespace

void OutputFiles::add(const QString& path, const QByteArray& bytes)
{
    add(path, [bytes](const Write& write, QString*) { return write(bytes); });
}

void OutputFiles::add(const QString& path, Producer produce)
{
    m_outputs.append({path, std::move(produce)});
}

bool OutputFiles::produce(const Output& output, int fd)
{
    QString error;
    if (!output.produce([fd](QByteArrayView piece) { return writeAll(fd, piece); }, &error)) {
        if (!error.isEmpty()) {
            m_error = error;
            m_producerFailed = true;
        }
        return false;
    }
    return sync(fd);
}

bool OutputFiles::write()
{
    m_error.clear();
    m_producerFailed = false;
    QList<Replacement> replacements;
    const auto discard = [&replacements] {
        for (const Replacement& replacement : std::as_const(replacements))
            ::unlink(replacement.temporary.constData());
    };

    // First every regular file, to a temporary file: what fails here leaves nothing behind.
    QList<const Output*> inPlace;
    for (const Output& output : std::as_const(m_outputs)) {
        if (isStandardOutput(output.path)) {
            inPlace.append(&output);
            continue;
        }
        const QByteArray native = QFile::encodeName(output.path);
        struct stat info = {};
        if (::stat(native.constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
            inPlace.append(&output);
            continue;
        }
        const QByteArray target = QFile::encodeName(resolvedTarget(output.path));
        const QByteArray temporary = writeTemporary(target, [&](int fd) { return produce(output, fd); });
        if (temporary.isEmpty()) {
            if (!m_producerFailed)
                m_error = tr("cannot write %1: %2").arg(output.path, errorText(errno));
            discard();
            return false;
        }
        replacements.append({output.path, target, temporary});
    }

    // Then standard output, devices and FIFOs, in place.
    for (const Output* output : std::as_const(inPlace)) {
        if (isStandardOutput(output->path)) {
            ::fflush(stdout);
            if (!produce(*output, STDOUT_FILENO)) {
                if (!m_producerFailed)
                    m_error = tr("cannot write to standard output: %1").arg(errorText(errno));
                discard();
                return false;
            }
            continue;
        }
        const int fd = ::open(QFile::encodeName(output->path).constData(), O_WRONLY | O_CLOEXEC);
        bool ok = fd >= 0 && produce(*output, fd);
        int error = errno;
        if (fd >= 0 && ::close(fd) != 0 && ok) {
            ok = false;
            error = errno;
        }
        if (!ok) {
            if (!m_producerFailed)
                m_error = tr("cannot write %1: %2").arg(output->path, errorText(error));
            discard();
            return false;
        }
    }

    // Last, every temporary file takes its target's place. A target there before is first kept under
    // a second name (a hard link, or the file itself renamed where links are not possible), so that
    // when a later rename fails, the targets already replaced get their old contents back and the
    // command has written nothing.
    struct Backup
    {
        QByteArray path; // empty: the target did not exist
        bool moved = false; // the target itself was renamed to `path`
    };
    QList<Backup> backups;
    const auto rollBack = [&](qsizetype failed) {
        for (qsizetype rest = failed; rest < replacements.size(); ++rest)
            ::unlink(replacements.at(rest).temporary.constData());
        for (qsizetype done = failed - 1; done >= 0; --done) {
            const Backup& backup = backups.at(done);
            if (backup.path.isEmpty())
                ::unlink(replacements.at(done).target.constData());
            else
                ::rename(backup.path.constData(), replacements.at(done).target.constData());
        }
    };
    for (qsizetype i = 0; i < replacements.size(); ++i) {
        const Replacement& replacement = replacements.at(i);
        Backup backup;
        struct stat existing = {};
        // Only a regular file is kept: a folder that took the name meanwhile makes the rename fail.
        if (::lstat(replacement.target.constData(), &existing) == 0 && S_ISREG(existing.st_mode)) {
            const QFileInfo info(QFile::decodeName(replacement.target));
            bool kept = false;
            int error = EEXIST;
            for (int attempt = 0; attempt < 100 && !kept && error == EEXIST; ++attempt) {
                backup.path = QFile::encodeName(info.dir().filePath(QLatin1Char('.') + info.fileName()
                    + QLatin1String(".old-") + QString::number(QRandomGenerator::global()->generate64(), 36)));
                kept = ::link(replacement.target.constData(), backup.path.constData()) == 0;
                error = kept ? 0 : errno;
                if (!kept && error != EEXIST) {
                    backup.moved = ::rename(replacement.target.constData(), backup.path.constData()) == 0;
                    kept = backup.moved;
                    error = kept ? 0 : errno;
                }
            }
            if (!kept) {
                m_error = tr("cannot write %1: %2").arg(replacement.path, errorText(error));
                rollBack(i);
                return false;
            }
        }
        if (::rename(replacement.temporary.constData(), replacement.target.constData()) != 0) {
            const int error = errno;
            m_error = tr("cannot write %1: %2").arg(replacement.path, errorText(error));
            if (backup.moved)
                ::rename(backup.path.constData(), replacement.target.constData());
            else if (!backup.path.isEmpty())
                ::unlink(backup.path.constData());
            rollBack(i);
            return false;
        }
        backups.append(backup);
    }
    for (const Backup& backup : std::as_const(backups)) {
        if (!backup.path.isEmpty())
            ::unlink(backup.path.constData());
    }
    // The renames themselves reach the disk with their directories.
    QSet<QByteArray> directories;
    for (const Replacement& replacement : std::as_const(replacements))
        directories.insert(QFile::encodeName(QFileInfo(QFile::decodeName(replacement.target)).absolutePath()));
    for (const QByteArray& directory : std::as_const(directories)) {
        if (const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
    return true;
}

std::optional<std::pair<qsizetype, qsizetype>> OutputFiles::firstSharedFile(const QStringList& paths)
{
    QList<Identity> identities;
    for (const QString& path : paths)
        identities.append(identify(path));
    for (qsizetype second = 1; second < identities.size(); ++second) {
        for (qsizetype first = 0; first < second; ++first) {
            const Identity& a = identities.at(first);
            const Identity& b = identities.at(second);
            if ((a.exists && b.exists && a.device == b.device && a.inode == b.inode) || a.canonical == b.canonical)
                return std::make_pair(first, second);
        }
    }
    return std::nullopt;
}
