// Reads one JSON object of a pipeline file strictly, the way dlt validates
// its REST API config: unknown keys are refused (with the closest known key
// suggested), wrong types and missing required keys are reported with the
// exact path, and every problem is collected rather than stopping at the first.
#pragma once

#include "source/ConfigProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class ConfigSection
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSection)

public:
    ConfigSection(const QJsonObject& object, const QString& path, ConfigProblems* problems);

    // The section at path, or nullopt (problem recorded) when it is not an object.
    static std::optional<ConfigSection> of(const QJsonValue& value, const QString& path,
                                           ConfigProblems* problems);

    const QJsonObject& object() const;
    QString path() const;
    QString pathOf(const QString& key) const;
    bool has(const QString& key) const;

    // Refuses every key not listed; returns false when one was found.
    bool allowOnly(const QStringList& keys);
    void problem(const QString& key, const QString& message);

    QString string(const QString& key, const QString& fallback = QString());
    QString requiredString(const QString& key);
    // One of the given words, exactly (dlt's Literal fields are case-sensitive).
    QString choice(const QString& key, const QStringList& choices, const QString& fallback);
    bool boolean(const QString& key, bool fallback);
    std::optional<qint64> integer(const QString& key, qint64 minimum = 0);
    std::optional<double> number(const QString& key);
    // A string or a list of strings ("id" or ["id", "version"]).
    QStringList names(const QString& key);
    QStringList stringList(const QString& key);
    // A JSON object whose values are all strings (headers).
    QJsonObject stringMap(const QString& key);
    QJsonObject objectValue(const QString& key);

    // Headers and params whose name says they carry a secret (Authorization,
    // X-API-Key, api_key, token, …) must hold a "{secrets.NAME}" reference,
    // never the value itself.
    void refuseWrittenSecrets(const QString& key, const QJsonObject& values);
    // A key that may hold only "{secrets.NAME}": NAME, or empty when the key
    // is absent or holds the secret itself (a problem, checked before
    // anything runs; the value is never repeated).
    QString secretReference(const QString& key);
    static bool isSecretName(const QString& name);

    // "paginatr" → "paginator" when a known key is close enough.
    static QString closest(const QString& key, const QStringList& known);

    ConfigProblems* problems() const;

private:
    QJsonObject m_object;
    QString m_path;
    ConfigProblems* m_problems;
};
