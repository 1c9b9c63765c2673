#include "pipeline/SecretStorer.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/TextPrompt.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "source/SecretLookupJob.h"

#include <QRegularExpression>
#include <QWidget>

SecretStorer::SecretStorer(AppContext* context, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(parent)
{ }

bool SecretStorer::start()
{
    SecretStore* store = m_context->secrets();
    // The file would name a secret gone at quit: refused, as Import dlt Config does.
    if (!store->isPersistent()) {
        Q_EMIT failed(tr("%1 keeps secrets only until Grantline quits; the pipeline could not run "
                         "after that. Make the keychain available first.")
                          .arg(store->displayName()));
        return false;
    }
    const std::optional<QString> name = TextPrompt::ask(
        m_window, tr("Store Secret"), tr("Name of the secret (letters, digits and _):"), QString());
    if (!name) {
        return false;
    }
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (!valid.match(*name).hasMatch()) {
        // Not echoed: a value pasted here by mistake must not show.
        Q_EMIT failed(tr("A secret's name may hold letters, digits and _ only."));
        return false;
    }
    // Another pipeline may use a secret of that name: replaced only when asked.
    SecretJob* existing = store->readSecret(SecretLookupJob::keychainKey(*name));
    connect(existing, &Job::finished, this, [this, name = *name](Job* done) {
        if (done->error() == Job::NoError && !confirmReplace(name)) {
            Q_EMIT cancelled();
            return;
        }
        askValue(name);
    });
    existing->start();
    return true;
}

bool SecretStorer::confirmReplace(const QString& name)
{
    Confirmation::Question question;
    question.title = tr("Store Secret");
    question.text = tr("The keychain already holds a secret named %1. Replace it? Every pipeline "
                       "that uses {secrets.%1} will use the new value.")
                        .arg(name);
    question.action = tr("&Replace");
    question.role = QMessageBox::DestructiveRole;
    return Confirmation::ask(m_window, question);
}

void SecretStorer::askValue(const QString& name)
{
    SecretStore* store = m_context->secrets();
    const std::optional<QString> value =
        TextPrompt::askSecret(m_window, tr("Store Secret"),
                              tr("Value of %1 (kept in %2, never in the pipeline file):")
                                  .arg(name, store->displayName()));
    if (!value || value->isEmpty()) {
        Q_EMIT cancelled();
        return;
    }
    SecretJob* job = store->writeSecret(SecretLookupJob::keychainKey(name), value->toUtf8());
    connect(job, &Job::finished, this, [this, name](Job* done) {
        if (done->error() != Job::NoError) {
            Q_EMIT failed(tr("The secret was not stored: %1").arg(done->errorText()));
            return;
        }
        Q_EMIT stored(name);
    });
    job->start();
}
