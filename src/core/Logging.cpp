#include "core/Logging.h"

// Debug output is off by default: it may describe requests, and a user should
// opt in (QT_LOGGING_RULES="grantline.*.debug=true") before it is written anywhere.
Q_LOGGING_CATEGORY(lcApp, "grantline.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "grantline.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "grantline.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "grantline.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSource, "grantline.source", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPipeline, "grantline.pipeline", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDestination, "grantline.destination", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "grantline.sandbox", QtInfoMsg)
