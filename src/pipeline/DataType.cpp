#include "pipeline/DataType.h"

#include <array>

namespace DataTypes {
namespace {

struct Names
{
    DataType type;
    const char* dlt;
    const char* sqlite;
};

constexpr std::array<Names, 11> kNames{{
    {DataType::Text, "text", "TEXT"},
    {DataType::Double, "double", "FLOAT"},
    {DataType::Bool, "bool", "BOOLEAN"},
    {DataType::Timestamp, "timestamp", "DATETIME"},
    {DataType::Bigint, "bigint", "BIGINT"},
    {DataType::Binary, "binary", "BLOB"},
    {DataType::Json, "json", "JSON"},
    {DataType::Decimal, "decimal", "NUMERIC(38, 9)"},
    {DataType::Wei, "wei", "NUMERIC(38, 0)"},
    {DataType::Date, "date", "DATE"},
    {DataType::Time, "time", "TIME"},
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

} // namespace DataTypes
