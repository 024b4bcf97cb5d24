// SPDX-License-Identifier: GPL-3.0-or-later
#include "aliyuncliconfig.h"

#include "base/boundedread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return AliyunCliConfig::tr("null");
    case QJsonValue::Bool:
        return AliyunCliConfig::tr("true or false");
    case QJsonValue::Double:
        return AliyunCliConfig::tr("a number");
    case QJsonValue::String:
        return AliyunCliConfig::tr("text");
    case QJsonValue::Array:
        return AliyunCliConfig::tr("a list");
    case QJsonValue::Object:
        return AliyunCliConfig::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return AliyunCliConfig::tr("nothing");
}

// Modes are shown to the user; a damaged file must not flood a message.
QString shortened(const QString& text)
{
    constexpr qsizetype Limit = 40;
    return text.size() <= Limit ? text : text.left(Limit) + QChar(0x2026);
}

// A required text field of a profile; sets `problem` (naming the field, never its value) when absent.
QString requiredText(
    const QJsonObject& object, const QString& profile, const QString& mode, const char* field, QString& problem)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (!problem.isEmpty())
        return {};
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
        problem = AliyunCliConfig::tr("The Aliyun CLI profile '%1' (mode %2) has no %3.")
                      .arg(profile, mode, QLatin1String(field));
        return {};
    }
    if (!value.isString()) {
        problem = AliyunCliConfig::tr("In the Aliyun CLI profile '%1', %2 must be text, not %3.")
                      .arg(profile, QLatin1String(field), typeName(value));
        return {};
    }
    return value.toString().trimmed();
}

AliyunCliConfig::Profile readProfile(const QJsonObject& object, const QString& name)
{
    AliyunCliConfig::Profile profile;
    profile.name = name;
    const QJsonValue region = object.value(QLatin1String("region_id"));
    if (region.isString())
        profile.regionId = region.toString().trimmed();

    const QJsonValue mode = object.value(QLatin1String("mode"));
    if (!mode.isString() && !mode.isUndefined() && !mode.isNull()) {
        profile.problem = AliyunCliConfig::tr("In the Aliyun CLI profile '%1', mode must be text, not %2.")
                              .arg(name, typeName(mode));
        return profile;
    }
    profile.mode = mode.toString().trimmed();
    if (profile.mode.isEmpty()) {
        profile.problem = AliyunCliConfig::tr("The Aliyun CLI profile '%1' has no mode.").arg(name);
        return profile;
    }

    const bool ak = profile.mode == QLatin1String("AK");
    const bool sts = profile.mode == QLatin1String("StsToken");
    if (!ak && !sts) {
        profile.problem
            = AliyunCliConfig::tr("The Aliyun CLI profile '%1' uses mode %2, which SessionScope does not "
                                  "support; use a profile with mode AK or StsToken, or the environment "
                                  "variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
                  .arg(name, shortened(profile.mode));
        return profile;
    }

    AccessKey key;
    key.id = requiredText(object, name, profile.mode, "access_key_id", profile.problem);
    key.secret = requiredText(object, name, profile.mode, "access_key_secret", profile.problem);
    if (sts)
        key.securityToken = requiredText(object, name, profile.mode, "sts_token", profile.problem);
    if (profile.problem.isEmpty())
        profile.key = key;
    return profile;
}

// Why the file at `path` cannot even be looked at, when it is not simply missing: a symbolic link
// that leads nowhere or in a loop, or a folder on the way that may not be entered. Empty when the
// file is there or plainly absent (no configuration, not an error).
QString unreachableReason(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) == 0)
        return {};
    const int error = errno;
    const QString shown = AliyunCliConfig::displayPath(path);
    switch (error) {
    case ENOENT: {
        // Missing, unless a link on the way points at something missing.
        for (QFileInfo link(path); !link.isRoot() && link.fileName() != QLatin1String(".");
             link.setFile(link.absolutePath())) {
            struct stat linkInfo = {};
            if (::lstat(QFile::encodeName(link.absoluteFilePath()).constData(), &linkInfo) == 0
                && S_ISLNK(linkInfo.st_mode) && !link.exists()) {
                return AliyunCliConfig::tr(
                    "The Aliyun CLI configuration %1 cannot be read: %2 is a symbolic link to %3, which does not "
                    "exist.")
                    .arg(shown, AliyunCliConfig::displayPath(link.absoluteFilePath()),
                        AliyunCliConfig::displayPath(link.symLinkTarget()));
            }
            if (link.absolutePath() == link.absoluteFilePath())
                break;
        }
        return {};
    }
    case ELOOP:
        return AliyunCliConfig::tr("The Aliyun CLI configuration %1 cannot be read: its symbolic links form a loop.")
            .arg(shown);
    case EACCES:
        return AliyunCliConfig::tr(
            "The Aliyun CLI configuration %1 cannot be read: permission to enter its folder %2 is denied.")
            .arg(shown, AliyunCliConfig::displayPath(QFileInfo(path).absolutePath()));
    case ENOTDIR:
        return AliyunCliConfig::tr(
            "The Aliyun CLI configuration %1 cannot be read: a part of that path is a file, not a folder.")
            .arg(shown);
    default:
        return AliyunCliConfig::tr("The Aliyun CLI configuration %1 cannot be read: %2")
            .arg(shown, QString::fromLocal8Bit(::strerror(error)));
    }
}

} // namespace

const AliyunCliConfig::Profile* AliyunCliConfig::Contents::find(const QString& name) const
{
    for (const Profile& profile : profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

QString AliyunCliConfig::configPath()
{
    const QString overridden = qEnvironmentVariable("ALIBABA_CLOUD_CONFIG_FILE").trimmed();
    if (!overridden.isEmpty())
        return overridden;
    return QDir::homePath() + QLatin1String("/.aliyun/config.json");
}

QString AliyunCliConfig::displayPath(const QString& path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

AliyunCliConfig::Contents AliyunCliConfig::parse(const QByteArray& bytes)
{
    Contents contents;
    if (bytes.trimmed().isEmpty()) {
        contents.error = tr("The Aliyun CLI configuration is empty.");
        return contents;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        contents.error = tr("The Aliyun CLI configuration is not valid JSON: %1 at offset %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return contents;
    }
    if (!document.isObject()) {
        contents.error = tr("The Aliyun CLI configuration must be a JSON object.");
        return contents;
    }
    const QJsonObject root = document.object();

    const QJsonValue current = root.value(QLatin1String("current"));
    if (current.isString()) {
        contents.current = current.toString().trimmed();
    } else if (!current.isUndefined() && !current.isNull()) {
        contents.error
            = tr("In the Aliyun CLI configuration, \"current\" must be text, not %1.").arg(typeName(current));
        return contents;
    }

    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (profiles.isUndefined() || profiles.isNull()) {
        contents.error = tr("The Aliyun CLI configuration has no \"profiles\" list.");
        return contents;
    }
    if (!profiles.isArray()) {
        contents.error
            = tr("In the Aliyun CLI configuration, \"profiles\" must be a list, not %1.").arg(typeName(profiles));
        return contents;
    }

    QSet<QString> seen;
    const QJsonArray list = profiles.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue entry = list.at(i);
        const QString number = QString::number(i + 1);
        if (!entry.isObject()) {
            contents.error = tr("Profile #%1 in the Aliyun CLI configuration must be an object, not %2.")
                                 .arg(number, typeName(entry));
            return contents;
        }
        const QJsonObject object = entry.toObject();
        const QJsonValue name = object.value(QLatin1String("name"));
        if (!name.isString() && !name.isUndefined() && !name.isNull()) {
            contents.error = tr("In profile #%1 of the Aliyun CLI configuration, \"name\" must be text, not %2.")
                                 .arg(number, typeName(name));
            return contents;
        }
        const QString profileName = name.toString().trimmed();
        if (profileName.isEmpty()) {
            contents.error = tr("Profile #%1 in the Aliyun CLI configuration has no name.").arg(number);
            return contents;
        }
        if (seen.contains(profileName)) {
            contents.error = tr("The Aliyun CLI configuration has two profiles named '%1'.").arg(profileName);
            return contents;
        }
        seen.insert(profileName);
        contents.profiles.append(readProfile(object, profileName));
    }
    return contents;
}

AliyunCliConfig::Selection AliyunCliConfig::select(
    const Contents& contents, const QString& explicitName, const QString& environmentName)
{
    Selection selection;
    selection.status = Selection::Status::Failed;
    if (!contents.isValid()) {
        selection.error = contents.error;
        return selection;
    }
    if (contents.profiles.isEmpty()) {
        selection.error = tr("The Aliyun CLI configuration contains no profiles.");
        return selection;
    }

    QString name = explicitName.trimmed();
    QString notFound;
    if (!name.isEmpty()) {
        notFound = tr("The Aliyun CLI configuration has no profile named '%1'.");
    } else if (!environmentName.trimmed().isEmpty()) {
        name = environmentName.trimmed();
        notFound = tr("ALIBABA_CLOUD_PROFILE names the profile '%1', but the Aliyun CLI configuration has no profile "
                      "of that name.");
    } else if (!contents.current.isEmpty()) {
        name = contents.current;
        notFound = tr("The Aliyun CLI configuration names '%1' as its current profile, but has no profile of that "
                      "name.");
    } else {
        name = QStringLiteral("default");
        notFound = tr("The Aliyun CLI configuration names no current profile and has no profile named '%1'.");
    }
    selection.profileName = name;

    const Profile* profile = contents.find(name);
    if (!profile) {
        selection.error = notFound.arg(name);
        return selection;
    }
    selection.mode = profile->mode;
    selection.regionId = profile->regionId;
    if (!profile->isUsable()) {
        selection.error = profile->problem;
        return selection;
    }
    selection.key = profile->key;
    selection.status = Selection::Status::Selected;
    return selection;
}

AliyunCliConfig::Contents AliyunCliConfig::readContents(const QString& path)
{
    Contents contents;
    if (const QString problem = unreachableReason(path); !problem.isEmpty()) {
        contents.error = problem;
        return contents;
    }
    // Only a regular file: opening a FIFO would wait for a writer for ever, and a device may never end.
    const QFileInfo info(path);
    if (!info.exists()) {
        contents.missing = true;
        return contents;
    }
    if (!info.isFile()) {
        contents.error = tr("The Aliyun CLI configuration %1 is not a regular file.").arg(displayPath(path));
        return contents;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error
            = tr("The Aliyun CLI configuration %1 cannot be read: %2").arg(displayPath(path), file.errorString());
        return contents;
    }
    // A real one is a few KiB; refuse to slurp something unrelated.
    constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    const std::optional<QByteArray> bytes = BoundedRead::readAll(file, MaxBytes);
    if (!bytes) {
        contents.error = tr("The Aliyun CLI configuration %1 is larger than 4 MiB.").arg(displayPath(path));
        return contents;
    }
    return parse(*bytes);
}

AliyunCliConfig::Selection AliyunCliConfig::load(const QString& explicitName)
{
    const QString path = configPath();
    Selection selection;
    const Contents contents = readContents(path);
    if (contents.missing) {
        selection.profileName = explicitName;
    } else {
        selection = select(contents, explicitName, qEnvironmentVariable("ALIBABA_CLOUD_PROFILE"));
        if (selection.profileName.isEmpty())
            selection.profileName = explicitName;
    }
    selection.path = path;
    return selection;
}
