#include "pipeline/DestinationForm.h"

#include "common/AppContext.h"
#include "common/FileChooser.h"
#include "common/FormRows.h"
#include "common/PlainTextLabel.h"
#include "destination/PostgresDatabase.h"
#include "destination/PostgresTestJob.h"
#include "source/PipelineFile.h"
#include "source/SecretLookupJob.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

DestinationForm::DestinationForm(AppContext* context, QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_form(form)
    , m_parent(parent)
    , m_kind(new QComboBox(parent))
    , m_path(new QLineEdit(parent))
    , m_url(new QLineEdit(parent))
    , m_dataset(new QLineEdit(parent))
    , m_password(new QLineEdit(parent))
    , m_test(new QPushButton(tr("Test C&onnection"), parent))
    , m_result(PlainTextLabel::create(parent, "destinationTestResult"))
{
    m_kind->setObjectName(QStringLiteral("destinationKind"));
    m_kind->setAccessibleName(tr("Where the data goes"));
    m_kind->addItem(tr("A SQLite file on this computer"));
    m_kind->addItem(tr("A PostgreSQL server"));
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setAccessibleName(tr("SQLite file the data goes to"));
    m_url->setObjectName(QStringLiteral("postgresUrl"));
    m_url->setAccessibleName(tr("PostgreSQL server URL, without the password"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:5432/DATABASE"));
    m_dataset->setObjectName(QStringLiteral("datasetName"));
    m_dataset->setAccessibleName(tr("Dataset, the schema the tables go into"));
    m_password->setObjectName(QStringLiteral("postgresPassword"));
    m_password->setAccessibleName(tr("Password of the PostgreSQL user"));
    // Shown as dots and never copied out: it goes to the keychain only.
    m_password->setEchoMode(QLineEdit::Password);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test the connection to the PostgreSQL server"));
    m_result->setAccessibleName(tr("What the connection test found"));

    auto* browse = new QPushButton(tr("&Browse…"), parent);
    browse->setObjectName(QStringLiteral("browseDatabase"));
    browse->setAccessibleName(tr("Choose the SQLite file"));
    connect(browse, &QPushButton::clicked, this, &DestinationForm::browse);
    m_pathRow = FormRows::besideEachOther(parent, m_path, browse);
    m_testRow = FormRows::besideEachOther(parent, m_test, m_result, FormRows::SecondStretches);
    FormRows::add(m_form, tr("Data &goes to:"), m_kind, m_kind);
    FormRows::add(m_form, tr("SQLite &file:"), m_pathRow, m_path);
    FormRows::add(m_form, tr("Ser&ver:"), m_url, m_url);
    FormRows::add(m_form, tr("D&ataset:"), m_dataset, m_dataset);
    FormRows::add(m_form, tr("Password for t&he server:"), m_password, m_password);
    m_form->addRow(QString(), m_testRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showRows();
        Q_EMIT changed();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathTyped = true; });
    connect(m_dataset, &QLineEdit::textEdited, this, [this] { m_datasetTyped = true; });
    for (QLineEdit* edit : {m_path, m_url, m_dataset, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_result->clear();
            showSchemaName();
            Q_EMIT changed();
        });
    }
    connect(m_test, &QPushButton::clicked, this, &DestinationForm::test);
    showRows();
}

QList<QWidget*> DestinationForm::controls() const
{
    return {m_kind,     m_path, m_pathRow->findChild<QPushButton*>(), m_url, m_dataset,
            m_password, m_test};
}

void DestinationForm::showRows()
{
    const bool server = kind() == PostgresServer;
    m_form->setRowVisible(m_pathRow, !server);
    for (QWidget* field : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_dataset),
                           static_cast<QWidget*>(m_password), m_testRow}) {
        m_form->setRowVisible(field, server);
    }
}

void DestinationForm::showSchemaName()
{
    // dlt names the schema after the dataset in snake_case: say so before a
    // person looks for "Shop Data" on the server and finds shop_data.
    const QString dataset = m_dataset->text().trimmed();
    const QString schema = PostgresDatabase::schemaOf(dataset);
    if (!schema.isEmpty() && schema != dataset) {
        m_result->setText(
            tr("The tables go into the schema %1, dlt's name for this dataset.").arg(schema));
    }
}

void DestinationForm::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind);
}

DestinationForm::Kind DestinationForm::kind() const
{
    return Kind(m_kind->currentIndex());
}

QString DestinationForm::secretName() const
{
    return m_secretName.isEmpty() ? m_pipelineName + QStringLiteral("_postgres_password")
                                  : m_secretName;
}

void DestinationForm::setPipelineName(const QString& pipelineName, const QString& defaultFile)
{
    m_pipelineName = pipelineName;
    if (!m_pathTyped) {
        m_path->setText(defaultFile);
    }
    if (!m_datasetTyped) {
        m_dataset->setText(pipelineName + QStringLiteral("_dataset"));
    }
    m_password->setPlaceholderText(
        tr("kept in the keychain as secret/%1; empty for none").arg(secretName()));
}

void DestinationForm::setFrom(const PipelineFile& pipeline)
{
    m_pipelineName = pipeline.pipelineName;
    m_sourceName = pipeline.sourceName;
    m_pathTyped = true;
    m_datasetTyped = true;
    m_path->setText(pipeline.destinationPath);
    m_dataset->setText(pipeline.datasetName);
    if (pipeline.loadsIntoPostgres() && pipeline.postgres) {
        m_url->setText(pipeline.postgres->url());
        m_secretName = pipeline.postgres->passwordSecret;
    }
    m_password->setPlaceholderText(
        m_secretName.isEmpty()
            ? tr("kept in the keychain as secret/%1; empty for none").arg(secretName())
            : tr("stored in the keychain as secret/%1; type to replace it").arg(m_secretName));
    setKind(pipeline.loadsIntoPostgres() ? PostgresServer : SqliteFile);
}

std::optional<PostgresCredentials> DestinationForm::credentials(QString* why) const
{
    QString problem;
    std::optional<PostgresCredentials> server =
        PostgresCredentials::fromUrl(m_url->text().trimmed(), &problem);
    if (!server) {
        *why = m_url->text().trimmed().isEmpty()
            ? tr("Type the server's URL: postgresql://USER@HOST:5432/DATABASE.")
            : tr("The server's URL %1.").arg(problem);
    }
    return server;
}

QString DestinationForm::problem() const
{
    if (kind() == SqliteFile) {
        return m_path->text().trimmed().isEmpty() ? tr("Choose the SQLite file the data goes to.")
                                                  : QString();
    }
    QString why;
    if (!credentials(&why)) {
        return why;
    }
    if (m_dataset->text().trimmed().isEmpty()) {
        return tr("Type the dataset: the schema on the server the tables go into.");
    }
    return QString();
}

QJsonObject DestinationForm::destinationJson() const
{
    if (kind() == SqliteFile) {
        return {{QStringLiteral("type"), QStringLiteral("sqlite")},
                {QStringLiteral("path"), m_path->text().trimmed()}};
    }
    QString ignored;
    const std::optional<PostgresCredentials> server = credentials(&ignored);
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("postgres")}};
    // Only a URL that parsed: the text as typed may hold a password.
    if (server) {
        json.insert(QStringLiteral("credentials"), server->url());
    }
    // A password typed now, or one the file already names, stays named.
    if (!m_password->text().isEmpty() || !m_secretName.isEmpty()) {
        json.insert(QStringLiteral("password"), QStringLiteral("{secrets.%1}").arg(secretName()));
    }
    return json;
}

QString DestinationForm::datasetName() const
{
    return kind() == PostgresServer ? m_dataset->text().trimmed() : QString();
}

QHash<QString, QString> DestinationForm::secrets() const
{
    if (kind() != PostgresServer || m_password->text().isEmpty()) {
        return {};
    }
    return {{secretName(), m_password->text()}};
}

void DestinationForm::browse()
{
    const QString path =
        FileChooser::saveFileName(m_parent, tr("SQLite file of the pipeline"),
                                  m_path->text().trimmed(), tr("SQLite files (*.sqlite *.db)"));
    if (!path.isEmpty()) {
        m_pathTyped = true;
        m_path->setText(path);
    }
}

void DestinationForm::test()
{
    QString why;
    const std::optional<PostgresCredentials> server = credentials(&why);
    if (!server || m_running) {
        m_result->setText(why);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(server->describe()));
    // What a run would use: the password typed, else the environment's
    // when the pipeline names no secret, else the secret's (keychain first).
    if (!m_password->text().isEmpty() || m_secretName.isEmpty()) {
        testWith(*server,
                 m_password->text().isEmpty() ? PostgresCredentials::passwordFromEnvironment()
                                              : m_password->text());
        return;
    }
    auto* lookup = new SecretLookupJob(m_context->secrets(), m_sourceName, {m_secretName}, this);
    lookup->addEnvironmentNames(m_secretName, PostgresCredentials::passwordEnvironmentNames());
    m_running = lookup;
    connect(lookup, &Job::finished, this, [this, lookup, server = *server] {
        m_running = nullptr;
        if (lookup->error() != Job::NoError) {
            m_test->setEnabled(true);
            m_result->setText(lookup->errorText());
            Q_EMIT tested(false);
            return;
        }
        testWith(server, lookup->values().value(m_secretName));
    });
    lookup->start();
}

void DestinationForm::testWith(const PostgresCredentials& credentials, const QString& password)
{
    auto* job = new PostgresTestJob(credentials, password, m_dataset->text().trimmed(), this);
    m_running = job;
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        m_test->setEnabled(true);
        const bool ok = job->error() == Job::NoError;
        m_result->setText(ok ? job->report() : job->errorText());
        Q_EMIT tested(ok);
    });
    job->start();
}
