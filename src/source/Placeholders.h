// The "{…}" placeholders of dlt configs in paths, params, JSON bodies and
// headers: "{resources.issues.number}", "{incremental.start_value}",
// "{secrets.github_token}". "{{" and "}}" stand for literal braces.
#pragma once

#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <optional>

namespace Placeholders {

// The names inside the braces, in order ("resources.issues.number").
QStringList in(const QString& text);
// Every placeholder in a JSON value's strings (keys included).
QStringList in(const QJsonValue& value);
// False when a brace is left open or closed without opening.
bool isWellFormed(const QString& text);

// NAME when the text is exactly one "{secrets.NAME}", spaces around allowed.
std::optional<QString> secretName(const QString& text);

// Replaces each placeholder with what the lookup gives; nullopt (with the
// missing name) when the lookup has nothing for one.
std::optional<QString> expand(const QString& text,
                              const std::function<std::optional<QString>(const QString&)>& lookup,
                              QString* missing);

} // namespace Placeholders
