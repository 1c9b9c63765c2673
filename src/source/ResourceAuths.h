// The credentials each resource of a run is requested with: its endpoint's
// auth, else the client's, built once per config from the run's
// CredentialSet. ExtractJob and TestRequestJob both start from it.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class CredentialSet;
class RequestAuth;
struct PipelineFile;
struct ResourceConfig;

class ResourceAuths
{
    Q_DECLARE_TR_FUNCTIONS(ResourceAuths)

public:
    // False, with the resource and a sentence, when one cannot be built
    // (credentials may be null: then any auth is missing).
    bool collect(const PipelineFile& pipeline, const QList<const ResourceConfig*>& resources,
                 CredentialSet* credentials);

    // nullptr: the resource is requested without credentials.
    RequestAuth* of(const QString& resource) const
    {
        return m_byResource.value(resource);
    }
    // Each auth once, in the order first needed: what to prepare.
    const QList<RequestAuth*>& all() const
    {
        return m_all;
    }
    QString failedResource() const
    {
        return m_failedResource;
    }
    QString error() const
    {
        return m_error;
    }

private:
    QHash<QString, RequestAuth*> m_byResource;
    QList<RequestAuth*> m_all;
    QString m_failedResource;
    QString m_error;
};
