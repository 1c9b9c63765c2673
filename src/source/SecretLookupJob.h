// Finds the values of a pipeline's "{secrets.NAME}" references: first in the
// keychain (entry "secret/NAME"), then in the environment the way dlt names
// it (SOURCES__<SOURCE>__<NAME>, then SOURCES__<NAME>). A missing secret is
// an error that says exactly where it was looked for.
#pragma once

#include "core/Job.h"

#include <QHash>
#include <QStringList>

class SecretStore;

class SecretLookupJob : public Job
{
    Q_OBJECT

public:
    enum Error { SecretMissing = UserError };
    Q_ENUM(Error)

    // store may be null: then only the environment is asked.
    SecretLookupJob(SecretStore* store, const QString& sourceName, const QStringList& names,
                    QObject* parent = nullptr);

    QHash<QString, QString> values() const;
    // The secret not found, after SecretMissing (a window offers to store it).
    QString missingName() const;

    // Further environment variables for one secret, asked before the
    // source's (the postgres password: dlt's DESTINATION__… names).
    void addEnvironmentNames(const QString& name, const QStringList& variables);

    static QString keychainKey(const QString& name);
    // The environment variables asked, in order.
    static QStringList environmentNames(const QString& sourceName, const QString& name);

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    void lookUp(qsizetype index);
    bool fromEnvironment(const QString& name);
    QStringList environmentNamesOf(const QString& name) const;

    SecretStore* m_store;
    QString m_sourceName;
    QStringList m_names;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_extraEnvironment;
    QString m_keychainProblem;
    QString m_missing;
};
