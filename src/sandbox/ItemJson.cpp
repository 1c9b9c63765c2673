#include "sandbox/ItemJson.h"

#include "sandbox/RecordGenerator.h"
#include "sandbox/RecordVocabulary.h"

using namespace RecordVocabulary;

namespace {

void appendEscaped(QByteArray* out, unsigned char byte)
{
    static constexpr char kHex[] = "0123456789abcdef";
    switch (byte) {
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
    default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 15]};
        out->append(escaped, 6);
    }
    }
}

// Runs of plain characters are copied at once: per-byte appends were the
// largest cost of a page.
void appendString(QByteArray* out, QByteArrayView utf8)
{
    out->append('"');
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            continue;
        }
        out->append(utf8.sliced(plain, i - plain));
        appendEscaped(out, byte);
        plain = i + 1;
    }
    out->append(utf8.sliced(plain));
    out->append('"');
}

// Qt's JSON number: a whole number as an integer, otherwise the shortest
// text that reads back the same double.
void appendNumber(QByteArray* out, double value)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    // The range first: casting a double beyond qint64 is undefined.
    if (value > -kExact && value < kExact && value == double(qint64(value))) {
        out->append(QByteArray::number(qint64(value)));
        return;
    }
    out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

// A path as QUrl::FullyEncoded writes it.
void appendEncodedPath(QByteArray* out, QByteArrayView path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    static constexpr QByteArrayView kKept = "-._~!$&'()*+,;=:@/";
    qsizetype plain = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || kKept.contains(c)) {
            continue;
        }
        out->append(path.sliced(plain, i - plain));
        const auto byte = static_cast<unsigned char>(c);
        const char escaped[] = {'%', kHex[byte >> 4], kHex[byte & 15]};
        out->append(escaped, 3);
        plain = i + 1;
    }
    out->append(path.sliced(plain));
}

template <std::size_t N> const char* pickText(const char* const (&list)[N], quint64 value)
{
    return list[value % N];
}

// "Façade Süd 12.rvt": the name items and their versions share.
QByteArray displayName(quint64 h, qint64 item)
{
    return QByteArray(pickText(kNames, h)) + ' ' + QByteArray::number(item % 97)
        + pickText(kExtensions, h >> 8);
}

void appendNullOr(QByteArray* out, bool present, QByteArrayView text)
{
    if (present) {
        appendString(out, text);
    } else {
        out->append("null");
    }
}

} // namespace

ItemJson::ItemJson(const RecordGenerator& generator, const QUrl& base)
    : m_generator(generator)
    , m_origin(
          base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded())
{ }

void ItemJson::appendLink(QByteArray* out, std::initializer_list<QByteArrayView> path) const
{
    out->append("{\"href\":\"");
    out->append(m_origin);
    for (const QByteArrayView part : path) {
        appendEncodedPath(out, part);
    }
    out->append("\"}");
}

const QByteArray& ItemJson::projectPath(int folder) const
{
    // A page lists one folder's items: the same project every time.
    if (folder != m_cachedFolder) {
        m_cachedFolder = folder;
        m_projectPath = "/data/v1/projects/"
            + m_generator.projectId(m_generator.projectOfFolder(folder)).toUtf8();
        m_folderId = m_generator.folderId(folder).toUtf8();
    }
    return m_projectPath;
}

void ItemJson::appendItem(QByteArray* out, qint64 item) const
{
    const RecordGenerator& g = m_generator;
    const quint64 h = g.hash(KindItem, quint64(item));
    const QByteArray id = g.itemIdBytes(item);
    const QByteArray& project = projectPath(int(item % m_generator.folderCount()));
    const qint64 created = kEpoch + itemAge(item) + qint64(h % 1000);
    const qint64 modified = created + qint64((h >> 12) % (30 * 86400));
    const bool reserved = (h >> 20) % 10 == 0;
    const int versions = g.versionCount(item);

    out->append("{\"attributes\":{\"createTime\":");
    appendString(out, RecordGenerator::isoTimeBytes(created));
    out->append(",\"createUserId\":\"SANDBOXUSER1\",\"createUserName\":");
    appendString(out, pickText(kPeople, h >> 4));
    out->append(",\"displayName\":");
    appendString(out, displayName(h, item));
    out->append(",\"extension\":{\"data\":{\"attributes\":[{\"name\":\"Discipline\",\"value\":");
    appendString(out, pickText(kDisciplines, h >> 40));
    out->append("},{\"name\":\"Revision\",\"value\":\"C");
    out->append(versions < 10 ? "0" : "");
    out->append(QByteArray::number(versions));
    out->append("\"}],\"description\":");
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
        appendString(out, pickText(kTags, (h >> (28 + 3 * t)) + t));
    }
    out->append("]},\"type\":\"items:autodesk.core:File\",\"version\":\"1.0\"},\"hidden\":");
    out->append((h >> 16) % 50 == 0 ? "true" : "false");
    out->append(",\"lastModifiedTime\":");
    const QByteArray modifiedText = RecordGenerator::isoTimeBytes(modified);
    appendString(out, modifiedText);
    out->append(",\"lastModifiedUserId\":\"SANDBOXUSER1\",\"lastModifiedUserName\":");
    appendString(out, pickText(kPeople, h >> 6));
    out->append(reserved ? ",\"reserved\":true,\"reservedTime\":"
                         : ",\"reserved\":false,\"reservedTime\":");
    appendNullOr(out, reserved, modifiedText);
    out->append(",\"reservedUserId\":");
    appendNullOr(out, reserved, "SANDBOXUSER1");
    out->append(",\"reservedUserName\":");
    appendNullOr(out, reserved, pickText(kPeople, h >> 5));
    out->append("},\"id\":");
    appendString(out, id);
    out->append(",\"links\":{\"self\":");
    appendLink(out, {project, "/items/", id});
    out->append("},\"relationships\":{\"parent\":{\"data\":{\"id\":");
    appendString(out, m_folderId);
    out->append(",\"type\":\"folders\"}},\"tip\":{\"data\":{\"id\":");
    appendString(out, g.versionIdBytes(item, versions));
    out->append(",\"type\":\"versions\"}},\"versions\":{\"links\":{\"related\":");
    appendLink(out, {project, "/items/", id, "/versions"});
    out->append("}}},\"type\":\"items\"}");
}

void ItemJson::appendVersion(QByteArray* out, qint64 item, int versionNumber) const
{
    const RecordGenerator& g = m_generator;
    const quint64 h = g.hash(KindItem, quint64(item));
    const quint64 v = g.hash(KindVersion, quint64(item) * 16 + quint64(versionNumber));
    const qint64 created = kEpoch + itemAge(item) + qint64(versionNumber) * 86400;
    const QByteArray name = displayName(h, item);
    const QByteArray id = g.versionIdBytes(item, versionNumber);
    const QByteArray& project = projectPath(int(item % m_generator.folderCount()));

    out->append("{\"attributes\":{\"createTime\":");
    appendString(out, RecordGenerator::isoTimeBytes(created));
    out->append(",\"createUserId\":\"SANDBOXUSER1\",\"createUserName\":");
    appendString(out, pickText(kPeople, v));
    out->append(",\"displayName\":");
    appendString(out, name);
    out->append(",\"extension\":{\"type\":\"versions:autodesk.core:File\",\"version\":\"1.0\"},"
                "\"fileType\":");
    appendString(out, pickText(kExtensions, h >> 8) + 1);
    out->append(",\"lastModifiedTime\":");
    appendString(out, RecordGenerator::isoTimeBytes(created + 600));
    out->append(",\"mimeType\":");
    appendString(out, pickText(kMimeTypes, h >> 8));
    out->append(",\"name\":");
    appendString(out, name);
    out->append(",\"storageSize\":");
    appendNumber(out, double(v % 80000000));
    out->append(",\"versionNumber\":");
    out->append(QByteArray::number(versionNumber));
    out->append("},\"id\":");
    appendString(out, id);
    out->append(",\"links\":{\"self\":");
    appendLink(out, {project, "/versions/", id});
    out->append("},\"relationships\":{\"item\":{\"data\":{\"id\":");
    appendString(out, g.itemIdBytes(item));
    out->append(",\"type\":\"items\"}}},\"type\":\"versions\"}");
}
