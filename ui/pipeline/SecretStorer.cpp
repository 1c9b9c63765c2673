#include "pipeline/SecretStorer.h"

#include "common/AppContext.h"
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
        Q_EMIT failed(
            tr("\"%1\" cannot name a secret: use letters, digits and _ only.").arg(*name));
        return false;
    }
    const std::optional<QString> value =
        TextPrompt::askSecret(m_window, tr("Store Secret"),
                              tr("Value of %1 (kept in %2, never in the pipeline file):")
                                  .arg(*name, store->displayName()));
    if (!value || value->isEmpty()) {
        return false;
    }
    SecretJob* job = store->writeSecret(SecretLookupJob::keychainKey(*name), value->toUtf8());
    connect(job, &Job::finished, this, [this, name = *name](Job* done) {
        if (done->error() != Job::NoError) {
            Q_EMIT failed(tr("The secret was not stored: %1").arg(done->errorText()));
            return;
        }
        Q_EMIT stored(name);
    });
    job->start();
    return true;
}
