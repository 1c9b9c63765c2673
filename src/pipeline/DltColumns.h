// The names of dlt's own columns and of the columns its normalizer makes
// for values that are not objects, shared by the normalizer and its inverse.
#pragma once

#include <QString>

namespace DltColumns {

inline const QString kLoadId = QStringLiteral("_dlt_load_id");
inline const QString kId = QStringLiteral("_dlt_id");
inline const QString kParentId = QStringLiteral("_dlt_parent_id");
inline const QString kListIdx = QStringLiteral("_dlt_list_idx");
inline const QString kRootId = QStringLiteral("_dlt_root_id");
// A scalar of a list, or a record that is not an object.
inline const QString kValue = QStringLiteral("value");
// A list inside a list.
inline const QString kList = QStringLiteral("list");

} // namespace DltColumns
