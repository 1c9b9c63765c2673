#include "source/SecretLookupJob.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QRegularExpression>

SecretLookupJob::SecretLookupJob(SecretStore* store, const QString& sourceName,
                                 const QStringList& names, QObject* parent)
    : Job(parent)
    , m_store(store)
    , m_sourceName(sourceName)
    , m_names(names)
{ }

QString SecretLookupJob::missingName() const
{
    return m_missing;
}

QHash<QString, QString> SecretLookupJob::values() const
{
    return m_values;
}

void SecretLookupJob::addEnvironmentNames(const QString& name, const QStringList& variables)
{
    m_extraEnvironment[name] += variables;
}

QStringList SecretLookupJob::environmentNamesOf(const QString& name) const
{
    return m_extraEnvironment.value(name) + environmentNames(m_sourceName, name);
}

QString SecretLookupJob::keychainKey(const QString& name)
{
    return QStringLiteral("secret/") + name;
}

QStringList SecretLookupJob::environmentNames(const QString& sourceName, const QString& name)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9]"));
    const auto upper = [](QString text) {
        return text.replace(other, QStringLiteral("_")).toUpper();
    };
    return {QStringLiteral("SOURCES__%1__%2").arg(upper(sourceName), upper(name)),
            QStringLiteral("SOURCES__%1").arg(upper(name))};
}

QString SecretLookupJob::activityDescription() const
{
    return tr("Looking up the pipeline's secrets");
}

void SecretLookupJob::doStart()
{
    lookUp(0);
}

bool SecretLookupJob::fromEnvironment(const QString& name)
{
    for (const QString& variable : environmentNamesOf(name)) {
        if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
            m_values.insert(name, qEnvironmentVariable(variable.toLatin1().constData()));
            return true;
        }
    }
    return false;
}

void SecretLookupJob::lookUp(qsizetype index)
{
    if (index >= m_names.size()) {
        emitResult();
        return;
    }
    const QString name = m_names.at(index);
    const auto fallBack = [this, name, index] {
        if (fromEnvironment(name)) {
            lookUp(index + 1);
            return;
        }
        const QString where = m_store
            ? tr("the keychain entry \"%1\" (store it with: grantline-cli secret set %2)%3")
                  .arg(keychainKey(name), name, m_keychainProblem)
            : tr("the keychain (not used here)");
        m_missing = name;
        setError(SecretMissing,
                 tr("The secret \"%1\" was found neither in %2 nor in the "
                    "environment (%3).")
                     .arg(name, where, environmentNamesOf(name).join(QStringLiteral(", "))));
        emitResult();
    };
    if (!m_store) {
        fallBack();
        return;
    }
    startSubjob(m_store->readSecret(keychainKey(name)), [this, name, index, fallBack](Job* done) {
        auto* read = static_cast<SecretJob*>(done);
        if (read->error() == NoError) {
            m_values.insert(name, QString::fromUtf8(read->secret()));
            lookUp(index + 1);
            return;
        }
        if (read->error() != SecretJob::NotFound && m_keychainProblem.isEmpty()) {
            // Say why the keychain could not answer, should the environment not either.
            m_keychainProblem = QStringLiteral(" — ") + read->errorText();
        }
        fallBack();
    });
}
