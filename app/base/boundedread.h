// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

class QIODevice;

// Reads a device to its end, but never more than `limit` bytes: the limit applies to the bytes
// read, not to the size a file claims, so /dev/zero, an endless pipe or a symbolic link to a
// device ends in a clear "too large" instead of exhausting memory. Nullopt when the limit was
// passed (`tooLarge` is then set).
namespace BoundedRead {

// A file that tells its size is read straight into one buffer of that size; the size is only a
// hint, the limit applies to the bytes read. The result has room for `spare` more bytes after its
// end (QByteArray::capacity()), for readers that look past the end.
std::optional<QByteArray> readAll(QIODevice& device, qint64 limit, bool* tooLarge = nullptr, qsizetype spare = 0);

} // namespace BoundedRead
