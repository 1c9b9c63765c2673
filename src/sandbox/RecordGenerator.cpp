#include "sandbox/RecordGenerator.h"

#include "pipeline/TimestampParser.h"
#include "sandbox/ItemJson.h"
#include "sandbox/RecordVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using namespace RecordVocabulary;

std::optional<qint64> trailingIndex(const QString& id, const QString& prefix)
{
    if (!id.startsWith(prefix)) {
        return std::nullopt;
    }
    const qsizetype underscore = id.lastIndexOf(u'_');
    if (underscore < prefix.size()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 index = id.mid(underscore + 1).toLongLong(&ok);
    return ok && index >= 0 ? std::optional<qint64>(index) : std::nullopt;
}

} // namespace

RecordGenerator::RecordGenerator(quint64 seed, qint64 itemCount, int bucketCount)
    : RecordGenerator(seed, itemCount, bucketCount, Tree())
{ }

RecordGenerator::RecordGenerator(quint64 seed, qint64 itemCount, int bucketCount, const Tree& tree)
    : m_seed(seed)
    , m_itemCount(itemCount)
    , m_bucketCount(bucketCount)
    , m_tree(tree)
{ }

int RecordGenerator::hubCount() const
{
    return m_tree.hubs;
}

int RecordGenerator::projectsPerHub() const
{
    return m_tree.projectsPerHub;
}

int RecordGenerator::foldersPerProject() const
{
    return m_tree.foldersPerProject;
}

int RecordGenerator::projectCount() const
{
    return m_tree.hubs * m_tree.projectsPerHub;
}

int RecordGenerator::folderCount() const
{
    return projectCount() * m_tree.foldersPerProject;
}

qint64 RecordGenerator::itemCount() const
{
    return m_itemCount;
}

int RecordGenerator::bucketCount() const
{
    return m_bucketCount;
}

quint64 RecordGenerator::hash(quint64 kind, quint64 index) const
{
    return splitMix64(splitMix64(m_seed ^ (kind << 56)) ^ index);
}

QString RecordGenerator::hashText(quint64 kind, quint64 index, int length) const
{
    return QString::fromLatin1(hashBytes(kind, index, length));
}

QByteArray RecordGenerator::hashBytes(quint64 kind, quint64 index, int length) const
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray text(length, Qt::Uninitialized);
    quint64 value = hash(kind, index);
    for (int i = 0; i < length; ++i) {
        if (i % 10 == 9) {
            value = splitMix64(value);
        }
        text[i] = alphabet[value % 62];
        value /= 62;
    }
    return text;
}

QString RecordGenerator::hubId(int hub) const
{
    // Personal hubs are "a." ids, BIM 360 accounts "b." ids, as in APS.
    return (hub % 2 == 0 ? QStringLiteral("a.") : QStringLiteral("b."))
        + hashText(KindHub, quint64(hub), 16) + u'_' + QString::number(hub);
}

QString RecordGenerator::projectId(int project) const
{
    return (hubOfProject(project) % 2 == 0 ? QStringLiteral("a.") : QStringLiteral("b."))
        + hashText(KindProject, quint64(project), 16) + u'_' + QString::number(project);
}

QString RecordGenerator::folderId(int folder) const
{
    return QStringLiteral("urn:adsk.wipprod:fs.folder:co.")
        + hashText(KindFolder, quint64(folder), 16) + u'_' + QString::number(folder);
}

QString RecordGenerator::itemId(qint64 item) const
{
    return QString::fromLatin1(itemIdBytes(item));
}

QByteArray RecordGenerator::itemIdBytes(qint64 item) const
{
    return "urn:adsk.wipprod:dm.lineage:" + hashBytes(KindItem, quint64(item), 16) + '_'
        + QByteArray::number(item);
}

QString RecordGenerator::versionId(qint64 item, int versionNumber) const
{
    return QString::fromLatin1(versionIdBytes(item, versionNumber));
}

QByteArray RecordGenerator::versionIdBytes(qint64 item, int versionNumber) const
{
    return "urn:adsk.wipprod:fs.file:vf." + hashBytes(KindItem, quint64(item), 16) + '_'
        + QByteArray::number(item) + "?version=" + QByteArray::number(versionNumber);
}

QString RecordGenerator::bucketKey(int bucket) const
{
    // Wide enough for every allowed count, so keys sort in index order.
    return QStringLiteral("sandbox-bucket-%1").arg(bucket, 7, 10, QLatin1Char('0'));
}

int RecordGenerator::bucketAfter(const QString& key) const
{
    // Keys sort like their indexes, so a binary search finds the spot even for
    // a key the sandbox never issued.
    int low = 0;
    int high = m_bucketCount;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (bucketKey(middle) <= key) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

std::optional<int> RecordGenerator::hubIndex(const QString& id) const
{
    const auto index = trailingIndex(id, id.left(2));
    if (!index || *index >= hubCount() || hubId(int(*index)) != id) {
        return std::nullopt;
    }
    return int(*index);
}

std::optional<int> RecordGenerator::projectIndex(const QString& id) const
{
    const auto index = trailingIndex(id, id.left(2));
    if (!index || *index >= projectCount() || projectId(int(*index)) != id) {
        return std::nullopt;
    }
    return int(*index);
}

std::optional<int> RecordGenerator::folderIndex(const QString& id) const
{
    const auto index = trailingIndex(id, QStringLiteral("urn:adsk.wipprod:fs.folder:co."));
    if (!index || *index >= folderCount() || folderId(int(*index)) != id) {
        return std::nullopt;
    }
    return int(*index);
}

std::optional<qint64> RecordGenerator::itemIndex(const QString& id) const
{
    const auto index = trailingIndex(id, QStringLiteral("urn:adsk.wipprod:dm.lineage:"));
    if (!index || *index >= m_itemCount || itemId(*index) != id) {
        return std::nullopt;
    }
    return index;
}

int RecordGenerator::hubOfProject(int project) const
{
    return project / m_tree.projectsPerHub;
}

int RecordGenerator::projectOfFolder(int folder) const
{
    return folder / m_tree.foldersPerProject;
}

qint64 RecordGenerator::itemCountInFolder(int folder) const
{
    if (folder >= m_itemCount) {
        return 0;
    }
    return (m_itemCount - folder + folderCount() - 1) / folderCount();
}

qint64 RecordGenerator::itemAt(int folder, qint64 position) const
{
    return folder + position * folderCount();
}

int RecordGenerator::versionCount(qint64 item) const
{
    return 1 + int(hash(KindVersion, quint64(item)) % 4);
}

QString RecordGenerator::isoTime(qint64 secondsSinceEpoch)
{
    return QString::fromLatin1(isoTimeBytes(secondsSinceEpoch));
}

QByteArray RecordGenerator::isoTimeBytes(qint64 secondsSinceEpoch)
{
    // "2023-01-01T00:07:26.000Z" (what QDateTime's ISODateWithMs writes),
    // without QDateTime: this runs several times per record of a page.
    const TimestampParser::Formatted text = TimestampParser::formatted(secondsSinceEpoch * 1000000);
    QByteArray iso(text.text.data(), 24);
    iso[10] = 'T';
    iso[23] = 'Z';
    return iso;
}

QJsonObject RecordGenerator::link(const QUrl& base, const QString& path)
{
    QUrl url = base;
    url.setPath(path);
    return QJsonObject{{QStringLiteral("href"), url.toString(QUrl::FullyEncoded)}};
}

QString RecordGenerator::userName(quint64 hashValue) const
{
    return pick(kPeople, hashValue);
}

QJsonObject RecordGenerator::hub(int hub, const QUrl& base) const
{
    const bool personal = hub % 2 == 0;
    const QString id = hubId(hub);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("hubs")},
        {QStringLiteral("id"), id},
        {QStringLiteral("attributes"),
         QJsonObject{
             {QStringLiteral("name"),
              personal ? QStringLiteral("Zoë's Personal Hub")
                       : QStringLiteral("Grantline Sandbox Account")},
             {QStringLiteral("region"), personal ? QStringLiteral("US") : QStringLiteral("EMEA")},
             {QStringLiteral("extension"),
              QJsonObject{{QStringLiteral("type"),
                           personal ? QStringLiteral("hubs:autodesk.a360:PersonalHub")
                                    : QStringLiteral("hubs:autodesk.bim360:Account")},
                          {QStringLiteral("version"), QStringLiteral("1.0")},
                          {QStringLiteral("data"), QJsonObject()}}}}},
        {QStringLiteral("relationships"),
         QJsonObject{
             {QStringLiteral("projects"),
              QJsonObject{
                  {QStringLiteral("links"),
                   QJsonObject{
                       {QStringLiteral("related"),
                        link(base, QStringLiteral("/project/v1/hubs/%1/projects").arg(id))}}}}}}},
        {QStringLiteral("links"),
         QJsonObject{
             {QStringLiteral("self"), link(base, QStringLiteral("/project/v1/hubs/") + id)}}},
    };
}

QJsonObject RecordGenerator::project(int project, const QUrl& base) const
{
    const int hub = hubOfProject(project);
    const QString id = projectId(project);
    const QString hubPath = QStringLiteral("/project/v1/hubs/") + hubId(hub);
    const quint64 h = hash(KindProject, quint64(project));
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("projects")},
        {QStringLiteral("id"), id},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("name"),
                      pick(kNames, h) + QStringLiteral(" Project ") + QString::number(project + 1)},
                     {QStringLiteral("scopes"), QJsonArray{QStringLiteral("global")}},
                     {QStringLiteral("extension"),
                      QJsonObject{{QStringLiteral("type"),
                                   QStringLiteral("projects:autodesk.core:Project")},
                                  {QStringLiteral("version"), QStringLiteral("1.0")},
                                  {QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("projectType"),
                                                hub % 2 == 0 ? QStringLiteral("A360")
                                                             : QStringLiteral("ACC")}}}}}}},
        {QStringLiteral("relationships"),
         QJsonObject{{QStringLiteral("hub"),
                      QJsonObject{{QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("hubs")},
                                               {QStringLiteral("id"), hubId(hub)}}}}},
                     {QStringLiteral("rootFolder"),
                      QJsonObject{{QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("folders")},
                                               {QStringLiteral("id"),
                                                folderId(project * m_tree.foldersPerProject)}}}}},
                     {QStringLiteral("topFolders"),
                      QJsonObject{{QStringLiteral("links"),
                                   QJsonObject{{QStringLiteral("related"),
                                                link(base,
                                                     hubPath + QStringLiteral("/projects/") + id
                                                         + QStringLiteral("/topFolders"))}}}}}}},
        {QStringLiteral("links"),
         QJsonObject{
             {QStringLiteral("self"), link(base, hubPath + QStringLiteral("/projects/") + id)}}},
    };
}

QJsonObject RecordGenerator::folder(int folder, const QUrl& base) const
{
    const int project = projectOfFolder(folder);
    const QString id = folderId(folder);
    const QString projectPath = QStringLiteral("/data/v1/projects/") + projectId(project);
    const quint64 h = hash(KindFolder, quint64(folder));
    const qint64 created = kEpoch + qint64(h % (90 * 86400));
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("folders")},
        {QStringLiteral("id"), id},
        {QStringLiteral("attributes"),
         QJsonObject{
             {QStringLiteral("name"),
              folder % 2 == 0 ? QStringLiteral("Project Files") : QStringLiteral("Plans")},
             {QStringLiteral("displayName"),
              folder % 2 == 0 ? QStringLiteral("Project Files") : QStringLiteral("Plans")},
             {QStringLiteral("createTime"), isoTime(created)},
             {QStringLiteral("createUserId"), QStringLiteral("SANDBOXUSER1")},
             {QStringLiteral("createUserName"), userName(h)},
             {QStringLiteral("lastModifiedTime"), isoTime(created + 3600)},
             {QStringLiteral("lastModifiedTimeRollup"), isoTime(created + 86400)},
             {QStringLiteral("objectCount"), double(itemCountInFolder(folder))},
             {QStringLiteral("hidden"), false},
             {QStringLiteral("extension"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("folders:autodesk.core:Folder")},
                          {QStringLiteral("version"), QStringLiteral("1.0")},
                          {QStringLiteral("data"), QJsonObject()}}}}},
        {QStringLiteral("relationships"),
         QJsonObject{{QStringLiteral("contents"),
                      QJsonObject{{QStringLiteral("links"),
                                   QJsonObject{{QStringLiteral("related"),
                                                link(base,
                                                     projectPath + QStringLiteral("/folders/") + id
                                                         + QStringLiteral("/contents"))}}}}}}},
        {QStringLiteral("links"),
         QJsonObject{
             {QStringLiteral("self"), link(base, projectPath + QStringLiteral("/folders/") + id)}}},
    };
}

QJsonObject RecordGenerator::item(qint64 item, const QUrl& base) const
{
    // One source of truth: the text the data API serves.
    QByteArray json;
    ItemJson(*this, base).appendItem(&json, item);
    return QJsonDocument::fromJson(json).object();
}

QJsonObject RecordGenerator::version(qint64 item, int versionNumber, const QUrl& base) const
{
    QByteArray json;
    ItemJson(*this, base).appendVersion(&json, item, versionNumber);
    return QJsonDocument::fromJson(json).object();
}

QJsonObject RecordGenerator::bucket(int bucket) const
{
    static const char* const policies[] = {"transient", "temporary", "persistent"};
    const quint64 h = hash(KindBucket, quint64(bucket));
    return QJsonObject{
        {QStringLiteral("bucketKey"), bucketKey(bucket)},
        {QStringLiteral("createdDate"),
         double((kEpoch + bucket * 86400) * 1000 + qint64(h % 1000))},
        {QStringLiteral("policyKey"), QLatin1String(policies[h % 3])},
    };
}

qint64 RecordGenerator::playgroundUpdatedAt(qint64 index) const
{
    // Spread over a year so that sorting by time really reorders the records.
    return kEpoch + qint64(hash(KindPlayground, quint64(index)) % (365 * 86400));
}

QJsonObject RecordGenerator::playgroundRecord(qint64 index) const
{
    const quint64 h = hash(KindPlayground, quint64(index));
    QJsonArray tags;
    for (quint64 t = 0, n = (h >> 8) % 4; t < n; ++t) {
        tags.append(pick(kTags, (h >> (12 + 3 * t)) + t));
    }
    return QJsonObject{
        {QStringLiteral("id"), index + 1},
        {QStringLiteral("name"), pick(kNames, h >> 20) + u' ' + QString::number(index + 1)},
        {QStringLiteral("updated_at"), isoTime(playgroundUpdatedAt(index))},
        {QStringLiteral("score"), double((h >> 30) % 10000) / 100.0},
        {QStringLiteral("active"), (h >> 40) % 2 == 0},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("owner"),
         QJsonObject{{QStringLiteral("name"), userName(h >> 44)},
                     {QStringLiteral("id"), double((h >> 48) % 1000)}}},
        {QStringLiteral("notes"),
         (h >> 52) % 4 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("ok"))},
    };
}
