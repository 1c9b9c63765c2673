// The request for one page, as paginators change it: the URL, the query
// parameters sent with it, and the JSON body for POST APIs.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

struct PageRequest
{
    QString method = QStringLiteral("GET");
    // May carry a query of its own (a next link does).
    QUrl url;
    // Added to the URL's query when the request is sent.
    QUrlQuery params;
    QJsonValue json{QJsonValue::Undefined};

    // Sets a query parameter where it stands (or at the end when new), so
    // page after page the URLs differ only in the changed value.
    void setParam(const QString& name, const QString& value);
    // The address actually requested.
    QUrl fullUrl() const;
    // Sets a value at a dot path in the JSON body ("page.number"), creating
    // objects on the way (dlt's body paths).
    void setBodyValue(const QString& dotPath, const QJsonValue& value);
    // Same request, same page: for detecting a paginator that goes in circles.
    QByteArray identity() const;
};
