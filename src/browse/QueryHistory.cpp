#include "browse/QueryHistory.h"

#include "core/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

QueryHistory::QueryHistory(const QString& home, const QString& databasePath)
{
    const QByteArray key = QCryptographicHash::hash(
        QFileInfo(databasePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    m_path = QDir(home).filePath(
        QStringLiteral("query-history/%1.json").arg(QString::fromLatin1(key.toHex().left(24))));
}

QStringList QueryHistory::entries() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList entries;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            entries << value.toString();
        }
    }
    return entries.mid(0, kMaxEntries);
}

bool QueryHistory::add(const QString& sql)
{
    const QString trimmed = sql.trimmed();
    if (trimmed.isEmpty()) {
        return true;
    }
    QStringList entries = this->entries();
    entries.removeAll(trimmed);
    entries.prepend(trimmed);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return AtomicFile::write(
               m_path,
               QJsonDocument(QJsonArray::fromStringList(entries.mid(0, kMaxEntries))).toJson())
        .isEmpty();
}
