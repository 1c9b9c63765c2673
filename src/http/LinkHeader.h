// RFC 8288 Link headers: '<https://api.example/items?page=2>; rel="next"'.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace LinkHeader {

// The target of the first link whose rel (one of its space-separated
// values) is the given one, resolved against base; empty when there is none.
QUrl target(const QByteArray& header, const QString& rel, const QUrl& base);

} // namespace LinkHeader
