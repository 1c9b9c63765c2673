// The sink of a `run`: each page of a resource normalized and written into
// the load's transaction as it arrives, so memory holds one page at most.
#pragma once

#include "source/RecordSink.h"

#include <QHash>

class Loader;
class TableSchema;
struct PipelineFile;

class LoadSink : public RecordSink
{
public:
    LoadSink(Loader* loader, const PipelineFile* pipeline);

    bool accept(const QString& resource, const std::vector<simdjson::dom::element>& records,
                const QJsonObject& extraFields, QString* error) override;
    // Prepares the tables of the resources that will run before any record
    // comes: a replace table is emptied even when its API returns nothing.
    bool prepare(const QStringList& resources, QString* error);

private:
    TableSchema* tableOf(const QString& resource, QString* error);

    Loader* m_loader;
    const PipelineFile* m_pipeline;
    QHash<QString, TableSchema*> m_tables;
    simdjson::dom::parser m_extraParser;
};
