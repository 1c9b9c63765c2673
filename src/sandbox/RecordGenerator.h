// The sandbox's data, made up on the fly from a seed: the same seed and index
// always give the same record, and nothing is held in memory, so the sandbox
// can serve tens of millions of items.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class RecordGenerator
{
public:
    // The default tree: 2 hubs of 3 projects with 2 top folders each.
    static constexpr int kHubCount = 2;
    static constexpr int kProjectsPerHub = 3;
    static constexpr int kTopFoldersPerProject = 2;
    static constexpr int kProjectCount = kHubCount * kProjectsPerHub;
    static constexpr int kFolderCount = kProjectCount * kTopFoldersPerProject;

    // How many hubs, projects and folders hold the items, so that a tree
    // as big as a real account's can be walked.
    struct Tree
    {
        int hubs = kHubCount;
        int projectsPerHub = kProjectsPerHub;
        int foldersPerProject = kTopFoldersPerProject;
    };

    RecordGenerator(quint64 seed, qint64 itemCount, int bucketCount);
    RecordGenerator(quint64 seed, qint64 itemCount, int bucketCount, const Tree& tree);

    qint64 itemCount() const;
    int bucketCount() const;
    int hubCount() const;
    int projectsPerHub() const;
    int foldersPerProject() const;
    int projectCount() const;
    int folderCount() const;

    QString hubId(int hub) const;
    QString projectId(int project) const;
    QString folderId(int folder) const;
    QString itemId(qint64 item) const;
    QString versionId(qint64 item, int versionNumber) const;
    QString bucketKey(int bucket) const;
    // The index of the first bucket whose key sorts after key.
    int bucketAfter(const QString& key) const;

    std::optional<int> hubIndex(const QString& id) const;
    std::optional<int> projectIndex(const QString& id) const;
    std::optional<int> folderIndex(const QString& id) const;
    std::optional<qint64> itemIndex(const QString& id) const;

    int hubOfProject(int project) const;
    int projectOfFolder(int folder) const;

    // Items are dealt round-robin across the folders.
    qint64 itemCountInFolder(int folder) const;
    qint64 itemAt(int folder, qint64 position) const;
    int versionCount(qint64 item) const;

    // JSON:API resources, with links resolved against base.
    QJsonObject hub(int hub, const QUrl& base) const;
    QJsonObject project(int project, const QUrl& base) const;
    QJsonObject folder(int folder, const QUrl& base) const;
    QJsonObject item(qint64 item, const QUrl& base) const;
    QJsonObject version(qint64 item, int versionNumber, const QUrl& base) const;
    // An OSS bucket as /oss/v2/buckets lists it.
    QJsonObject bucket(int bucket) const;
    // A flat-ish record for the pagination playground.
    QJsonObject playgroundRecord(qint64 index) const;
    // Seconds since the epoch at which a playground record was last updated.
    qint64 playgroundUpdatedAt(qint64 index) const;

private:
    // Writes items and versions as text with the same helpers.
    friend class ItemJson;

    quint64 hash(quint64 kind, quint64 index) const;
    QString hashText(quint64 kind, quint64 index, int length) const;
    QByteArray hashBytes(quint64 kind, quint64 index, int length) const;
    // The ids as Latin-1 bytes (they are ASCII), for the JSON writer.
    QByteArray itemIdBytes(qint64 item) const;
    QByteArray versionIdBytes(qint64 item, int versionNumber) const;
    static QString isoTime(qint64 secondsSinceEpoch);
    static QByteArray isoTimeBytes(qint64 secondsSinceEpoch);
    static QJsonObject link(const QUrl& base, const QString& path);
    QString userName(quint64 hashValue) const;

    quint64 m_seed;
    qint64 m_itemCount;
    int m_bucketCount;
    Tree m_tree;
};
