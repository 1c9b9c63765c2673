// The scopes APS Authentication v2 knows, and what each lets an app do.
#pragma once

#include <QString>
#include <QStringList>

namespace ApsScopes {
const QStringList& all();
bool isKnown(const QString& scope);
// "data:read:<URN>": read access to one resource (a raw urn:adsk.* URN
// without *, \ or ").
inline constexpr char kResourceScopePrefix[] = "data:read:";
bool isResourceScope(const QString& scope);
// A sentence fragment for the consent page and the wizard ("read all your
// data"), translated.
QString describe(const QString& scope);
// APS limits a request to 50 scopes.
inline constexpr int kMaxScopes = 50;
} // namespace ApsScopes
