#include "source/ResourceGraph.h"

#include "source/ConfigSection.h"
#include "source/Placeholders.h"

#include <QSet>

namespace ResourceGraph {
namespace {

struct ParentUse
{
    QString parent;
    QString field;
};

// Every "{resources.<parent>.<field>}" and resolve param of an endpoint.
QList<ParentUse> parentUses(const EndpointConfig& endpoint)
{
    QList<ParentUse> uses;
    const QStringList names = endpoint.placeholders();
    for (const QString& name : names) {
        if (!name.startsWith(QLatin1String("resources."))) {
            continue;
        }
        const QString rest = name.mid(10);
        const qsizetype dot = rest.indexOf(u'.');
        uses.append({dot < 0 ? rest : rest.left(dot), dot < 0 ? QString() : rest.mid(dot + 1)});
    }
    for (auto it = endpoint.params.begin(); it != endpoint.params.end(); ++it) {
        const QJsonObject param = it.value().toObject();
        if (param.value(QStringLiteral("type")).toString() == QLatin1String("resolve")) {
            uses.append({param.value(QStringLiteral("resource")).toString(),
                         param.value(QStringLiteral("field")).toString()});
        }
    }
    return uses;
}

void checkResolveParams(const ResourceConfig& resource, ConfigProblems* problems)
{
    const QStringList inPath = Placeholders::in(resource.endpoint.path);
    const QJsonObject& params = resource.endpoint.params;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonObject param = it.value().toObject();
        if (param.value(QStringLiteral("type")).toString() != QLatin1String("resolve")) {
            continue;
        }
        const QString path = resource.configPath() + QStringLiteral(".endpoint.params.") + it.key();
        if (param.value(QStringLiteral("resource")).toString().isEmpty()
            || param.value(QStringLiteral("field")).toString().isEmpty()) {
            problems->append({path,
                              ConfigSection::tr("a resolve param needs \"resource\" and "
                                                "\"field\"")});
        } else if (!inPath.contains(it.key())) {
            problems->append({path,
                              ConfigSection::tr("is resolved from the parent but the path "
                                                "has no {%1}")
                                  .arg(it.key())});
        }
    }
}

void linkOne(ResourceConfig* resource, const QSet<QString>& names, ConfigProblems* problems)
{
    checkResolveParams(*resource, problems);
    QStringList parents;
    for (const ParentUse& use : parentUses(resource->endpoint)) {
        if (!parents.contains(use.parent)) {
            parents << use.parent;
        }
        if (use.field.isEmpty()) {
            problems->append({resource->configPath() + QStringLiteral(".endpoint"),
                              ConfigSection::tr("{resources.%1} names no field of \"%1\" (write "
                                                "{resources.%1.id})")
                                  .arg(use.parent)});
        }
    }
    const QString endpointPath = resource->configPath() + QStringLiteral(".endpoint");
    if (parents.size() > 1) {
        problems->append({endpointPath,
                          ConfigSection::tr("takes values from several resources "
                                            "(%1); a resource has one parent")
                              .arg(parents.join(QStringLiteral(", ")))});
        return;
    }
    if (parents.size() == 1) {
        if (parents.first() == resource->name || !names.contains(parents.first())) {
            problems->append({endpointPath,
                              parents.first() == resource->name
                                  ? ConfigSection::tr("a resource cannot be its own "
                                                      "parent")
                                  : ConfigSection::tr("there is no resource named "
                                                      "\"%1\"")
                                        .arg(parents.first())});
            return;
        }
        resource->parent = parents.first();
    }
    if (!resource->includeFromParent.isEmpty() && resource->parent.isEmpty()) {
        problems->append({resource->configPath() + QStringLiteral(".include_from_parent"),
                          ConfigSection::tr("needs a parent resource, and \"%1\" has none")
                              .arg(resource->name)});
    }
}

const ResourceConfig* find(const QList<ResourceConfig>& resources, const QString& name)
{
    for (const ResourceConfig& resource : resources) {
        if (resource.name == name) {
            return &resource;
        }
    }
    return nullptr;
}

} // namespace

void link(QList<ResourceConfig>* resources, ConfigProblems* problems)
{
    QSet<QString> names;
    for (const ResourceConfig& resource : std::as_const(*resources)) {
        names.insert(resource.name);
    }
    for (ResourceConfig& resource : *resources) {
        linkOne(&resource, names, problems);
    }
    // A cycle: following parents from a resource comes back to it.
    for (const ResourceConfig& resource : std::as_const(*resources)) {
        QStringList chain{resource.name};
        const ResourceConfig* current = &resource;
        while (current && !current->parent.isEmpty()) {
            if (chain.contains(current->parent)) {
                if (current->parent == resource.name) {
                    problems->append(
                        {resource.configPath() + QStringLiteral(".endpoint"),
                         ConfigSection::tr("resources depend on each other in a circle: %1")
                             .arg((chain + QStringList{resource.name})
                                      .join(QStringLiteral(" → ")))});
                }
                break;
            }
            chain << current->parent;
            current = find(*resources, current->parent);
        }
    }
}

QStringList order(const QList<ResourceConfig>& resources)
{
    QStringList ordered;
    // Depth of each resource in its parent chain; parents come first.
    std::function<void(const ResourceConfig&, int)> visit = [&](const ResourceConfig& resource,
                                                                int depth) {
        if (ordered.contains(resource.name) || depth > resources.size()) {
            return;
        }
        if (const ResourceConfig* parent = find(resources, resource.parent)) {
            visit(*parent, depth + 1);
        }
        if (!ordered.contains(resource.name)) {
            ordered << resource.name;
        }
    };
    for (const ResourceConfig& resource : resources) {
        visit(resource, 0);
    }
    return ordered;
}

QStringList parentFields(const ResourceConfig& child)
{
    QStringList fields;
    for (const ParentUse& use : parentUses(child.endpoint)) {
        if (use.parent == child.parent && !use.field.isEmpty() && !fields.contains(use.field)) {
            fields << use.field;
        }
    }
    return fields;
}

} // namespace ResourceGraph
