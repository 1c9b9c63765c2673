// dlt's default naming convention (snake_case), exactly: how a JSON key or a
// resource name becomes a table or column name, so a Grantline database has
// the names a dlt user expects (section 6.1 of the dlt notes).
#pragma once

#include <QString>

namespace NamingConvention {

// One identifier: "createdAt" → "created_at", "$ref" → "_ref", "id_" → "idx".
// Empty for an empty or all-blank input. maxLength 0: no limit (SQLite).
// A name longer than maxLength characters is shortened with dlt's tag; one
// of wide characters (more than maxLength bytes of UTF-8, which PostgreSQL
// would cut) is shortened further, still with the tag, until it fits.
QString identifier(const QString& name, int maxLength = 0);
// A path of identifiers joined by "__" (table names, flattened columns):
// each part normalized, empty parts dropped, so "foo__bar" stays and
// "__private" becomes "private".
QString path(const QString& name, int maxLength = 0);
// path(prefix + "__" + part) for a prefix and a part that are already
// normalized paths, without normalizing the prefix again: a deeply nested
// record flattens in linear time instead of quadratic.
QString joinPath(const QString& prefix, const QString& part, int maxLength = 0);
// The 6-character tag dlt puts in the middle of a shortened name.
QString shorteningTag(const QString& original);

} // namespace NamingConvention
