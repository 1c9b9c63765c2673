#include "source/ResourceAuths.h"

#include "source/CredentialSet.h"
#include "source/PipelineFile.h"

bool ResourceAuths::collect(const PipelineFile& pipeline,
                            const QList<const ResourceConfig*>& resources,
                            CredentialSet* credentials)
{
    for (const ResourceConfig* resource : resources) {
        const std::optional<AuthConfig>& config =
            resource->endpoint.auth ? resource->endpoint.auth : pipeline.client.auth;
        if (!config) {
            continue;
        }
        QString error;
        RequestAuth* auth = credentials ? credentials->authFor(*config, &error) : nullptr;
        if (!auth) {
            m_failedResource = resource->name;
            m_error = error.isEmpty() ? tr("no credentials were given") : error;
            return false;
        }
        m_byResource.insert(resource->name, auth);
        if (!m_all.contains(auth)) {
            m_all << auth;
        }
    }
    return true;
}
