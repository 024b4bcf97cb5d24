// SPDX-License-Identifier: GPL-3.0-or-later
// Profile import on any bytes: it never crashes, and whatever it imported exports and imports
// again, whole, into an empty store.
#include "fuzzcheck.h"

#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

QString freshSettingsFile()
{
    static QTemporaryDir dir;
    static int count = 0;
    const QString path = dir.filePath(QStringLiteral("profiles-%1.ini").arg(++count));
    QFile::remove(path);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString firstFile = freshSettingsFile();
    const QString secondFile = freshSettingsFile();
    {
        ProfileStore first(firstFile);
        const ProfileStore::ImportResult result = first.importJson(Fuzz::bytes(data, size));
        Fuzz::check(result.error.isEmpty() || result.imported.isEmpty(), "a failed import imported profiles");
        Fuzz::check(first.profiles().size() == result.imported.size(), "imported profiles went missing");
        if (!result.imported.isEmpty()) {
            ProfileStore second(secondFile);
            const ProfileStore::ImportResult again = second.importJson(first.exportJson());
            Fuzz::check(again.ok(), "an exported profile does not import again");
            Fuzz::check(again.imported.size() == result.imported.size(), "an export lost profiles");
        }
    }
    QFile::remove(firstFile);
    QFile::remove(secondFile);
    return 0;
}
