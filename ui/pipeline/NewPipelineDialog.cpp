#include "pipeline/NewPipelineDialog.h"

#include "common/AppContext.h"
#include "common/ConnectionRegistry.h"
#include "common/FileChooser.h"
#include "common/FormRows.h"
#include "common/PlainTextLabel.h"
#include "oauth/ConnectionStore.h"
#include "pipeline/DestinationForm.h"
#include "pipeline/DltImport.h"
#include "pipeline/PipelineAuthForm.h"
#include "source/PipelineCreateJob.h"
#include "source/PipelineFile.h"
#include "source/PipelinePresets.h"
#include "source/PipelineStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

// "v1/users/{id}/orders" → "orders": a resource name from a path.
QString resourceNameFor(const QString& path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
        if (it->contains(u'{')) {
            continue;
        }
        QString name = it->section(u'?', 0, 0).toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        if (!name.isEmpty() && name.at(0).isLetter()) {
            return name;
        }
    }
    return QStringLiteral("items");
}

} // namespace

NewPipelineDialog::NewPipelineDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_name(makeEdit("newPipelineName", tr("Pipeline name")))
    , m_start(new QComboBox(this))
    , m_startHint(PlainTextLabel::create(this, "startHint"))
    , m_form(new QFormLayout)
    , m_configPath(makeEdit("dltConfigPath", tr("dlt config file to import")))
    , m_baseUrl(makeEdit("baseUrl", tr("Base URL of the API")))
    , m_firstPath(makeEdit("firstEndpointPath", tr("Path of the first endpoint")))
    , m_problem(PlainTextLabel::create(this, "newPipelineProblem"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPipelineDialog"));
    setWindowTitle(tr("New Pipeline"));
    m_start->setObjectName(QStringLiteral("startFrom"));
    m_start->setAccessibleName(tr("Where the pipeline starts from"));
    m_start->addItem(tr("APS Data Management preset"));
    m_start->addItem(tr("Sandbox preset"));
    m_start->addItem(tr("A dlt REST API config to import"));
    m_start->addItem(tr("An empty pipeline with a base URL"));
    m_startHint->setAccessibleName(tr("What the pipeline starts with"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1/"));
    m_firstPath->setPlaceholderText(tr("users (more endpoints are added in the table)"));
    m_problem->setAccessibleName(tr("Why the pipeline cannot be created yet"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create the pipeline"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    m_form->addRow(tr("&Name:"), m_name);
    // The hint under its choice, in the same field: a row of its own would
    // be given the height the label has at its narrowest.
    auto* startField = new QWidget(this);
    auto* startLayout = new QVBoxLayout(startField);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_start);
    startLayout->addWidget(m_startHint);
    FormRows::add(m_form, tr("&Start from:"), startField, m_start);
    auto* browseConfig =
        browseButton("browseConfig", tr("Bro&wse…"), tr("Choose the dlt config file"),
                     &NewPipelineDialog::browseConfig);
    m_configRow = FormRows::besideEachOther(this, m_configPath, browseConfig);
    FormRows::add(m_form, tr("&dlt config:"), m_configRow, m_configPath);
    m_form->addRow(tr("Base &URL:"), m_baseUrl);
    m_form->addRow(tr("First &endpoint:"), m_firstPath);
    m_auth = new PipelineAuthForm(m_form, this);
    m_destination = new DestinationForm(m_context, m_form, this);
    // Tab follows the rows top to bottom (hidden rows are skipped).
    QList<QWidget*> order{m_name, m_start, m_configPath, browseConfig, m_baseUrl, m_firstPath};
    order << m_auth->controls() << m_destination->controls()
          << m_buttons->button(QDialogButtonBox::Ok) << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPipelineDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPipelineDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
    connect(m_name, &QLineEdit::textChanged, this, &NewPipelineDialog::onNameChanged);
    for (QLineEdit* edit : {m_configPath, m_baseUrl, m_firstPath}) {
        connect(edit, &QLineEdit::textChanged, this, &NewPipelineDialog::update);
    }
    connect(m_auth, &PipelineAuthForm::changed, this, &NewPipelineDialog::update);
    connect(m_destination, &DestinationForm::changed, this, &NewPipelineDialog::update);
    connect(m_start, &QComboBox::currentIndexChanged, this, &NewPipelineDialog::onStartChanged);
    connect(m_context->registry(), &ConnectionRegistry::listChanged, this,
            &NewPipelineDialog::loadConnections);
    // The built-in sandbox is what a first pipeline is made of, offline.
    m_start->setCurrentIndex(SandboxPreset);
    onStartChanged();
}

QLineEdit* NewPipelineDialog::makeEdit(const char* objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPushButton* NewPipelineDialog::browseButton(const char* objectName, const QString& text,
                                             const QString& accessibleName,
                                             void (NewPipelineDialog::*browse)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(accessibleName);
    connect(button, &QPushButton::clicked, this, browse);
    return button;
}

QString NewPipelineDialog::startHint() const
{
    switch (start()) {
    case ApsPreset:
        return tr("Hubs, projects, top folders, folder contents, item versions and your user "
                  "profile from Autodesk Platform Services, through an APS connection.");
    case SandboxPreset:
        return tr("The same chain from the built-in sandbox (hubs to item versions), through a "
                  "Sandbox connection: works offline.");
    case DltConfig:
        return tr("A dlt REST API config (JSON); secrets written in it go to the keychain and "
                  "the file names them as {secrets.NAME}.");
    case EmptyPipeline:
        break;
    }
    return tr("One endpoint to begin with; add more in the endpoint table and try each with "
              "Test request.");
}

QString NewPipelineDialog::createdPipeline() const
{
    return m_created;
}

QStringList NewPipelineDialog::notes() const
{
    return m_notes;
}

PipelineAuthForm* NewPipelineDialog::authForm() const
{
    return m_auth;
}

QLineEdit* NewPipelineDialog::nameEdit() const
{
    return m_name;
}

void NewPipelineDialog::setStart(Start start)
{
    m_start->setCurrentIndex(start);
}

NewPipelineDialog::Start NewPipelineDialog::start() const
{
    return Start(m_start->currentIndex());
}

QString NewPipelineDialog::presetName() const
{
    switch (start()) {
    case ApsPreset:
        return QStringLiteral("aps-data-management");
    case SandboxPreset:
        return QStringLiteral("sandbox");
    default:
        return QString();
    }
}

void NewPipelineDialog::loadConnections()
{
    const QString provider = PipelinePresets::providerOf(presetName());
    QList<QPair<QString, QString>> offered;
    const ConnectionRegistry* registry = m_context->registry();
    for (const QString& name : registry->names()) {
        const std::optional<Connection> connection = registry->connection(name);
        if (connection && (provider.isEmpty() || connection->provider == provider)) {
            offered.append({name, tr("Connection \"%1\" (%2)").arg(name, connection->provider)});
        }
    }
    m_auth->setConnectionsOnly(!provider.isEmpty());
    m_auth->setConnections(offered);
    update();
}

void NewPipelineDialog::onStartChanged()
{
    m_startHint->setText(startHint());
    m_form->setRowVisible(m_configRow, start() == DltConfig);
    m_form->setRowVisible(m_baseUrl, start() == EmptyPipeline);
    m_form->setRowVisible(m_firstPath, start() == EmptyPipeline);
    // A dlt config says how it signs in; its secrets go to the keychain.
    m_auth->setVisible(start() != DltConfig);
    if (!m_nameTyped) {
        static const QStringList bases{QStringLiteral("aps"), QStringLiteral("sandbox"),
                                       QStringLiteral("imported"), QStringLiteral("my-api")};
        const QString base = start() == DltConfig && !m_configPath->text().isEmpty()
            ? QFileInfo(m_configPath->text()).completeBaseName()
            : bases.at(start());
        m_name->setText(
            DltImport::nameFor(base + QStringLiteral(".json"), m_context->connections().home()));
    }
    loadConnections();
}

void NewPipelineDialog::onNameChanged()
{
    const QString pipelineName = PipelineCreateJob::pipelineNameFor(m_name->text().trimmed());
    m_auth->setPipelineName(pipelineName);
    m_destination->setPipelineName(pipelineName,
                                   PipelineCreateJob::defaultDatabasePath(
                                       m_context->connections().home(), m_name->text().trimmed()));
    update();
}

QString NewPipelineDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    QString why;
    if (!PipelineStore::isValidName(name, &why)) {
        return why;
    }
    if (PipelineStore(m_context->connections().home()).exists(name)) {
        return tr("There is already a pipeline \"%1\".").arg(name);
    }
    return QString();
}

QString NewPipelineDialog::problem() const
{
    if (const QString name = nameProblem(); !name.isEmpty()) {
        return name;
    }
    if (const QString destination = m_destination->problem(); !destination.isEmpty()) {
        return destination;
    }
    if (start() == DltConfig) {
        return m_configPath->text().trimmed().isEmpty() ? tr("Choose the dlt config to import.")
                                                        : QString();
    }
    QString why;
    pipeline(&why);
    return why;
}

std::optional<QJsonObject> NewPipelineDialog::pipeline(QString* why) const
{
    if (start() == EmptyPipeline && m_baseUrl->text().trimmed().isEmpty()) {
        *why = tr("Type the base URL of the API.");
        return std::nullopt;
    }
    if (start() == EmptyPipeline && m_firstPath->text().trimmed().isEmpty()) {
        *why = tr("Type the path of a first endpoint; more are added in the table.");
        return std::nullopt;
    }
    if (const QString auth = m_auth->problem(); !auth.isEmpty()) {
        *why = presetName().isEmpty() || m_auth->kindBox()->count() > 0
            ? auth
            : tr("The preset signs in through a %1 connection, and there is none yet: make one "
                 "with File → New Connection… first.")
                  .arg(PipelinePresets::providerOf(presetName()));
        return std::nullopt;
    }
    std::optional<QJsonObject> json =
        presetName().isEmpty() ? std::optional(emptyPipeline()) : presetPipeline(why);
    if (!json) {
        return std::nullopt;
    }
    json->insert(QStringLiteral("pipeline_name"),
                 PipelineCreateJob::pipelineNameFor(m_name->text().trimmed()));
    json->insert(QStringLiteral("destination"), m_destination->destinationJson());
    if (!m_destination->datasetName().isEmpty()) {
        json->insert(QStringLiteral("dataset_name"), m_destination->datasetName());
    }
    ConfigProblems problems;
    if (!PipelineFile::read(*json, &problems)) {
        *why = problems.first().toString();
        return std::nullopt;
    }
    return json;
}

std::optional<QJsonObject> NewPipelineDialog::presetPipeline(QString* why) const
{
    const std::optional<Connection> connection =
        m_context->registry()->connection(m_auth->connection());
    if (!connection) {
        *why = tr("The connection \"%1\" cannot be read.").arg(m_auth->connection());
        return std::nullopt;
    }
    return PipelinePresets::forConnection(presetName(), *connection, why);
}

QJsonObject NewPipelineDialog::emptyPipeline() const
{
    QJsonObject client{{QStringLiteral("base_url"), m_baseUrl->text().trimmed()}};
    if (m_auth->kind() != PipelineAuthForm::NoAuth) {
        client.insert(QStringLiteral("auth"), m_auth->authJson());
    }
    const QString path = m_firstPath->text().trimmed();
    const QJsonObject resource{
        {QStringLiteral("name"), resourceNameFor(path)},
        {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("path"), path}}}};
    return {{QStringLiteral("source"),
             QJsonObject{{QStringLiteral("name"),
                          PipelineCreateJob::pipelineNameFor(m_name->text().trimmed())},
                         {QStringLiteral("client"), client},
                         {QStringLiteral("resources"), QJsonArray{resource}}}}};
}

void NewPipelineDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_busy);
}

void NewPipelineDialog::browseConfig()
{
    const QString path = FileChooser::openFileName(this, tr("Import a dlt config"), QString(),
                                                   tr("dlt REST API configs (*.json)"));
    if (!path.isEmpty()) {
        m_configPath->setText(path);
        onStartChanged();
    }
}

void NewPipelineDialog::accept()
{
    if (m_busy || !problem().isEmpty()) {
        return;
    }
    setBusy(true);
    if (start() == DltConfig) {
        importDlt();
    } else {
        create();
    }
}

void NewPipelineDialog::create()
{
    QString why;
    const std::optional<QJsonObject> json = pipeline(&why);
    QHash<QString, QString> secrets = m_auth->secrets();
    secrets.insert(m_destination->secrets());
    auto* job = new PipelineCreateJob(m_context->connections().home(), m_context->secrets(),
                                      m_name->text().trimmed(), *json, secrets, this);
    connect(job, &Job::finished, this, [this](Job* done) {
        finish(done->error() == Job::NoError ? QString() : done->errorText());
    });
    job->start();
}

void NewPipelineDialog::importDlt()
{
    auto* import = new DltImport(m_context, this);
    connect(import, &DltImport::finished, this,
            [this, import](const QString&, const QString& error, const QStringList& notes) {
                import->deleteLater();
                m_notes = notes;
                finish(error);
            });
    const bool server = m_destination->kind() == DestinationForm::PostgresServer;
    if (server) {
        import->setDestination(m_destination->destinationJson(), m_destination->datasetName(),
                               m_destination->secrets());
    }
    import->start(m_configPath->text().trimmed(), m_name->text().trimmed(),
                  server
                      ? QString()
                      : m_destination->destinationJson().value(QStringLiteral("path")).toString());
}

void NewPipelineDialog::reject()
{
    // Closing now would drop the job half-way: the keychain written, no file.
    if (!m_busy) {
        QDialog::reject();
    }
}

void NewPipelineDialog::finish(const QString& error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_problem->setText(tr("Not created: %1").arg(error));
        m_problem->show();
        return;
    }
    m_created = m_name->text().trimmed();
    QDialog::accept();
}

void NewPipelineDialog::setBusy(bool busy)
{
    m_busy = busy;
    // The form as it is, untouchable while the keychain and the file are written.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole);
            field && field->widget()) {
            field->widget()->setEnabled(!busy);
        }
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    update();
}
