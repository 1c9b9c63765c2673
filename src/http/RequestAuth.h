// How one API's requests carry their credentials (bearer token, API key,
// basic, an OAuth token): applied to each request, and renewed once when
// the API answers 401. Credentials that must be fetched first (client
// credentials, a connection's tokens) are fetched by prepare().
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

class Job;
class QNetworkRequest;

class RequestAuth
{
public:
    virtual ~RequestAuth();

    // A job that makes the credentials ready, or nullptr when they are.
    virtual Job* prepare();
    // True when prepare() should run again before the next request: the
    // token is about to expire.
    virtual bool needsRenewal() const;
    // Adds the credentials to a request (header, query or cookie).
    virtual void apply(QNetworkRequest& request, QUrl& url) const = 0;
    // After a 401: a job that gets fresh credentials, or nullptr when there
    // is no way to (a fixed API key).
    virtual Job* renew();
    // What to show in the request log ("Bearer token", "API key in query").
    virtual QString description() const = 0;
    // Values to hide wherever a request is shown.
    virtual QList<QByteArray> secrets() const = 0;
};
