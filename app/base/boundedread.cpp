// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include <QIODevice>

namespace BoundedRead {

std::optional<QByteArray> readAll(QIODevice& device, qint64 limit, bool* tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    QByteArray data;
    constexpr qint64 Chunk = 1024 * 1024;
    // Files, pipes and devices read blocking: an empty read is the end.
    for (;;) {
        const qint64 want = std::min(Chunk, limit + 1 - qint64(data.size()));
        const QByteArray chunk = device.read(want);
        if (chunk.isEmpty())
            return data;
        data.append(chunk);
        if (data.size() > limit) {
            if (tooLarge)
                *tooLarge = true;
            return std::nullopt;
        }
    }
}

} // namespace BoundedRead
