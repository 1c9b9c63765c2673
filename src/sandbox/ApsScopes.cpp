#include "sandbox/ApsScopes.h"

#include <QHash>

namespace ApsScopes {
namespace {

struct Scope
{
    const char* name;
    const char* description;
};

constexpr Scope kScopes[] = {
    {"user-profile:read", "read your profile"},
    {"user:read", "read your profile, products and services"},
    {"user:write", "change your profile"},
    {"viewables:read", "view your models"},
    {"data:read", "read all your data"},
    {"data:write", "change and delete your data"},
    {"data:create", "create data"},
    {"data:search", "search your data"},
    {"bucket:create", "create storage buckets"},
    {"bucket:read", "list storage buckets"},
    {"bucket:update", "change storage buckets"},
    {"bucket:delete", "delete storage buckets"},
    {"code:all", "write and run code (Design Automation)"},
    {"account:read", "read account administration data"},
    {"account:write", "change account administration data"},
    {"openid", "confirm who you are"},
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

QString describe(const QString& scope)
{
    for (const Scope& known : kScopes) {
        if (scope == QLatin1String(known.name)) {
            return QLatin1String(known.description);
        }
    }
    return QStringLiteral("an access the app asked for");
}

} // namespace ApsScopes
