#include "pipeline/RecordRebuilder.h"

#include "pipeline/DltColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

using namespace DltColumns;
const QString kVariant = QStringLiteral("__v_");
// Deeper than any normalizer nests (its limit is 1000 levels of which a
// record uses few): a loop in damaged data ends here.
constexpr int kMaxDepth = 256;

bool isSystem(const QString& column)
{
    return column.startsWith(QLatin1String("_dlt_"));
}

// Puts a value at a "__" path inside an object.
void place(QJsonObject& object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject inner = object.value(path.first()).toObject();
    place(inner, path.mid(1), value);
    object.insert(path.first(), inner);
}

} // namespace

void RecordRebuilder::addTable(const Table& table)
{
    m_tables.insert(table.name, table);
    if (!table.parent.isEmpty() && !m_children[table.parent].contains(table.name)) {
        m_children[table.parent] << table.name;
    }
}

void RecordRebuilder::addRows(const QString& table, const QList<QVariantHash>& rows)
{
    QHash<QString, QList<QVariantHash>>& byParent = m_rowsByParent[table];
    for (const QVariantHash& row : rows) {
        byParent[row.value(kParentId).toString()] << row;
    }
    for (QList<QVariantHash>& siblings : byParent) {
        std::stable_sort(siblings.begin(), siblings.end(),
                         [](const QVariantHash& a, const QVariantHash& b) {
                             return a.value(kListIdx).toLongLong() < b.value(kListIdx).toLongLong();
                         });
    }
}

QJsonValue RecordRebuilder::record(const QString& table, const QVariantHash& row) const
{
    // A record that was not an object was stored whole in "value".
    if (m_tables.value(table).parent.isEmpty() && !hasData(row, kValue) && row.contains(kValue)
        && m_children.value(table).isEmpty()) {
        return valueOf(table, kValue, row.value(kValue));
    }
    return objectOf(table, row, 0);
}

QJsonObject RecordRebuilder::objectOf(const QString& table, const QVariantHash& row,
                                      int depth) const
{
    QJsonObject object;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (isSystem(it.key()) || it.value().isNull()) {
            continue;
        }
        QString column = it.key();
        // col__v_<type> holds col's values of another type.
        const int variant = column.lastIndexOf(kVariant);
        if (variant > 0) {
            column.truncate(variant);
        }
        place(object, column.split(QLatin1String("__")), valueOf(table, it.key(), it.value()));
    }
    if (depth >= kMaxDepth) {
        return object;
    }
    const QString id = row.value(kId).toString();
    for (const QString& child : m_children.value(table)) {
        const QJsonArray list = listOf(child, id, depth + 1);
        if (list.isEmpty()) {
            continue;
        }
        const QString key = child.mid(table.size() + 2);
        place(object, key.split(QLatin1String("__")), list);
    }
    return object;
}

QJsonValue RecordRebuilder::elementOf(const QString& table, const QVariantHash& row,
                                      int depth) const
{
    // A scalar of a list sits alone in "value"; a list in a list is a row
    // with no data whose items are in <table>__list (or in "list" as JSON
    // past the nesting limit).
    if (row.value(kValue).isValid() && !row.value(kValue).isNull() && !hasData(row, kValue)) {
        return valueOf(table, kValue, row.value(kValue));
    }
    if (!hasData(row, kList)) {
        if (!row.value(kList).isNull() && row.value(kList).isValid()) {
            return valueOf(table, kList, row.value(kList));
        }
        const QString inner = table + QStringLiteral("__") + kList;
        if (m_tables.contains(inner)) {
            return listOf(inner, row.value(kId).toString(), depth + 1);
        }
    }
    return objectOf(table, row, depth);
}

QJsonArray RecordRebuilder::listOf(const QString& childTable, const QString& parentId,
                                   int depth) const
{
    QJsonArray list;
    if (depth >= kMaxDepth) {
        return list;
    }
    const auto rows = m_rowsByParent.value(childTable).value(parentId);
    for (const QVariantHash& row : rows) {
        list << elementOf(childTable, row, depth);
    }
    return list;
}

QJsonValue RecordRebuilder::valueOf(const QString& table, const QString& column,
                                    const QVariant& value) const
{
    const QString type = m_tables.value(table).dataTypes.value(column);
    if (type == QLatin1String("bool")) {
        return value.toLongLong() != 0;
    }
    if (type == QLatin1String("json")) {
        const QByteArray text = value.toString().toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError) {
            return document.isArray() ? QJsonValue(document.array())
                                      : QJsonValue(document.object());
        }
        // A JSON scalar: wrap it to read it.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]");
        return wrapped.isArray() && !wrapped.array().isEmpty() ? wrapped.array().first()
                                                               : QJsonValue(value.toString());
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return QString::fromLatin1(value.toByteArray().toBase64());
    }
    return QJsonValue::fromVariant(value);
}

bool RecordRebuilder::hasData(const QVariantHash& row, const QString& except) const
{
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!isSystem(it.key()) && it.key() != except && !it.value().isNull()) {
            return true;
        }
    }
    return false;
}
