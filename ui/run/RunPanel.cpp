#include "run/RunPanel.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ConnectionRegistry.h"
#include "common/DesktopNotifier.h"
#include "common/PlainTextLabel.h"
#include "connection/EditConnectionDialog.h"
#include "connection/SignInDialog.h"
#include "oauth/ConnectionStore.h"
#include "pipeline/SecretStorer.h"
#include "run/FailureAdvice.h"
#include "run/RequestLogModel.h"
#include "run/RequestLogView.h"
#include "run/RunJob.h"
#include "run/RunProgressModel.h"
#include "source/ExtractionPlan.h"
#include "source/PipelineConnection.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

RunPanel::RunPanel(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RunProgressModel(this))
    , m_cancel(new QPushButton(this))
    , m_fullRefresh(new QCheckBox(this))
    , m_bar(new QProgressBar(this))
    , m_status(PlainTextLabel::create(this, "runStatus"))
    , m_problem(PlainTextLabel::create(this, "runProblem"))
    , m_nextStep(new QPushButton(this))
    , m_openData(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_result(new QPlainTextEdit(this))
    , m_log(new RequestLogView(this))
    , m_details(new QTabWidget(this))
    , m_clock(new QTimer(this))
    , m_storer(new SecretStorer(context, this))
    , m_retryWait(new QTimer(this))
{
    setObjectName(QStringLiteral("runPanel"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setShortcut(QKeySequence(QStringLiteral("Shift+F5")));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancel);
    m_fullRefresh->setObjectName(QStringLiteral("fullRefreshBox"));
    m_bar->setObjectName(QStringLiteral("runProgressBar"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_problem->hide();
    m_nextStep->setObjectName(QStringLiteral("nextStepButton"));
    m_nextStep->hide();
    connect(m_nextStep, &QPushButton::clicked, this, &RunPanel::takeNextStep);
    m_openData->setObjectName(QStringLiteral("openDataButton"));
    m_openData->hide();
    connect(m_openData, &QPushButton::clicked, this, &RunPanel::openData);
    m_retryWait->setSingleShot(true);
    connect(m_retryWait, &QTimer::timeout, this, [this] {
        m_nextStep->setEnabled(true);
        m_nextStep->setToolTip(QString());
    });
    connect(m_storer, &SecretStorer::stored, this, [this] {
        m_nextStep->hide();
        Q_EMIT runAgainRequested();
    });
    connect(m_storer, &SecretStorer::cancelled, this, [this] { m_nextStep->setEnabled(true); });
    connect(m_storer, &SecretStorer::failed, this, [this](const QString& text) {
        m_nextStep->setEnabled(true);
        m_problem->setText(text);
    });
    m_table->setObjectName(QStringLiteral("runProgressTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_result->setObjectName(QStringLiteral("loadInfo"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->addTab(m_log, QString());
    m_details->addTab(m_result, QString());
    connect(m_log, &RequestLogView::problem, this, [this](const QString& text) {
        m_problem->setText(text);
        m_problem->show();
    });
    // The time so far, whatever the run reports meanwhile.
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &RunPanel::showElapsed);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_fullRefresh);
    bar->addWidget(m_bar, 1);
    bar->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto* status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_openData);
    layout->addLayout(status);
    auto* problem = new QHBoxLayout;
    problem->addWidget(m_problem, 1);
    problem->addWidget(m_nextStep, 0, Qt::AlignTop);
    layout->addLayout(problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details, 1);
    retranslateUi();
}

RunPanel::~RunPanel() = default;

RunProgressModel* RunPanel::progress() const
{
    return m_model;
}

RequestLogView* RunPanel::requestLog() const
{
    return m_log;
}

RunJob* RunPanel::lastRun() const
{
    return m_job.get();
}

bool RunPanel::isRunning() const
{
    return m_running;
}

bool RunPanel::start(const PipelineFile& pipeline, const QString& pipelinePath,
                     const QStringList& resources)
{
    if (m_running) {
        m_problem->setText(tr("A run of this pipeline is in progress already."));
        m_problem->show();
        return false;
    }
    const bool fullRefresh = m_fullRefresh->isChecked();
    if (fullRefresh && !confirmFullRefresh(pipeline.pipelineName)) {
        return false;
    }
    RunJob::Options options;
    options.extract.resources = resources;
    options.destination = LoadDestination::of(pipeline, QFileInfo(pipelinePath).absolutePath());
    options.loader.pipelineName = pipeline.pipelineName;
    options.loader.schemaName = pipeline.sourceName;
    options.loader.fullRefresh = fullRefresh;
    options.historyOf = pipelinePath;
    m_job = std::make_unique<RunJob>(m_context->network(), pipeline, &m_context->connections(),
                                     m_context->secrets(), options);
    m_job->setAutoDelete(false);
    connect(m_job.get(), &Job::progressChanged, this, &RunPanel::onProgress);
    connect(m_job.get(), &RunJob::retrying, this, &RunPanel::logRetry);
    connect(m_job.get(), &RunJob::extractionStarted, this, &RunPanel::logRequests);
    connect(m_job.get(), &Job::finished, this, &RunPanel::onFinished);
    m_pipeline = std::make_unique<PipelineFile>(pipeline);
    m_advice.reset();
    m_retryWait->stop();
    m_nextStep->setToolTip(QString());
    m_openData->hide();
    const QStringList planned = ExtractionPlan(pipeline, resources).resources();
    m_model->start(planned);
    m_log->startRun(planned);
    m_details->setCurrentWidget(m_log);
    m_problem->hide();
    m_nextStep->hide();
    m_result->clear();
    m_bar->setRange(0, 0);
    m_running = true;
    m_cancel->setEnabled(true);
    m_fullRefresh->setEnabled(false);
    m_elapsed.start();
    m_clock->start();
    showElapsed();
    Q_EMIT runningChanged(true);
    m_job->start();
    return true;
}

void RunPanel::clear()
{
    if (m_running) {
        return;
    }
    m_job.reset();
    m_pipeline.reset();
    m_advice.reset();
    m_retryWait->stop();
    m_nextStep->hide();
    m_nextStep->setToolTip(QString());
    m_openData->hide();
    m_problem->hide();
    m_status->clear();
    m_result->clear();
    m_model->start({});
    m_log->startRun({});
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

bool RunPanel::confirmFullRefresh(const QString& pipelineName)
{
    Confirmation::Question question;
    question.title = tr("Full refresh");
    question.text = tr("A full refresh drops what \"%1\" loaded before (its tables and its "
                       "incremental state) and loads everything again. Go on?")
                        .arg(pipelineName);
    question.action = tr("&Refresh fully");
    question.role = QMessageBox::DestructiveRole;
    return Confirmation::ask(this, question);
}

void RunPanel::cancel()
{
    if (m_running) {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: the file is put back as it was…"));
        m_job->cancel();
    }
}

void RunPanel::logRequests(ExtractJob* extraction)
{
    connect(extraction, &ExtractJob::requestFinished, this,
            [this](const QString& resource, const QString& method, const QString& url, int status,
                   qint64 milliseconds, qint64 bytes) {
                RequestLogModel::Entry entry;
                entry.time = QDateTime::currentDateTime();
                entry.endpoint = resource;
                entry.method = method;
                entry.url = url;
                entry.status = status;
                entry.milliseconds = milliseconds;
                entry.bytes = bytes;
                entry.failure = status == 0 || status >= 400;
                m_log->model()->add(entry);
            });
    connect(extraction, &ExtractJob::paginatorDetected, this,
            [this](const QString& resource, const QJsonValue& config, double) {
                logNote(
                    resource,
                    tr("paginator detected: %1")
                        .arg(config.isObject() ? QString::fromUtf8(
                                 QJsonDocument(config.toObject()).toJson(QJsonDocument::Compact))
                                               : config.toString()));
            });
    connect(extraction, &ExtractJob::credentialsRenewed, this,
            [this](const QString& resource, bool afterUnauthorized, bool ok, const QString& text) {
                logNote(resource,
                        !ok ? tr("token renewal failed: %1").arg(text)
                            : afterUnauthorized
                            ? tr("the API answered 401: token renewed, the request sent again")
                            : tr("token renewed before it ran out"),
                        !ok);
            });
    connect(extraction, &ExtractJob::hostPaused, this,
            [this](const QString& origin, qint64 milliseconds) {
                logNote(QString(),
                        tr("every request to %1 waits %2 s: the API asked to be left alone "
                           "for a while")
                            .arg(origin, QLocale().toString(double(milliseconds) / 1000.0, 'f', 1)),
                        true);
            });
    connect(extraction, &ExtractJob::paginationEnded, this,
            [this](const QString& resource, qint64 pages, const QString& why) {
                logNote(
                    resource,
                    tr("last page after %n page(s): %1", nullptr, int(qMin<qint64>(pages, INT_MAX)))
                        .arg(why));
            });
    connect(extraction, &Job::finished, this, [this](Job* done) {
        if (done->error() == Job::NoError) {
            m_model->extractionDone();
        }
    });
}

void RunPanel::logNote(const QString& resource, const QString& text, bool failure)
{
    RequestLogModel::Entry entry;
    entry.time = QDateTime::currentDateTime();
    entry.endpoint = resource;
    entry.isNote = true;
    entry.note = text;
    entry.failure = failure;
    m_log->model()->add(entry);
}

void RunPanel::logRetry(const RetryEvent& event)
{
    m_model->addRetry(event.resource);
    RequestLogModel::Entry entry;
    entry.time = QDateTime::currentDateTime();
    entry.endpoint = event.resource;
    entry.url = event.url;
    entry.status = event.status;
    entry.note = tr("attempt %1 failed, trying again in %2 s: %3")
                     .arg(event.attempt)
                     .arg(QLocale().toString(double(event.waitMs) / 1000.0, 'f', 1), event.reason);
    entry.failure = true;
    m_log->model()->add(entry);
}

void RunPanel::onProgress()
{
    m_model->update(m_job->resourceStats());
    const qint64 total = m_job->totalAmount(Job::Pages);
    if (total > 0) {
        // Exact where the API says how many pages there are.
        m_bar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_bar->setValue(int(qMin(m_job->processedAmount(Job::Pages), total)));
    }
}

void RunPanel::showElapsed()
{
    if (!m_job) {
        return;
    }
    const QLocale locale;
    const QString counts = tr("%1 — %2 records, %3 rows")
                               .arg(LoadInfo::duration(double(m_elapsed.elapsed()) / 1000.0),
                                    locale.toString(m_job->processedAmount(Job::Records)),
                                    locale.toString(m_job->processedAmount(Job::Rows)));
    const QString doing = m_job->progressDescription();
    // What the run does now, once it says.
    m_status->setText(doing.isEmpty() ? counts : tr("%1 — %2").arg(counts, doing));
}

void RunPanel::onFinished()
{
    m_running = false;
    m_clock->stop();
    m_model->update(m_job->resourceStats());
    m_cancel->setEnabled(false);
    m_fullRefresh->setEnabled(true);
    m_bar->setRange(0, 1);
    const int error = m_job->error();
    m_bar->setValue(error == Job::NoError ? 1 : 0);
    m_model->finish(error == Job::NoError         ? RunProgressModel::Outcome::Loaded
                        : error == Job::Cancelled ? RunProgressModel::Outcome::Cancelled
                                                  : RunProgressModel::Outcome::Failed,
                    m_job->extractionFailure().resource);
    logFailure();
    m_log->model()->flush();
    if (error == Job::NoError) {
        m_status->setText(tr("Loaded in %1.").arg(LoadInfo::duration(m_job->loadInfo().seconds)));
        m_result->setPlainText(m_job->loadInfo().text());
        m_details->setCurrentWidget(m_result);
        // A server's data is browsed with PostgreSQL's own tools.
        m_openData->setVisible(!m_pipeline || !m_pipeline->loadsIntoPostgres());
    } else {
        m_status->setText(error == Job::Cancelled
                              ? tr("Cancelled: the data and its state are as before the run.")
                              : tr("The run failed; the data and its state are as before it."));
        m_problem->setVisible(error != Job::Cancelled);
        if (error != Job::Cancelled) {
            offerNextStep();
        }
    }
    notifyIfAway();
    Q_EMIT runningChanged(false);
    Q_EMIT finished();
}

void RunPanel::logFailure()
{
    // The log ends where the run did: an answer that looked fine to HTTP
    // (an HTML page, broken JSON) is marked as what stopped the run too.
    const ExtractFailure failure = m_job->extractionFailure();
    if (m_job->error() == Job::NoError || m_job->error() == Job::Cancelled
        || failure.kind == ExtractFailure::Kind::None) {
        return;
    }
    RequestLogModel::Entry entry;
    entry.time = QDateTime::currentDateTime();
    entry.endpoint = failure.resource;
    entry.url = failure.url;
    entry.status = failure.status;
    entry.isNote = failure.url.isEmpty();
    entry.note = tr("the run stopped here: %1").arg(m_job->errorText());
    entry.failure = true;
    m_log->model()->add(entry);
}

void RunPanel::openData()
{
    Q_EMIT openDataRequested();
}

void RunPanel::setNotifyAfter(std::chrono::milliseconds after)
{
    m_notifyAfter = after;
}

void RunPanel::notifyIfAway()
{
    // A cancel is the person's own doing; a short run they saw end.
    const int error = m_job->error();
    if (error == Job::Cancelled || window()->isActiveWindow()
        || m_elapsed.elapsed() < m_notifyAfter.count()) {
        return;
    }
    const QString name = m_pipeline->pipelineName;
    if (error == Job::NoError) {
        const LoadInfo info = m_job->loadInfo();
        DesktopNotifier::notify(
            window(), tr("%1: loaded").arg(name),
            tr("%n record(s) loaded into %1 in %2.", nullptr,
               int(qMin<qint64>(info.records, INT_MAX)))
                .arg(QFileInfo(info.databasePath).fileName(), LoadInfo::duration(info.seconds)));
    } else {
        DesktopNotifier::notify(window(), tr("%1: the run failed").arg(name),
                                m_advice ? m_advice->text : m_job->errorText());
    }
}

void RunPanel::offerNextStep()
{
    m_advice = std::make_unique<FailureAdvice>(FailureAdvice::of(
        *m_job, *m_pipeline,
        m_job->extractionFailure().kind == ExtractFailure::Kind::Forbidden ? connectionScopes(
            PipelineConnection::of(*m_pipeline, m_job->extractionFailure().resource))
                                                                           : QStringList()));
    // The advice first, then the run's own words for the details.
    m_problem->setText(tr("%1\n\nDetails: %2").arg(m_advice->text, m_job->errorText()));
    m_nextStep->setVisible(m_advice->step != FailureAdvice::Step::None);
    m_nextStep->setText(m_advice->buttonText());
    m_nextStep->setAccessibleName(m_advice->buttonDescription());
    m_nextStep->setEnabled(m_advice->waitSeconds <= 0);
    if (m_advice->waitSeconds > 0) {
        m_nextStep->setToolTip(tr("Ready once the API's wait is over"));
        m_retryWait->start(std::chrono::seconds(m_advice->waitSeconds));
    }
}

QStringList RunPanel::connectionScopes(const QString& connection) const
{
    // The registry's copy: no file read on this thread.
    const std::optional<Connection> found = m_context->registry()->connection(connection);
    return found ? found->client.scopes : QStringList();
}

void RunPanel::takeNextStep()
{
    if (!m_job || !m_advice) {
        return;
    }
    switch (m_advice->step) {
    case FailureAdvice::Step::StoreSecret:
        // One at a time: the button waits for the keychain's answer.
        m_nextStep->setEnabled(!m_storer->startFor(m_advice->subject));
        break;
    case FailureAdvice::Step::SignIn:
        signInAgain();
        break;
    case FailureAdvice::Step::EditScopes:
        editScopes();
        break;
    case FailureAdvice::Step::EditEndpoint:
        Q_EMIT editEndpointRequested(m_advice->subject);
        break;
    case FailureAdvice::Step::RunAgain:
        m_nextStep->hide();
        Q_EMIT runAgainRequested();
        break;
    case FailureAdvice::Step::None:
        break;
    }
}

void RunPanel::signInAgain()
{
    m_nextStep->setEnabled(false);
    auto* dialog = new SignInDialog(m_context, m_advice->subject, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_nextStep->setEnabled(true); });
    connect(dialog, &QDialog::accepted, this, [this] {
        // Signed in: the same run again, with the new tokens.
        m_nextStep->hide();
        Q_EMIT runAgainRequested();
    });
    dialog->open();
}

void RunPanel::editScopes()
{
    QString error;
    const std::optional<Connection> connection =
        m_context->connections().load(m_advice->subject, &error);
    if (!connection) {
        m_problem->setText(error);
        return;
    }
    m_nextStep->setEnabled(false);
    auto* dialog = new EditConnectionDialog(m_context, *connection, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] { m_nextStep->setEnabled(true); });
    // Saved: the new scopes apply from the next sign-in, which follows.
    connect(dialog, &EditConnectionDialog::saved, this, [this] { signInAgain(); });
    dialog->open();
}

void RunPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RunPanel::retranslateUi()
{
    m_openData->setText(tr("Open &Data"));
    m_openData->setToolTip(tr("Open the SQLite file the run loaded"));
    m_openData->setAccessibleName(tr("Open the data the run loaded"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the run; nothing of it is kept (Shift+F5)"));
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_fullRefresh->setText(tr("&Full refresh"));
    m_fullRefresh->setToolTip(
        tr("Drop what was loaded before and load everything again (asks first)"));
    m_fullRefresh->setAccessibleName(tr("Full refresh on the next run"));
    m_bar->setAccessibleName(tr("Progress of the run"));
    m_status->setAccessibleName(tr("State of the run"));
    m_problem->setAccessibleName(tr("Why the run failed"));
    m_table->setAccessibleName(tr("Progress of each endpoint"));
    m_result->setAccessibleName(tr("What the run loaded"));
    m_details->setAccessibleName(tr("Details of the run"));
    m_details->setTabText(0, tr("Request &log"));
    m_details->setTabText(1, tr("Load &info"));
}
