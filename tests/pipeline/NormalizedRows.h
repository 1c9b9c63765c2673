// Test helper: runs records through a RelationalNormalizer and keeps every
// row as a map of column name to value, table by table, so a test can
// compare tables, columns and rows exactly.
#pragma once

#include "pipeline/RelationalNormalizer.h"
#include "pipeline/RowId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QVariant>

class NormalizedRows
{
public:
    explicit NormalizedRows(Schema* schema)
        : m_normalizer(schema)
        , m_schema(schema)
    {
        m_normalizer.setLoadId(QStringLiteral("1700000000.5"));
    }

    RelationalNormalizer& normalizer()
    {
        return m_normalizer;
    }

    // Normalizes each element of a JSON array text; false with the error.
    bool add(TableSchema* root, const QByteArray& jsonArray, QString* error = nullptr)
    {
        simdjson::dom::element array;
        if (m_parser.parse(jsonArray.constData(), size_t(jsonArray.size())).get(array)) {
            qWarning("bad test JSON");
            return false;
        }
        QString ignored;
        // Held in a variable: iterating the temporary result dangles (GCC -O2 says so).
        const simdjson::dom::array recordArray = array.get_array().value_unsafe();
        for (simdjson::dom::element record : recordArray) {
            if (!m_normalizer.normalize(root, record, &m_batch, error ? error : &ignored)) {
                m_batch.clear();
                return false;
            }
            keep();
        }
        return true;
    }

    QList<QVariantMap> rows(const QString& table) const
    {
        return m_rows.value(table);
    }
    QStringList tables() const
    {
        return m_order;
    }
    QStringList columns(const QString& table) const
    {
        QStringList names;
        if (const TableSchema* schema = m_schema->table(table)) {
            for (const ColumnSchema& column : schema->columns()) {
                names << column.name;
            }
        }
        return names;
    }
    QString typeOf(const QString& table, const QString& column) const
    {
        const TableSchema* schema = m_schema->table(table);
        const ColumnSchema* found = schema ? schema->column(column) : nullptr;
        return found ? DataTypes::name(found->type) : QString();
    }

private:
    void keep()
    {
        for (const TableRows* rows : m_batch.tables()) {
            const QString name = rows->table()->name;
            if (!m_order.contains(name)) {
                m_order << name;
            }
            for (size_t i = 0; i < rows->rowCount(); ++i) {
                QVariantMap row;
                for (const Cell* cell = rows->rowBegin(i); cell != rows->rowEnd(i); ++cell) {
                    const QString column = rows->table()->columns()[size_t(cell->column)].name;
                    switch (cell->kind) {
                    case Cell::Null:
                        row.insert(column, QVariant());
                        break;
                    case Cell::Integer:
                        row.insert(column, qint64(cell->integer));
                        break;
                    case Cell::Real:
                        row.insert(column, cell->real);
                        break;
                    case Cell::ChildId: {
                        const RowId::Text id = RowId::child(
                            cell->text, rows->table()->name.toStdString(), cell->integer);
                        row.insert(column, QString::fromLatin1(id.data(), qsizetype(id.size())));
                        break;
                    }
                    case Cell::Text:
                        row.insert(
                            column,
                            QString::fromUtf8(cell->text.data(), qsizetype(cell->text.size())));
                        break;
                    }
                }
                m_rows[name] << row;
            }
        }
        m_batch.clear();
    }

    RelationalNormalizer m_normalizer;
    Schema* m_schema;
    RowBatch m_batch;
    simdjson::dom::parser m_parser;
    QMap<QString, QList<QVariantMap>> m_rows;
    QStringList m_order;
};
