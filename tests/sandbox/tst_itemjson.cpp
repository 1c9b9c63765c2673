// The data API writes items and versions as text; that text must be exactly
// what QJsonDocument writes for the same values (key order, numbers, escapes),
// and what the generator wrote before, byte for byte.
#include "sandbox/ItemJson.h"
#include "sandbox/RecordGenerator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestItemJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsQtsCanonicalJson()
    {
        const RecordGenerator generator(42, 20000, 16);
        const QUrl base(QStringLiteral("http://127.0.0.1:4321"));
        const ItemJson json(generator, base);
        int reserved = 0;
        int escaped = 0;
        for (qint64 item = 0; item < 20000; ++item) {
            QByteArray text;
            json.appendItem(&text, item);
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
            QCOMPARE(parsed.toJson(QJsonDocument::Compact), text);
            reserved += text.contains("\"reserved\":true") ? 1 : 0;
            escaped += text.contains("\\\"north\\\"") ? 1 : 0;
            const int versions = generator.versionCount(item);
            QByteArray version;
            json.appendVersion(&version, item, versions);
            QCOMPARE(QJsonDocument::fromJson(version).toJson(QJsonDocument::Compact), version);
            QVERIFY(version.contains("%3Fversion="));
        }
        // The sample covered the branches: reserved items and quoted names.
        QVERIFY(reserved > 0);
        QVERIFY(escaped > 0);
    }

    void sameRecordsAsBefore()
    {
        // SHA-256 of what the generator wrote when items and versions were
        // still built as QJsonObjects (the first 1,000 items, then all their
        // versions, a line each): the text writer must not change a byte of
        // the data tests and users rely on.
        const RecordGenerator generator(42, 1000, 25);
        const ItemJson json(generator, QUrl(QStringLiteral("http://127.0.0.1:0")));
        QByteArray items;
        QByteArray versions;
        for (qint64 item = 0; item < 1000; ++item) {
            json.appendItem(&items, item);
            items += '\n';
            for (int version = 1; version <= generator.versionCount(item); ++version) {
                json.appendVersion(&versions, item, version);
                versions += '\n';
            }
        }
        QCOMPARE(QCryptographicHash::hash(items, QCryptographicHash::Sha256).toHex(),
                 QByteArray("78af1bf92ca4f6779d8b07b5ab2b926da627be867940bb658622794ecd0dd1dc"));
        QCOMPARE(QCryptographicHash::hash(versions, QCryptographicHash::Sha256).toHex(),
                 QByteArray("345997bd6694e0574713a110072669fab2bf457f0a44977d5fc79439373b818c"));
    }
};

QTEST_GUILESS_MAIN(TestItemJson)
#include "tst_itemjson.moc"
