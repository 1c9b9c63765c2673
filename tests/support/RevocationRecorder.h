// A revocation endpoint (RFC 7009) on loopback that answers 200 and keeps
// every request's form fields, in order, so that tests can check which
// tokens were revoked, in what order and with which token_type_hint.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpServer.h"

#include <QList>
#include <QUrl>

class RevocationRecorder
{
public:
    RevocationRecorder();

    bool listen();
    QUrl url() const;
    const QList<QList<HttpRequest::Field>>& revocations() const;
    // True when exactly these were revoked, in this order: the refresh token
    // first (it ends the whole grant), each with its token_type_hint.
    bool sawRefreshThenAccess(const QString& refreshToken, const QString& accessToken) const;

private:
    HttpServer m_server;
    QList<QList<HttpRequest::Field>> m_revocations;
};
