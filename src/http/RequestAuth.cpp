#include "http/RequestAuth.h"

RequestAuth::~RequestAuth() = default;

Job* RequestAuth::prepare()
{
    return nullptr;
}

Job* RequestAuth::renew()
{
    return nullptr;
}

bool RequestAuth::needsRenewal() const
{
    return false;
}
