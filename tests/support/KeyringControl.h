// Test control over the private keyring a keychain suite runs in.
#pragma once

namespace KeyringControl {

// Locks the login collection over D-Bus, as a screen lock would.
bool lock();

} // namespace KeyringControl
