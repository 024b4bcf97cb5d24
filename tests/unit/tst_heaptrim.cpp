// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/heaptrim.h"

#include <QFile>
#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

namespace {

// Resident set size of this process, in KiB; -1 where /proc cannot tell.
qint64 rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestHeapTrim : public QObject
{
    Q_OBJECT

private slots:
    void freedMiddleOfTheHeapLeavesResidentMemory();
    void atMostEveryInterval();
};

void TestHeapTrim::freedMiddleOfTheHeapLeavesResidentMemory()
{
    if (!HeapTrim::isSupported())
        QSKIP("Only glibc hands free heap pages back.");
    if (rssKib() < 0)
        QSKIP("No /proc/self/status to read the resident size from.");
    // 48 MiB in blocks small enough to come from the heap rather than mmap, all written to; then
    // seven in eight freed, the last one kept so that the heap's top cannot shrink: what a
    // replaced snapshot leaves behind.
    constexpr size_t BlockSize = 16 * 1024;
    constexpr int Blocks = 3072;
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(Blocks);
    for (int i = 0; i < Blocks; ++i) {
        blocks.emplace_back(new char[BlockSize]);
        std::memset(blocks.back().get(), i & 0xff, BlockSize);
    }
    for (int i = 0; i < Blocks - 1; ++i) {
        if (i % 8 != 0)
            blocks[size_t(i)].reset();
    }
    const qint64 before = rssKib();

    QVERIFY(HeapTrim::releaseFree());
    const qint64 after = rssKib();
    // Some 42 MiB were freed; most of it leaves the resident set.
    QVERIFY2(before - after > 30 * 1024,
        qPrintable(QStringLiteral("resident %1 KiB before, %2 KiB after").arg(before).arg(after)));
    // What is kept is untouched.
    for (int i = 0; i < Blocks; ++i) {
        if (blocks[size_t(i)])
            QCOMPARE(blocks[size_t(i)][BlockSize - 1], char(i & 0xff));
    }
}

void TestHeapTrim::atMostEveryInterval()
{
    if (!HeapTrim::isSupported())
        QSKIP("Only glibc hands free heap pages back.");
    // The first call of the process runs; another within the hour does not; with no interval it
    // runs again.
    QVERIFY(HeapTrim::releaseFreeAtMostEvery(3'600'000));
    QVERIFY(!HeapTrim::releaseFreeAtMostEvery(3'600'000));
    QVERIFY(HeapTrim::releaseFreeAtMostEvery(0));
}

QTEST_GUILESS_MAIN(TestHeapTrim)
#include "tst_heaptrim.moc"
