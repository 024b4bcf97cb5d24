// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include <QIODevice>

namespace BoundedRead {

std::optional<QByteArray> readAll(QIODevice& device, qint64 limit, bool* tooLarge, qsizetype spare)
{
    if (tooLarge)
        *tooLarge = false;
    QByteArray data;
    const qint64 claimed = device.isSequential() ? 0 : std::min(device.size(), limit + 1);
    if (claimed > 0)
        data.reserve(qsizetype(claimed) + spare);
    constexpr qint64 Chunk = 1024 * 1024;
    // Files, pipes and devices read blocking: an empty read is the end.
    for (;;) {
        const qsizetype have = data.size();
        const qsizetype room = data.capacity() - have - spare;
        if (room <= 0) {
            // Full (a file read to the size it claimed): a small read says whether there is more
            // before the buffer grows.
            char probe[4096];
            const qint64 got = device.read(probe, qint64(sizeof probe));
            if (got <= 0)
                break;
            data.reserve(std::max(have + qsizetype(got) + spare, 2 * data.capacity()));
            data.append(probe, qsizetype(got));
        } else {
            const qsizetype want = qsizetype(std::min({Chunk, limit + 1 - qint64(have), qint64(room)}));
            data.resize(have + want);
            const qint64 got = device.read(data.data() + have, want);
            data.resize(have + qsizetype(std::max<qint64>(got, 0)));
            if (got <= 0)
                break;
        }
        if (data.size() > limit) {
            if (tooLarge)
                *tooLarge = true;
            return std::nullopt;
        }
    }
    if (data.capacity() - data.size() < spare)
        data.reserve(data.size() + spare);
    return data;
}

} // namespace BoundedRead
