// Which resource feeds which: a child names its parent in placeholders
// ("{resources.issues.number}") or in dlt's older "resolve" params. Each
// child has exactly one parent, parents exist, and there are no cycles.
#pragma once

#include "source/ConfigProblem.h"
#include "source/ResourceConfig.h"

#include <QList>
#include <QStringList>

namespace ResourceGraph {

// Sets each resource's parent; records every problem with its path.
void link(QList<ResourceConfig>* resources, ConfigProblems* problems);
// Parents before children, otherwise in the given order.
QStringList order(const QList<ResourceConfig>& resources);
// The parent fields a child reads ("number", "address.city").
QStringList parentFields(const ResourceConfig& child);

} // namespace ResourceGraph
