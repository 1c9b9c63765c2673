// Items and versions of the sandbox's Data Management API written straight
// as JSON text, byte for byte what QJsonDocument makes of the same objects
// (keys in order, Qt's number format). Building QJsonObjects for every
// record was the sandbox's bottleneck when a load asked for a million.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class RecordGenerator;

class ItemJson
{
public:
    // Links are resolved against base, as the generator's JSON objects are.
    ItemJson(const RecordGenerator& generator, const QUrl& base);

    void appendItem(QByteArray* out, qint64 item) const;
    void appendVersion(QByteArray* out, qint64 item, int versionNumber) const;

private:
    void appendLink(QByteArray* out, const QString& path) const;

    const RecordGenerator& m_generator;
    // scheme://host:port of base, encoded.
    QByteArray m_origin;
};
