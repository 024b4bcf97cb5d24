// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/keychainstore.h"

#include <QString>
#include <QStringList>

#include <optional>

class QSignalSpy;

// The keychain as the tests use it: entries of their own, and the answers of a KeychainStore read
// from a QSignalSpy on its finished signal.
namespace TestKeychain {

// An entry name of this run only, so that a developer's own keychain is never disturbed:
// "sessionscope-test-<purpose>-<uuid>".
QString uniqueId(const char* purpose);

// Waits (up to 30 s) for the answer to `requestId`. The store answers every request from the event
// loop, so a spy made right after the call sees it.
std::optional<KeychainStore::Result> answerTo(QSignalSpy& spy, quint64 requestId);

// Removes and returns the oldest answer the spy holds.
KeychainStore::Result takeResult(QSignalSpy& spy);

// Whether this run promises a real keychain (scripts/with-keyring says so): then a test that finds
// none must fail, not skip, so that CI never passes without having talked to one.
bool isRequired();

// Deletes the entries a test created, each waited for.
void removeEntries(KeychainStore& store, const QStringList& ids);

} // namespace TestKeychain
