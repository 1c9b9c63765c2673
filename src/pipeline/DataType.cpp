#include "pipeline/DataType.h"

#include <array>

namespace DataTypes {
namespace {

struct Names
{
    DataType type;
    const char* dlt;
    const char* sqlite;
    const char* postgres;
};

constexpr std::array<Names, 11> kNames{{
    {DataType::Text, "text", "TEXT", "varchar"},
    {DataType::Double, "double", "FLOAT", "double precision"},
    {DataType::Bool, "bool", "BOOLEAN", "boolean"},
    {DataType::Timestamp, "timestamp", "DATETIME", "timestamp with time zone"},
    {DataType::Bigint, "bigint", "BIGINT", "bigint"},
    {DataType::Binary, "binary", "BLOB", "bytea"},
    {DataType::Json, "json", "JSON", "jsonb"},
    {DataType::Decimal, "decimal", "NUMERIC(38, 9)", "numeric(38,9)"},
    {DataType::Wei, "wei", "NUMERIC(38, 0)", "numeric(156,78)"},
    {DataType::Date, "date", "DATE", "date"},
    {DataType::Time, "time", "TIME", "time without time zone"},
}};

} // namespace

QString name(DataType type)
{
    return QString::fromLatin1(kNames[size_t(type)].dlt);
}

std::optional<DataType> fromName(const QString& name)
{
    for (const Names& names : kNames) {
        if (name == QLatin1String(names.dlt)) {
            return names.type;
        }
    }
    // Older dlt schemas call json "complex".
    if (name == QLatin1String("complex")) {
        return DataType::Json;
    }
    return std::nullopt;
}

QString sqliteType(DataType type, bool unique)
{
    if (type == DataType::Text && unique) {
        return QStringLiteral("VARCHAR(128)");
    }
    return QString::fromLatin1(kNames[size_t(type)].sqlite);
}

QString postgresType(DataType type)
{
    return QString::fromLatin1(kNames[size_t(type)].postgres);
}

} // namespace DataTypes
