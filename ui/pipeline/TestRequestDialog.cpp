#include "pipeline/TestRequestDialog.h"

#include "common/AppContext.h"
#include "common/PlainTextLabel.h"
#include "connection/SignInDialog.h"
#include "core/Job.h"
#include "oauth/ConnectionStore.h"
#include "pipeline/JsonTreeModel.h"
#include "source/CredentialSet.h"
#include "source/PipelineConnection.h"
#include "source/SecretLookupJob.h"
#include "source/TestRequestJob.h"
#include "source/TestResponse.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

TestRequestDialog::TestRequestDialog(AppContext* context, const PipelineFile& pipeline,
                                     const QString& resource, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_pipeline(pipeline)
    , m_resource(resource)
    , m_summary(PlainTextLabel::create(this, "testSummary"))
    , m_problem(PlainTextLabel::create(this, "testProblem"))
    , m_detection(PlainTextLabel::create(this, "testDetection"))
    , m_useThese(new QPushButton(tr("&Use these"), this))
    , m_signIn(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_selector(new QLineEdit(this))
    , m_selection(PlainTextLabel::create(this, "testSelection"))
    , m_tree(new QTreeView(this))
    , m_model(new JsonTreeModel(this))
    , m_headers(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("testRequestDialog"));
    setWindowTitle(tr("Test request: %1").arg(resource));
    resize(820, 620);
    m_summary->setText(tr("Sending the request of \"%1\"…").arg(resource));
    m_summary->setAccessibleName(tr("Request and status"));
    m_problem->setAccessibleName(tr("What went wrong"));
    m_problem->hide();
    m_detection->setAccessibleName(tr("Data selector and paginator"));
    m_useThese->setObjectName(QStringLiteral("useTheseButton"));
    m_useThese->setToolTip(tr("Write the detected data selector and paginator into the endpoint"));
    m_useThese->setAccessibleName(tr("Use the detected data selector and paginator"));
    m_useThese->hide();
    m_signIn->setObjectName(QStringLiteral("signInAgainButton"));
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &TestRequestDialog::signInAgain);
    connect(m_useThese, &QPushButton::clicked, this, [this] {
        Q_EMIT useDetected(m_resource, m_detectedSelector, m_detectedPaginator);
        m_useThese->setEnabled(false);
    });

    auto* bodyTab = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(bodyTab);
    auto* boxes = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("testSearch"));
    m_search->setPlaceholderText(tr("Find a key or value (Enter)"));
    m_search->setAccessibleName(tr("Find in the answer"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &TestRequestDialog::onSearch);
    m_selector->setObjectName(QStringLiteral("testSelector"));
    m_selector->setPlaceholderText(tr("JSONPath, e.g. data[*]"));
    m_selector->setAccessibleName(tr("JSONPath of the records"));
    // Each evaluation walks the whole answer: once the typing pauses.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_selector, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { onSelectorEdited(m_selector->text()); });
    boxes->addWidget(m_search, 1);
    boxes->addWidget(m_selector, 1);
    bodyLayout->addLayout(boxes);
    m_selection->setAccessibleName(tr("What the JSONPath picks"));
    bodyLayout->addWidget(m_selection);
    m_tree->setObjectName(QStringLiteral("testBodyTree"));
    m_tree->setAccessibleName(tr("The answer's body"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    bodyLayout->addWidget(m_tree, 1);
    m_headers->setObjectName(QStringLiteral("testHeaders"));
    m_headers->setAccessibleName(tr("The answer's headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->setObjectName(QStringLiteral("testTabs"));
    m_tabs->setAccessibleName(tr("The answer"));
    m_tabs->addTab(bodyTab, tr("&Body"));
    m_tabs->addTab(m_headers, tr("&Headers"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    auto* detection = new QHBoxLayout;
    detection->addWidget(m_detection, 1);
    detection->addWidget(m_useThese);
    detection->addWidget(m_signIn);
    layout->addLayout(detection);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_model, &JsonTreeModel::loaded, this, [this] {
        m_tree->expandToDepth(0);
        onSelectorEdited(m_selector->text());
    });
    connect(m_model, &JsonTreeModel::failed, this,
            [this](const QString& problem) { m_selection->setText(problem); });
}

TestRequestDialog::~TestRequestDialog()
{
    // The request goes before the credentials it holds (members go first).
    qDeleteAll(findChildren<Job*>(Qt::FindDirectChildrenOnly));
}

void TestRequestDialog::start()
{
    // Only the secrets this endpoint's file names are looked up.
    auto* lookup =
        new SecretLookupJob(m_context->secrets(), m_pipeline.sourceName, m_pipeline.secretNames());
    connect(lookup, &Job::finished, this, [this](Job* done) {
        if (done->error() != 0) {
            TestResponse failed;
            failed.problem = done->errorText();
            show(failed);
            return;
        }
        send(static_cast<SecretLookupJob*>(done)->values());
    });
    lookup->start();
}

void TestRequestDialog::send(const QHash<QString, QString>& secrets)
{
    m_credentials = std::make_unique<CredentialSet>(
        m_context->network(), secrets, &m_context->connections(), m_context->secrets());
    auto* job =
        new TestRequestJob(m_context->network(), m_pipeline, m_resource, m_credentials.get(), this);
    connect(job, &Job::finished, this, [this](Job* done) {
        const TestResponse response = static_cast<TestRequestJob*>(done)->response();
        show(response);
        offerSignIn(done->error(), response.status);
    });
    job->start();
}

void TestRequestDialog::show(const TestResponse& response)
{
    m_finished = true;
    if (response.status > 0) {
        m_summary->setText(tr("%1 %2 — HTTP %3 — %4 ms — %5")
                               .arg(response.method, response.url)
                               .arg(response.status)
                               .arg(response.milliseconds)
                               .arg(QLocale().formattedDataSize(response.bytes)));
    } else if (!response.url.isEmpty()) {
        m_summary->setText(tr("%1 %2 — no answer").arg(response.method, response.url));
    }
    m_problem->setText(response.problem);
    m_problem->setVisible(!response.problem.isEmpty());
    showHeaders(response);
    showDetection(response);
    if (response.isJson) {
        m_model->load(response.body);
        m_selector->setText(response.dataSelector);
        onSelectorEdited(response.dataSelector);
    }
    Q_EMIT finished();
}

void TestRequestDialog::showHeaders(const TestResponse& response)
{
    m_headers->setRowCount(int(response.headers.size()));
    for (int row = 0; row < response.headers.size(); ++row) {
        const auto& [name, value] = response.headers.at(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
}

void TestRequestDialog::showDetection(const TestResponse& response)
{
    if (!response.isJson) {
        m_detection->clear();
        return;
    }
    const QString paginator = response.paginator.isObject()
        ? QString::fromUtf8(
            QJsonDocument(response.paginator.toObject()).toJson(QJsonDocument::Compact))
        : response.paginator.toString();
    m_detection->setText(
        tr("Data selector %1 (%2): %n record(s) on this page. Paginator %3 (%4).", nullptr,
           int(response.recordCount))
            .arg(response.dataSelector.isEmpty() ? QStringLiteral("$") : response.dataSelector,
                 response.dataSelectorDetected ? tr("detected") : tr("from the file"), paginator,
                 response.paginatorDetected ? tr("detected") : tr("from the file")));
    m_detectedSelector = response.dataSelectorDetected ? response.dataSelector : QString();
    m_detectedPaginator = response.paginatorDetected ? response.paginator : QJsonValue();
    m_useThese->setVisible(!m_detectedSelector.isEmpty() || !m_detectedPaginator.isUndefined());
}

void TestRequestDialog::onSelectorEdited(const QString& expression)
{
    // Before the tree is in, the selector waits for loaded().
    if (m_model->isLoading()) {
        return;
    }
    const QString problem = m_model->setSelector(expression);
    if (!problem.isEmpty()) {
        m_selection->setText(problem);
        return;
    }
    m_selection->setText(expression.isEmpty() ? QString()
                                              : tr("%1 picks %n record(s), marked in the tree.",
                                                   nullptr, m_model->recordCount())
                                                    .arg(expression));
}

void TestRequestDialog::onSearch()
{
    const QModelIndexList hits = m_model->find(m_search->text(), 1);
    if (hits.isEmpty()) {
        m_selection->setText(tr("\"%1\" is not in the answer.").arg(m_search->text()));
        return;
    }
    m_tree->setCurrentIndex(hits.first());
    m_tree->scrollTo(hits.first());
}

bool TestRequestDialog::isFinished() const
{
    return m_finished;
}

JsonTreeModel* TestRequestDialog::body() const
{
    return m_model;
}

QString TestRequestDialog::connectionOfResource() const
{
    return PipelineConnection::of(m_pipeline, m_resource);
}

void TestRequestDialog::offerSignIn(int error, int status)
{
    const QString connection = connectionOfResource();
    const bool refused = error == TestRequestJob::AuthFailed || status == 401;
    m_signIn->setVisible(refused && !connection.isEmpty());
    m_signIn->setText(tr("&Sign In to %1 Again…").arg(connection));
    m_signIn->setAccessibleName(
        tr("Sign in to %1 again and send the request again").arg(connection));
}

void TestRequestDialog::signInAgain()
{
    // The window's: the sign-in outlives this dialog if it closes meanwhile.
    auto* dialog = new SignInDialog(m_context, connectionOfResource(),
                                    parentWidget() ? parentWidget()->window() : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // Signed in: the same request again, with the new tokens.
        m_signIn->hide();
        m_finished = false;
        m_problem->hide();
        m_summary->setText(tr("Sending the request of \"%1\"…").arg(m_resource));
        start();
    });
    dialog->open();
}
