// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/dasemulator.h"

#include <QList>
#include <QString>

#include <memory>

struct AccessKey;

// The DAS emulator as the tests set it up: in this process, on loopback, accepting one key.
namespace EmulatorFixture {

// An instance of `sessions` sessions whose results stay RUNNING for `runningPolls` polls; everything
// else as EmulatorInstance has it.
EmulatorInstance instance(const QString& instanceId, int sessions, int runningPolls);

// Replaces what `emulator` serves with `instances`.
void serve(DasEmulator& emulator, const QList<EmulatorInstance>& instances);

// An emulator that accepts `key`, serves `instances` and listens on loopback; null when it could not
// listen.
std::unique_ptr<DasEmulator> start(const AccessKey& key, const QList<EmulatorInstance>& instances);

} // namespace EmulatorFixture
