// Finds a provider's endpoints from its issuer URL: OpenID Connect Discovery
// first, then RFC 8414 metadata, the issuer checked exactly.
#pragma once

#include "core/Job.h"
#include "oauth/ProviderEndpoints.h"

#include <QList>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

class DiscoveryJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // No metadata at any of the well-known places.
        NotFound = UserError,
        // Metadata found, but for another issuer or with unusable endpoints.
        Untrusted,
    };
    Q_ENUM(Error)

    DiscoveryJob(QNetworkAccessManager* network, const QString& issuer, QObject* parent = nullptr);

    ProviderEndpoints endpoints() const;
    // The metadata document as fetched, for showing in the wizard.
    QJsonObject metadata() const;
    // Things worth telling the user about a provider that was found: it does
    // not advertise PKCE, for example. Empty when there is nothing to say.
    QStringList warnings() const;

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    void tryNext();
    void onFinished();

    QNetworkAccessManager* m_network;
    QString m_issuer;
    QList<QUrl> m_candidates;
    QStringList m_problems;
    QStringList m_warnings;
    QPointer<QNetworkReply> m_reply;
    ProviderEndpoints m_endpoints;
    QJsonObject m_metadata;
};
