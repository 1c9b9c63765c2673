#include "pipeline/SecretStorer.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/SecretPrompt.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "source/SecretLookupJob.h"

#include <QWidget>

SecretStorer::SecretStorer(AppContext* context, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(parent)
{ }

bool SecretStorer::start()
{
    return startFor(QString());
}

bool SecretStorer::startFor(const QString& knownName)
{
    SecretStore* store = m_context->secrets();
    // The file would name a secret gone at quit: refused, as Import dlt Config does.
    if (!store->isPersistent()) {
        Q_EMIT failed(tr("%1 keeps secrets only until Grantline quits; the pipeline could not run "
                         "after that. Make the keychain available first.")
                          .arg(store->displayName()));
        return false;
    }
    const std::optional<SecretPrompt::Answer> answer =
        SecretPrompt::ask(m_window, store->displayName(), knownName);
    if (!answer || answer->value.isEmpty()) {
        return false;
    }
    // Neither is echoed: it is what the person typed, maybe the value itself.
    if (const QString why = SecretPrompt::nameProblem(answer->name); !why.isEmpty()) {
        Q_EMIT failed(why);
        return false;
    }
    // Another pipeline may use a secret of that name: replaced only when asked.
    SecretJob* existing = store->readSecret(SecretLookupJob::keychainKey(answer->name));
    connect(existing, &Job::finished, this, [this, answer = *answer](Job* done) {
        // Only a secret known to be absent is written without asking; a
        // keychain that could not say is not a yes.
        if (done->error() != Job::NoError && done->error() != SecretJob::NotFound) {
            Q_EMIT failed(tr("The keychain could not be read, so nothing was stored: %1")
                              .arg(done->errorText()));
            return;
        }
        if (done->error() == Job::NoError && !confirmReplace(answer.name)) {
            Q_EMIT cancelled();
            return;
        }
        write(answer.name, answer.value);
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

void SecretStorer::write(const QString& name, const QString& value)
{
    SecretStore* store = m_context->secrets();
    SecretJob* job = store->writeSecret(SecretLookupJob::keychainKey(name), value.toUtf8());
    connect(job, &Job::finished, this, [this, name](Job* done) {
        if (done->error() != Job::NoError) {
            Q_EMIT failed(tr("The secret was not stored: %1").arg(done->errorText()));
            return;
        }
        Q_EMIT stored(name);
    });
    job->start();
}
