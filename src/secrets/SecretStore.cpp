#include "secrets/SecretStore.h"

SecretStore::~SecretStore() = default;
