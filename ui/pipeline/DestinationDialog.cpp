#include "pipeline/DestinationDialog.h"

#include "common/AppContext.h"
#include "common/PlainTextLabel.h"
#include "pipeline/DestinationForm.h"
#include "pipeline/EndpointTableModel.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "source/PipelineDocument.h"
#include "source/SecretLookupJob.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DestinationDialog::DestinationDialog(AppContext* context, EndpointTableModel* model,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(model)
    , m_problem(PlainTextLabel::create(this, "destinationProblem"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("destinationDialog"));
    setWindowTitle(tr("Destination"));
    auto* form = new QFormLayout;
    m_form = new DestinationForm(context, form, this);
    if (const std::optional<PipelineFile> file = model->document()->pipeline()) {
        m_form->setFrom(*file);
    }
    m_problem->setAccessibleName(tr("Why the destination cannot be saved yet"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveDestination"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the destination"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(600, 320);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DestinationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DestinationDialog::reject);
    connect(m_form, &DestinationForm::changed, this, &DestinationDialog::update);
    update();
}

void DestinationDialog::update()
{
    const QString why = m_form->problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty() && !m_busy);
}

void DestinationDialog::accept()
{
    if (m_busy || !m_form->problem().isEmpty()) {
        return;
    }
    const QHash<QString, QString> secrets = m_form->secrets();
    SecretStore* store = m_context->secrets();
    if (!secrets.isEmpty() && !store->isPersistent()) {
        fail(tr("%1 keeps secrets only until Grantline quits; the pipeline could not run after "
                "that. Make the keychain available first.")
                 .arg(store->displayName()));
        return;
    }
    // The document first: a refused change leaves the stored password alone.
    if (!change()) {
        return;
    }
    if (secrets.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_busy = true;
    update();
    SecretJob* job = store->writeSecret(SecretLookupJob::keychainKey(secrets.constBegin().key()),
                                        secrets.constBegin().value().toUtf8());
    connect(job, &Job::finished, this, [this](Job* done) {
        m_busy = false;
        update();
        if (done->error() != Job::NoError) {
            fail(tr("The destination was changed, but the password was not stored: %1")
                     .arg(done->errorText()));
            return;
        }
        QDialog::accept();
    });
    job->start();
}

bool DestinationDialog::change()
{
    PipelineDocument scratch;
    scratch.fromBytes(m_model->document()->bytes());
    QString error;
    if (!scratch.setValue(QStringLiteral("destination"), m_form->destinationJson(), &error)
        || (!m_form->datasetName().isEmpty()
            && !scratch.setValue(QStringLiteral("dataset_name"), m_form->datasetName(), &error))) {
        fail(error);
        return false;
    }
    if (scratch.bytes() != m_model->document()->bytes()
        && !m_model->changeDocument(tr("Change the destination"), scratch.bytes())) {
        fail(m_model->newProblem(-1, scratch.bytes()));
        return false;
    }
    return true;
}

void DestinationDialog::fail(const QString& message)
{
    m_problem->setText(tr("Not saved: %1").arg(message));
    m_problem->show();
}
