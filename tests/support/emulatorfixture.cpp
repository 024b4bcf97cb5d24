// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/emulatorfixture.h"

#include "base/credential.h"

EmulatorInstance EmulatorFixture::instance(const QString& instanceId, int sessions, int runningPolls)
{
    EmulatorInstance instance;
    instance.instanceId = instanceId;
    instance.sessions = sessions;
    instance.runningPolls = runningPolls;
    return instance;
}

void EmulatorFixture::serve(DasEmulator& emulator, const QList<EmulatorInstance>& instances)
{
    EmulatorScenario scenario;
    scenario.instances = instances;
    emulator.setScenario(scenario);
}

std::unique_ptr<DasEmulator> EmulatorFixture::start(const AccessKey& key, const QList<EmulatorInstance>& instances)
{
    auto emulator = std::make_unique<DasEmulator>();
    emulator->setAccessKey(key);
    serve(*emulator, instances);
    if (emulator->listenOnLoopback() == 0)
        return nullptr;
    return emulator;
}
