// Items and versions of the sandbox's Data Management API written straight
// as JSON text, byte for byte what QJsonDocument makes of the same objects
// (keys in order, Qt's number format). Building QJsonObjects for every
// record was the sandbox's bottleneck when a load asked for a million.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <initializer_list>

class RecordGenerator;

class ItemJson
{
public:
    // Links are resolved against base, as the generator's JSON objects are.
    ItemJson(const RecordGenerator& generator, const QUrl& base);

    void appendItem(QByteArray* out, qint64 item) const;
    void appendVersion(QByteArray* out, qint64 item, int versionNumber) const;

private:
    // {"href": origin + the path parts, encoded}.
    void appendLink(QByteArray* out, std::initializer_list<QByteArrayView> path) const;
    // "/data/v1/projects/<project>" of a folder; also sets m_folderId.
    const QByteArray& projectPath(int folder) const;

    const RecordGenerator& m_generator;
    // scheme://host:port of base, encoded.
    QByteArray m_origin;
    mutable int m_cachedFolder = -1;
    mutable QByteArray m_projectPath;
    mutable QByteArray m_folderId;
};
