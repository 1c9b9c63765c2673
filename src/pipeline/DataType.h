// dlt's data types, the names its schemas use for them and the column types
// its SQLite and PostgreSQL destinations declare (section 6.8 and 13 of the
// dlt notes; dlt's PostgresTypeMapper).
#pragma once

#include <QString>

#include <optional>

enum class DataType {
    Text,
    Double,
    Bool,
    Timestamp,
    Bigint,
    Binary,
    Json,
    Decimal,
    Wei,
    Date,
    Time,
};

namespace DataTypes {

// "text", "bigint", … as in a dlt schema.
QString name(DataType type);
std::optional<DataType> fromName(const QString& name);
// The declared type of a SQLite column, as dlt's sqlalchemy destination
// writes it: a float is FLOAT, a unique text (the row key) VARCHAR(128).
QString sqliteType(DataType type, bool unique);
// The type of a PostgreSQL column, as dlt's postgres destination declares
// it ("varchar", "timestamp with time zone", "jsonb", "numeric(38,9)"…).
QString postgresType(DataType type);

} // namespace DataTypes
