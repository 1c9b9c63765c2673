// Error responses in the two shapes APS uses: RFC 6749 {error,
// error_description} from the authorization server, and the API gateway's
// {developerMessage, errorCode, moreInfo} from resource APIs.
#pragma once

#include "http/HttpResponse.h"

namespace OAuthErrors {
HttpResponse oauth(int status, const QString& error, const QString& description);
HttpResponse gateway(int status, const QString& errorCode, const QString& developerMessage);
} // namespace OAuthErrors
