// RFC 7662: asks the provider whether a token is active and what it grants.
#pragma once

#include "oauth/OAuthRequestJob.h"

class IntrospectionJob : public OAuthRequestJob
{
    Q_OBJECT

public:
    IntrospectionJob(QNetworkAccessManager* network, const QUrl& endpoint,
                     const ClientRegistration& client, const QString& clientSecret,
                     const QString& token, const QString& tokenTypeHint, QObject* parent = nullptr);

    bool isActive() const;
    // Only meaningful when active: an inactive answer carries nothing to trust.
    QJsonObject details() const;

protected:
    void acceptResponse() override;

private:
    bool m_active = false;
};
