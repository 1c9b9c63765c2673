#include "destination/LoadSink.h"

#include "destination/Loader.h"
#include "source/PipelineFile.h"

#include <QJsonDocument>

LoadSink::LoadSink(Loader* loader, const PipelineFile* pipeline)
    : m_loader(loader)
    , m_pipeline(pipeline)
{ }

namespace {

RelationalNormalizer::TableOptions optionsOf(const ResourceConfig& resource)
{
    RelationalNormalizer::TableOptions options;
    options.table = resource.table();
    options.resource = resource.name;
    options.writeDisposition = resource.writeDisposition;
    options.primaryKey = resource.primaryKey;
    options.mergeKey = resource.mergeKey;
    options.columns = resource.columns;
    options.maxNesting = resource.maxTableNesting ? int(*resource.maxTableNesting) : -1;
    return options;
}

} // namespace

TableSchema* LoadSink::tableOf(const QString& resource, QString* error)
{
    if (TableSchema* table = m_tables.value(resource)) {
        return table;
    }
    const ResourceConfig* config = m_pipeline->resource(resource);
    if (!config) {
        *error = QStringLiteral("no resource %1").arg(resource);
        return nullptr;
    }
    TableSchema* table = m_loader->prepareTable(optionsOf(*config), error);
    if (table) {
        m_tables.insert(resource, table);
    }
    return table;
}

bool LoadSink::prepare(const QStringList& resources, QString* error)
{
    for (const QString& resource : resources) {
        if (!tableOf(resource, error)) {
            return false;
        }
    }
    return true;
}

bool LoadSink::accept(const QString& resource, const std::vector<simdjson::dom::element>& records,
                      const QJsonObject& extraFields, QString* error)
{
    TableSchema* table = tableOf(resource, error);
    if (!table) {
        return false;
    }
    if (extraFields.isEmpty()) {
        for (const simdjson::dom::element& record : records) {
            if (!m_loader->write(table, record, error)) {
                return false;
            }
        }
        return true;
    }
    // include_from_parent values: parsed once for the whole page.
    const QByteArray json = QJsonDocument(extraFields).toJson(QJsonDocument::Compact);
    simdjson::dom::element extra;
    if (m_extraParser.parse(json.constData(), size_t(json.size())).get(extra)) {
        *error = QStringLiteral("include_from_parent values could not be read");
        return false;
    }
    for (const simdjson::dom::element& record : records) {
        if (!m_loader->write(table, record, extra, error)) {
            return false;
        }
    }
    return true;
}
