// Which Grantline connection a pipeline (or one of its resources) signs in
// through, when its auth is oauth2_authorization_code: what a window offers
// to sign in to again when a run or a Test request finds the sign-in gone.
#pragma once

#include "source/PipelineFile.h"

#include <QString>

class PipelineConnection
{
public:
    // resource empty: the client's, else the first resource's that has one.
    static QString of(const PipelineFile& pipeline, const QString& resource = QString());
    // The secrets the auth a resource uses names ("github_token"): its own
    // auth, else the client's; for a window to offer storing them anew.
    static QStringList secretsOf(const PipelineFile& pipeline, const QString& resource);
};
