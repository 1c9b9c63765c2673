#include "sandbox/ItemJson.h"

#include "pipeline/TimestampParser.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/RecordVocabulary.h"

using namespace RecordVocabulary;

namespace {

void appendString(QByteArray* out, const QByteArray& utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out->append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
            break;
        case '\b':
            out->append("\\b", 2);
            break;
        case '\f':
            out->append("\\f", 2);
            break;
        case '\n':
            out->append("\\n", 2);
            break;
        case '\r':
            out->append("\\r", 2);
            break;
        case '\t':
            out->append("\\t", 2);
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 15]};
                out->append(escaped, 6);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

void appendString(QByteArray* out, const QString& text)
{
    appendString(out, text.toUtf8());
}

// Qt's JSON number: a whole number as an integer, otherwise the shortest
// text that reads back the same double.
void appendNumber(QByteArray* out, double value)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (value == double(qint64(value)) && value > -kExact && value < kExact) {
        out->append(QByteArray::number(qint64(value)));
        return;
    }
    out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

// "2023-01-01T00:07:26.000Z", as RecordGenerator::isoTime writes it, without
// QDateTime's formatting (a visible share of a page).
QByteArray isoTime(qint64 secondsSinceEpoch)
{
    std::string text = TimestampParser::format(secondsSinceEpoch * 1000000);
    text[10] = 'T';
    text.resize(23);
    text += 'Z';
    return QByteArray::fromStdString(text);
}

void appendBool(QByteArray* out, bool value)
{
    out->append(value ? "true" : "false");
}

// A path as QUrl::FullyEncoded writes it.
void appendEncodedPath(QByteArray* out, const QString& path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : path.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("-._~!$&'()*+,;=:@/").contains(c);
        if (kept) {
            out->append(c);
        } else {
            const char escaped[] = {'%', kHex[byte >> 4], kHex[byte & 15]};
            out->append(escaped, 3);
        }
    }
}

} // namespace

ItemJson::ItemJson(const RecordGenerator& generator, const QUrl& base)
    : m_generator(generator)
    , m_origin(
          base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded())
{ }

void ItemJson::appendLink(QByteArray* out, const QString& path) const
{
    out->append("{\"href\":\"");
    out->append(m_origin);
    appendEncodedPath(out, path);
    out->append("\"}");
}

void ItemJson::appendItem(QByteArray* out, qint64 item) const
{
    const RecordGenerator& g = m_generator;
    const quint64 h = g.hash(KindItem, quint64(item));
    const int folder = int(item % RecordGenerator::kFolderCount);
    const QString id = g.itemId(item);
    const QString projectPath = QStringLiteral("/data/v1/projects/")
        + g.projectId(RecordGenerator::projectOfFolder(folder));
    const qint64 created = kEpoch + itemAge(item) + qint64(h % 1000);
    const qint64 modified = created + qint64((h >> 12) % (30 * 86400));
    const bool reserved = (h >> 20) % 10 == 0;
    const int versions = g.versionCount(item);

    out->append("{\"attributes\":{\"createTime\":");
    appendString(out, isoTime(created));
    out->append(",\"createUserId\":\"SANDBOXUSER1\",\"createUserName\":");
    appendString(out, g.userName(h >> 4));
    out->append(",\"displayName\":");
    appendString(out,
                 pick(kNames, h) + u' ' + QString::number(item % 97) + pick(kExtensions, h >> 8));
    out->append(",\"extension\":{\"data\":{\"attributes\":[{\"name\":\"Discipline\",\"value\":");
    appendString(out, pick(kDisciplines, h >> 40));
    out->append("},{\"name\":\"Revision\",\"value\":");
    appendString(out, QStringLiteral("C%1").arg(versions, 2, 10, QLatin1Char('0')));
    out->append("}],\"description\":");
    out->append((h >> 44) % 3 == 0 ? "null" : "\"Issued for coordination\"");
    out->append(",\"rating\":");
    appendNumber(out, double((h >> 50) % 50) / 10.0);
    out->append(",\"sizeBytes\":");
    appendNumber(out, double((h >> 33) % 50000000));
    out->append(",\"tags\":[");
    for (quint64 t = 0, n = (h >> 24) % 5; t < n; ++t) {
        if (t > 0) {
            out->append(',');
        }
        appendString(out, pick(kTags, (h >> (28 + 3 * t)) + t));
    }
    out->append("]},\"type\":\"items:autodesk.core:File\",\"version\":\"1.0\"},\"hidden\":");
    appendBool(out, (h >> 16) % 50 == 0);
    out->append(",\"lastModifiedTime\":");
    appendString(out, isoTime(modified));
    out->append(",\"lastModifiedUserId\":\"SANDBOXUSER1\",\"lastModifiedUserName\":");
    appendString(out, g.userName(h >> 6));
    out->append(",\"reserved\":");
    appendBool(out, reserved);
    out->append(",\"reservedTime\":");
    if (reserved) {
        appendString(out, isoTime(modified));
    } else {
        out->append("null");
    }
    out->append(",\"reservedUserId\":");
    out->append(reserved ? "\"SANDBOXUSER1\"" : "null");
    out->append(",\"reservedUserName\":");
    if (reserved) {
        appendString(out, g.userName(h >> 5));
    } else {
        out->append("null");
    }
    out->append("},\"id\":");
    appendString(out, id);
    out->append(",\"links\":{\"self\":");
    appendLink(out, projectPath + QStringLiteral("/items/") + id);
    out->append("},\"relationships\":{\"parent\":{\"data\":{\"id\":");
    appendString(out, g.folderId(folder));
    out->append(",\"type\":\"folders\"}},\"tip\":{\"data\":{\"id\":");
    appendString(out, g.versionId(item, versions));
    out->append(",\"type\":\"versions\"}},\"versions\":{\"links\":{\"related\":");
    appendLink(out, projectPath + QStringLiteral("/items/") + id + QStringLiteral("/versions"));
    out->append("}}},\"type\":\"items\"}");
}

void ItemJson::appendVersion(QByteArray* out, qint64 item, int versionNumber) const
{
    const RecordGenerator& g = m_generator;
    const quint64 h = g.hash(KindItem, quint64(item));
    const quint64 v = g.hash(KindVersion, quint64(item) * 16 + quint64(versionNumber));
    const qint64 created = kEpoch + itemAge(item) + qint64(versionNumber) * 86400;
    const QString name =
        pick(kNames, h) + u' ' + QString::number(item % 97) + pick(kExtensions, h >> 8);
    const QString id = g.versionId(item, versionNumber);
    const QString projectPath = QStringLiteral("/data/v1/projects/")
        + g.projectId(RecordGenerator::projectOfFolder(int(item % RecordGenerator::kFolderCount)));

    out->append("{\"attributes\":{\"createTime\":");
    appendString(out, isoTime(created));
    out->append(",\"createUserId\":\"SANDBOXUSER1\",\"createUserName\":");
    appendString(out, g.userName(v));
    out->append(",\"displayName\":");
    appendString(out, name);
    out->append(",\"extension\":{\"type\":\"versions:autodesk.core:File\",\"version\":\"1.0\"},"
                "\"fileType\":");
    appendString(out, pick(kExtensions, h >> 8).mid(1));
    out->append(",\"lastModifiedTime\":");
    appendString(out, isoTime(created + 600));
    out->append(",\"mimeType\":");
    appendString(out, pick(kMimeTypes, h >> 8));
    out->append(",\"name\":");
    appendString(out, name);
    out->append(",\"storageSize\":");
    appendNumber(out, double(v % 80000000));
    out->append(",\"versionNumber\":");
    out->append(QByteArray::number(versionNumber));
    out->append("},\"id\":");
    appendString(out, id);
    out->append(",\"links\":{\"self\":");
    appendLink(out, projectPath + QStringLiteral("/versions/") + id);
    out->append("},\"relationships\":{\"item\":{\"data\":{\"id\":");
    appendString(out, g.itemId(item));
    out->append(",\"type\":\"items\"}}},\"type\":\"versions\"}");
}
