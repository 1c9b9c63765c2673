// A pipeline's schema: every table the normalizer made, in the order they
// were made, with a version that goes up each time a table or column is
// added. Serialised in dlt's stored-schema format for _dlt_version.
#pragma once

#include "pipeline/TableSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

class Schema
{
public:
    explicit Schema(const QString& name = QStringLiteral("rest_api"));
    Schema(const Schema& other);
    Schema& operator=(const Schema& other);

    QString name() const
    {
        return m_name;
    }
    qint64 version() const
    {
        return m_version;
    }
    // dlt's schema engine version, stored beside every schema.
    static constexpr int kEngineVersion = 11;

    // Pointers stay valid while the schema lives: tables are never removed.
    TableSchema* table(const QString& name);
    const TableSchema* table(const QString& name) const;
    TableSchema* addTable(const TableSchema& table);
    std::vector<const TableSchema*> tables() const;
    // Data tables only (no _dlt_ system tables).
    std::vector<const TableSchema*> dataTables() const;
    // The root table above a child table (itself for a root).
    const TableSchema* rootOf(const TableSchema& table) const;
    // Every table below a root, children before grandchildren.
    std::vector<const TableSchema*> descendantsOf(const QString& root) const;

    // Call after any change to a table or column: bumps the version once
    // per saved state (see markSaved).
    void markChanged();
    bool hasUnsavedChanges() const
    {
        return m_unsaved;
    }
    void markSaved()
    {
        m_unsaved = false;
    }

    // Base64 SHA3-256 of the content, without the version fields.
    QString versionHash() const;
    QJsonObject toJson() const;
    static Schema fromJson(const QJsonObject& json);

private:
    QString m_name;
    qint64 m_version = 0;
    bool m_unsaved = false;
    std::vector<std::unique_ptr<TableSchema>> m_tables;
    QHash<QString, TableSchema*> m_byName;
};
