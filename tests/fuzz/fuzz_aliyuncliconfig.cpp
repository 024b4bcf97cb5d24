// SPDX-License-Identifier: GPL-3.0-or-later
// The Aliyun CLI configuration reader on any bytes: it never crashes, and none of its messages
// (for the file, a profile or a selection) contains a secret the file holds.
#include "fuzzcheck.h"

#include "credentials/aliyuncliconfig.h"

namespace {

// Whether `secret` is also what the file gives as a profile name, a mode, a region or the current
// profile: those are shown by design, whatever they hold.
bool isShownAnyway(const QString& secret, const AliyunCliConfig::Contents& contents)
{
    if (contents.current.contains(secret))
        return true;
    for (const AliyunCliConfig::Profile& profile : contents.profiles) {
        if (profile.name.contains(secret) || profile.mode.contains(secret) || profile.regionId.contains(secret))
            return true;
    }
    return false;
}

void checkNoSecret(const QString& message, const AliyunCliConfig::Contents& contents)
{
    for (const AliyunCliConfig::Profile& profile : contents.profiles) {
        // A secret of a few characters may occur in a message by chance.
        for (const QString& secret : {profile.key.secret, profile.key.securityToken}) {
            if (secret.size() >= 8 && !isShownAnyway(secret, contents))
                Fuzz::check(!message.contains(secret), "a message shows a secret");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const AliyunCliConfig::Contents contents = AliyunCliConfig::parse(Fuzz::bytes(data, size));
    checkNoSecret(contents.error, contents);
    for (const AliyunCliConfig::Profile& profile : contents.profiles) {
        checkNoSecret(profile.problem, contents);
        Fuzz::check(profile.isUsable() == !profile.key.id.isEmpty(), "a usable profile without a key");
    }
    for (const QString& name : {QString(), QStringLiteral("default")}) {
        const AliyunCliConfig::Selection selection = AliyunCliConfig::select(contents, name, {});
        checkNoSecret(selection.error, contents);
        Fuzz::check((selection.status == AliyunCliConfig::Selection::Status::Selected) == selection.error.isEmpty(),
            "a selection both failed and succeeded");
    }
    return 0;
}
