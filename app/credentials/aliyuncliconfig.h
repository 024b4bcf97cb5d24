// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QByteArray;

// The Aliyun CLI's profiles, `~/.aliyun/config.json` (or $ALIBABA_CLOUD_CONFIG_FILE):
//   {"current": "<name>", "profiles": [{"name", "mode", "access_key_id", "access_key_secret",
//    "sts_token", "region_id", ...}], "meta_path": ""}
// Modes AK and StsToken carry an AccessKey and are used as they are. Every other mode (RamRoleArn,
// EcsRamRole, ChainableRamRoleArn, External, CredentialsURI, OIDC, ...) needs a token exchange that
// SessionScope does not perform: such profiles are listed, and refused when chosen.
//
// No message produced here contains a secret: values of the file appear in them only as profile
// names, modes and JSON types.
class AliyunCliConfig
{
    Q_DECLARE_TR_FUNCTIONS(AliyunCliConfig)

public:
    struct Profile
    {
        QString name;
        QString mode;
        QString regionId;
        // Why the profile cannot be used; empty when it can.
        QString problem;
        // Set for usable profiles only.
        AccessKey key;

        bool isUsable() const { return problem.isEmpty(); }
    };

    // What a configuration file holds; `error` is set when the file as a whole cannot be used.
    struct Contents
    {
        QString error;
        // There is plainly no file (not a dangling link, a loop or a folder that cannot be entered):
        // no CLI profile, not an error.
        bool missing = false;
        QString current;
        QList<Profile> profiles;

        bool isValid() const { return error.isEmpty(); }
        const Profile* find(const QString& name) const;
    };

    // The outcome of choosing one profile.
    struct Selection
    {
        enum class Status
        {
            NoConfig, // there is no configuration file: "no CLI profile", not an error
            Selected,
            Failed,
        };

        Status status = Status::NoConfig;
        QString path; // the file read
        QString profileName;
        QString mode;
        QString regionId;
        AccessKey key; // Selected only
        QString error; // Failed only; for the user
    };

    // $ALIBABA_CLOUD_CONFIG_FILE when set, else ~/.aliyun/config.json.
    static QString configPath();
    // `path` with the home directory written as ~, for messages.
    static QString displayPath(const QString& path);

    // Pure: the bytes of a configuration file to its profiles. Never throws, never crashes.
    static Contents parse(const QByteArray& bytes);
    // The file at `path`, parsed; a file that cannot be read, or is too large to be one, is an error
    // that says what is wrong. No file at all is `missing`.
    static Contents readContents(const QString& path);

    // Pure: the profile named `explicitName`, else `environmentName` (ALIBABA_CLOUD_PROFILE), else
    // the file's `current` (the CLI's "default" when `current` is empty).
    static Selection select(const Contents& contents, const QString& explicitName, const QString& environmentName);

    // Reads configPath() and ALIBABA_CLOUD_PROFILE, then select(). A missing file is NoConfig.
    static Selection load(const QString& explicitName = {});
};
