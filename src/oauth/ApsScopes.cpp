#include "oauth/ApsScopes.h"

#include <QCoreApplication>

namespace ApsScopes {
namespace {

struct Scope
{
    const char* name;
    const char* description;
};

constexpr Scope kScopes[] = {
    {"user-profile:read", QT_TRANSLATE_NOOP("ApsScopes", "read your profile")},
    {"user:read", QT_TRANSLATE_NOOP("ApsScopes", "read your profile, products and services")},
    {"user:write", QT_TRANSLATE_NOOP("ApsScopes", "change your profile")},
    {"viewables:read", QT_TRANSLATE_NOOP("ApsScopes", "view your models")},
    {"data:read", QT_TRANSLATE_NOOP("ApsScopes", "read all your data")},
    {"data:write", QT_TRANSLATE_NOOP("ApsScopes", "change and delete your data")},
    {"data:create", QT_TRANSLATE_NOOP("ApsScopes", "create data")},
    {"data:search", QT_TRANSLATE_NOOP("ApsScopes", "search your data")},
    {"bucket:create", QT_TRANSLATE_NOOP("ApsScopes", "create storage buckets")},
    {"bucket:read", QT_TRANSLATE_NOOP("ApsScopes", "list storage buckets")},
    {"bucket:update", QT_TRANSLATE_NOOP("ApsScopes", "change storage buckets")},
    {"bucket:delete", QT_TRANSLATE_NOOP("ApsScopes", "delete storage buckets")},
    {"code:all", QT_TRANSLATE_NOOP("ApsScopes", "write and run code (Design Automation)")},
    {"account:read", QT_TRANSLATE_NOOP("ApsScopes", "read account administration data")},
    {"account:write", QT_TRANSLATE_NOOP("ApsScopes", "change account administration data")},
    {"openid", QT_TRANSLATE_NOOP("ApsScopes", "confirm who you are")},
};

} // namespace

const QStringList& all()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Scope& scope : kScopes) {
            list << QLatin1String(scope.name);
        }
        return list;
    }();
    return names;
}

bool isKnown(const QString& scope)
{
    return all().contains(scope);
}

bool isResourceScope(const QString& scope)
{
    if (!scope.startsWith(QLatin1String(kResourceScopePrefix))) {
        return false;
    }
    const QString urn = scope.mid(int(qstrlen(kResourceScopePrefix)));
    return urn.startsWith(QLatin1String("urn:adsk.")) && !urn.contains(u'*') && !urn.contains(u'\\')
        && !urn.contains(u'"');
}

QString describe(const QString& scope)
{
    for (const Scope& known : kScopes) {
        if (scope == QLatin1String(known.name)) {
            return QCoreApplication::translate("ApsScopes", known.description);
        }
    }
    if (isResourceScope(scope)) {
        return QCoreApplication::translate("ApsScopes", "read one item (%1)")
            .arg(scope.mid(int(qstrlen(kResourceScopePrefix))));
    }
    return QCoreApplication::translate("ApsScopes", "an access the app asked for");
}

} // namespace ApsScopes
