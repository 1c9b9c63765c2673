#include "pipeline/EndpointCellWriter.h"

#include "pipeline/EndpointTableModel.h"
#include "source/PipelineDocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// What an emptied cell writes: nothing (QJsonValue() would be null).
const QJsonValue kRemove(QJsonValue::Undefined);

} // namespace

EndpointCellWriter::EndpointCellWriter(PipelineDocument* document, qsizetype index)
    : m_document(document)
    , m_index(index)
{ }

QString EndpointCellWriter::at(const QString& subPath) const
{
    return PipelineDocument::resourcePath(m_index) + subPath;
}

bool EndpointCellWriter::write(int column, const QString& text, QString* error)
{
    switch (column) {
    case EndpointTableModel::NameColumn:
        return writeName(text, error);
    case EndpointTableModel::MethodColumn:
        return setOrRemove(QStringLiteral(".endpoint.method"),
                           text.isEmpty() ? kRemove : QJsonValue(text.toUpper()), error);
    case EndpointTableModel::PathColumn:
        return writePath(text, error);
    case EndpointTableModel::DataSelectorColumn:
        return setOrRemove(QStringLiteral(".endpoint.data_selector"),
                           text.isEmpty() ? kRemove : QJsonValue(text), error);
    case EndpointTableModel::PaginatorColumn:
        return writeChoice(QStringLiteral(".endpoint.paginator"), QStringLiteral("type"), text,
                           error);
    case EndpointTableModel::WriteDispositionColumn:
        return writeChoice(QStringLiteral(".write_disposition"), QStringLiteral("disposition"),
                           text, error);
    case EndpointTableModel::PrimaryKeyColumn:
        return writePrimaryKey(text, error);
    case EndpointTableModel::CursorColumn:
        return writeCursor(text, error);
    default:
        return false;
    }
}

bool EndpointCellWriter::writeName(const QString& name, QString* error)
{
    const QString old = m_document->resourceName(m_index);
    return m_document->renameResource(m_index, name, error) && renameReferences(old, name, error);
}

bool EndpointCellWriter::writePath(const QString& path, QString* error)
{
    if (m_document->value(at(QStringLiteral(".endpoint"))).isString()) {
        return setOrRemove(QStringLiteral(".endpoint"), path.isEmpty() ? kRemove : path, error);
    }
    return setOrRemove(QStringLiteral(".endpoint.path"), path.isEmpty() ? kRemove : path, error);
}

bool EndpointCellWriter::writeChoice(const QString& subPath, const QString& objectKey,
                                     const QString& text, QString* error)
{
    // {"type": "offset", "limit": 100} keeps its other fields.
    if (m_document->value(at(subPath)).isObject() && !text.isEmpty()) {
        return setOrRemove(subPath + u'.' + objectKey, text, error);
    }
    return setOrRemove(subPath, text.isEmpty() ? kRemove : text, error);
}

bool EndpointCellWriter::writePrimaryKey(const QString& text, QString* error)
{
    QStringList keys;
    for (const QString& key : text.split(u',')) {
        if (!key.trimmed().isEmpty()) {
            keys.append(key.trimmed());
        }
    }
    QJsonValue value = kRemove;
    if (keys.size() == 1) {
        value = keys.first();
    } else if (keys.size() > 1) {
        value = QJsonArray::fromStringList(keys);
    }
    return setOrRemove(QStringLiteral(".primary_key"), value, error);
}

bool EndpointCellWriter::writeCursor(const QString& text, QString* error)
{
    const QString incremental = QStringLiteral(".endpoint.incremental");
    if (!text.isEmpty()) {
        return setOrRemove(incremental + QStringLiteral(".cursor_path"), text, error);
    }
    if (!setOrRemove(incremental + QStringLiteral(".cursor_path"), kRemove, error)) {
        return false;
    }
    // An incremental with nothing left in it would be a problem of its own.
    const QJsonValue left = m_document->value(at(incremental));
    return !(left.isObject() && left.toObject().isEmpty())
        || setOrRemove(incremental, kRemove, error);
}

bool EndpointCellWriter::setOrRemove(const QString& subPath, const QJsonValue& value,
                                     QString* error)
{
    if (value.isUndefined()) {
        return !m_document->contains(at(subPath)) || m_document->remove(at(subPath), error);
    }
    if (!widen(QString(), QStringLiteral("name"), error)) {
        return false;
    }
    if (subPath.startsWith(QStringLiteral(".endpoint."))
        && !widen(QStringLiteral(".endpoint"), QStringLiteral("path"), error)) {
        return false;
    }
    return m_document->setValue(at(subPath), value, error);
}

bool EndpointCellWriter::widen(const QString& subPath, const QString& scalarKey, QString* error)
{
    const QJsonValue written = m_document->value(at(subPath));
    if (!written.isString()) {
        return true;
    }
    return m_document->setValue(at(subPath), QJsonObject{{scalarKey, written}}, error);
}

bool EndpointCellWriter::renameReferences(const QString& oldName, const QString& newName,
                                          QString* error)
{
    if (oldName.isEmpty() || newName.isEmpty() || oldName == newName) {
        return true;
    }
    for (qsizetype i = 0; i < m_document->resourceCount(); ++i) {
        const QString resource = PipelineDocument::resourcePath(i);
        const QString endpoint = resource + QStringLiteral(".endpoint");
        const bool shortForm = m_document->value(endpoint).isString();
        if (!renameIn(shortForm ? endpoint : endpoint + QStringLiteral(".path"), oldName, newName,
                      error)) {
            return false;
        }
        const QJsonObject params =
            m_document->value(endpoint + QStringLiteral(".params")).toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            const QString param = endpoint + QStringLiteral(".params.") + it.key();
            // dlt's {"type": "resolve", "resource": "hubs", "field": "id"}.
            const bool resolve = it.value().toObject().value(QStringLiteral("resource")) == oldName;
            if (resolve
                && !m_document->setValue(param + QStringLiteral(".resource"), newName, error)) {
                return false;
            }
            if (!renameIn(param, oldName, newName, error)) {
                return false;
            }
        }
    }
    return true;
}

bool EndpointCellWriter::renameIn(const QString& path, const QString& oldName,
                                  const QString& newName, QString* error)
{
    const QJsonValue value = m_document->value(path);
    const QString from = QStringLiteral("{resources.%1.").arg(oldName);
    if (!value.isString() || !value.toString().contains(from)) {
        return true;
    }
    QString text = value.toString();
    text.replace(from, QStringLiteral("{resources.%1.").arg(newName));
    return m_document->setValue(path, text, error);
}
