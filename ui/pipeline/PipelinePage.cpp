#include "pipeline/PipelinePage.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/FileChooser.h"
#include "common/PlainTextLabel.h"
#include "oauth/ConnectionStore.h"
#include "pipeline/DestinationDialog.h"
#include "pipeline/DetectedWriter.h"
#include "pipeline/DltExport.h"
#include "pipeline/EndpointEditor.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/EndpointsTab.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/PipelineDataTab.h"
#include "pipeline/TestRequestDialog.h"
#include "run/PipelineOverview.h"
#include "run/RunHistoryView.h"
#include "run/RunPanel.h"
#include "source/PipelineDocument.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

PipelinePage::PipelinePage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("pipelinePage"));
    createActions();
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_path = PlainTextLabel::create(this, "pipelinePath");
    auto* header = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_path);
    header->addLayout(names, 1);
    header->addWidget(m_actions->button(m_actions->run, "runButton", this), 0, Qt::AlignTop);
    header->addWidget(m_actions->button(m_actions->exportDlt, "exportDltButton", this), 0,
                      Qt::AlignTop);
    layout->addLayout(header);

    // Another program changed the file: offered, never applied silently.
    m_diskNotice = new QWidget(this);
    m_diskNotice->setObjectName(QStringLiteral("diskNotice"));
    auto* notice = new QHBoxLayout(m_diskNotice);
    notice->setContentsMargins(0, 0, 0, 0);
    m_diskText = PlainTextLabel::create(m_diskNotice, "diskNoticeText");
    m_reload = new QPushButton(m_diskNotice);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_keepMine = new QPushButton(m_diskNotice);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    notice->addWidget(m_diskText, 1);
    notice->addWidget(m_reload);
    notice->addWidget(m_keepMine);
    m_diskNotice->hide();
    connect(m_reload, &QPushButton::clicked, this, &PipelinePage::reloadFromDisk);
    connect(m_keepMine, &QPushButton::clicked, this, &PipelinePage::keepMine);
    layout->addWidget(m_diskNotice);

    m_message = PlainTextLabel::create(this, "pipelineMessage");
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pipelineTabs"));
    m_endpointsTab = new EndpointsTab(m_actions, m_tabs);
    m_actions->keepToEndpointsTab(m_endpointsTab);
    connect(m_endpointsTab, &EndpointsTab::selectionChanged, this, &PipelinePage::updateActions);
    m_tabs->addTab(m_endpointsTab, QString());
    m_runPanel = new RunPanel(m_context, m_tabs);
    m_tabs->addTab(m_runPanel, QString());
    connect(m_runPanel, &RunPanel::runningChanged, this, &PipelinePage::updateActions);
    connect(m_runPanel, &RunPanel::runAgainRequested, this, [this] { run(); });
    m_history = new RunHistoryView(m_tabs);
    m_tabs->addTab(m_history, QString());
    // The record is written before finished(): read it now.
    connect(m_runPanel, &RunPanel::finished, this, &PipelinePage::refreshHistory);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_history) {
            // A run grantline-cli made meanwhile shows too.
            refreshHistory();
        }
    });
    connect(m_runPanel, &RunPanel::editEndpointRequested, this,
            [this](const QString& resource) { editEndpointOf(resource); });
    m_dataTab = new PipelineDataTab(m_context->connections().home(), m_tabs);
    m_tabs->addTab(m_dataTab, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_dataTab) {
            showData();
        }
    });
    connect(m_runPanel, &RunPanel::openDataRequested, this, &PipelinePage::showData);
    connect(m_runPanel, &RunPanel::finished, m_dataTab, &PipelineDataTab::refresh);
    connect(m_dataTab, &PipelineDataTab::message, this, &PipelinePage::showMessage);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
    updateActions();
}

PipelinePage::~PipelinePage()
{
    closeModels();
}

void PipelinePage::closeModels()
{
    // A Test request of this pipeline must not write into the next one.
    for (TestRequestDialog* dialog : findChildren<TestRequestDialog*>()) {
        disconnect(dialog, nullptr, this, nullptr);
        dialog->close();
    }
    // An editor holds the model about to go: its changes go with it.
    for (EndpointEditor* editor : findChildren<EndpointEditor*>()) {
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        delete editor;
    }
    // An undo stack says "index changed" as it goes: not to this page.
    if (m_model) {
        disconnect(m_model->undoStack(), nullptr, this, nullptr);
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_endpointsTab->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
}

void PipelinePage::createActions()
{
    m_actions = new PipelineActions(this);
    const auto onUndoStack = [this](void (QUndoStack::*step)()) {
        return [this, step] {
            if (m_model) {
                (m_model->undoStack()->*step)();
            }
        };
    };
    const auto onFilter = [this](bool ticked) {
        return [this, ticked] { m_endpointsTab->tickAllVisible(ticked); };
    };
    connect(m_actions->run, &QAction::triggered, this, [this] { run(); });
    connect(m_actions->save, &QAction::triggered, this, [this] { save(); });
    connect(m_actions->undo, &QAction::triggered, this, onUndoStack(&QUndoStack::undo));
    connect(m_actions->redo, &QAction::triggered, this, onUndoStack(&QUndoStack::redo));
    connect(m_actions->add, &QAction::triggered, this, [this] { m_endpointsTab->addEndpoint(); });
    connect(m_actions->duplicate, &QAction::triggered, this,
            [this] { m_endpointsTab->duplicateSelected(); });
    connect(m_actions->remove, &QAction::triggered, this,
            [this] { m_endpointsTab->removeSelected(); });
    connect(m_actions->tickAll, &QAction::triggered, this, onFilter(true));
    connect(m_actions->tickNone, &QAction::triggered, this, onFilter(false));
    connect(m_actions->test, &QAction::triggered, this, [this] { testRequest(); });
    connect(m_actions->edit, &QAction::triggered, this, [this] { editEndpoint(); });
    connect(m_actions->editDefaults, &QAction::triggered, this, [this] { editDefaults(); });
    connect(m_actions->editClient, &QAction::triggered, this, [this] { editClient(); });
    connect(m_actions->editDestination, &QAction::triggered, this, [this] { editDestination(); });
    connect(m_actions->exportDlt, &QAction::triggered, this, &PipelinePage::exportDltScript);
    connect(m_actions->find, &QAction::triggered, this, [this] { m_endpointsTab->focusFilter(); });
}

bool PipelinePage::setPipeline(const QString& name, const QString& path)
{
    m_name = name;
    closeModels();
    m_document.reset();
    m_diskNotice->hide();
    m_message->hide();
    m_title->setText(name);
    m_path->setText(path);
    m_history->clear();
    m_runPanel->clear();
    m_lastRunEnded.reset();
    if (path.isEmpty()) {
        updateActions();
        return true;
    }
    auto document = std::make_unique<PipelineDocument>();
    QString error;
    if (!document->load(path, &error)) {
        showMessage(error);
        updateActions();
        return false;
    }
    m_document = std::move(document);
    connect(m_document.get(), &PipelineDocument::changedOnDisk, this,
            &PipelinePage::onChangedOnDisk);
    m_model = new EndpointTableModel(m_document.get(), this);
    m_endpointsTab->setModel(m_model);
    connect(m_model, &EndpointTableModel::editRefused, this,
            [this](int, const QString& message) { showMessage(message); });
    QUndoStack* stack = m_model->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        m_message->hide();
        updateActions();
    });
    connect(stack, &QUndoStack::cleanChanged, this, &PipelinePage::updateActions);
    refreshHistory();
    pointDataTab();
    const ConfigProblems problems = m_document->problems();
    if (!problems.isEmpty()) {
        showMessage(problems.first().toString());
    }
    updateActions();
    return true;
}

void PipelinePage::setLastRuns(const QHash<QString, PipelineOverview::ResourceRun>& runs)
{
    if (!m_model) {
        return;
    }
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        m_model->setLastRun(it.key(), it->records, it->finished.toLocalTime());
    }
}

void PipelinePage::setLastRunEnded(const QDateTime& finished)
{
    const bool changed = m_lastRunEnded && *m_lastRunEnded != finished;
    m_lastRunEnded = finished;
    if (changed && m_document && m_tabs->currentWidget() == m_history) {
        refreshHistory();
    }
}

QString PipelinePage::pipeline() const
{
    return m_name;
}

PipelineDocument* PipelinePage::document() const
{
    return m_document.get();
}

EndpointTableModel* PipelinePage::endpoints() const
{
    return m_model;
}

QTableView* PipelinePage::endpointTable() const
{
    return m_endpointsTab->table();
}

bool PipelinePage::hasUnsavedChanges() const
{
    return m_document && m_document->isModified();
}

bool PipelinePage::save()
{
    if (!m_document) {
        return false;
    }
    QString error;
    if (!m_document->save(&error)) {
        showMessage(error);
        if (m_document->hasChangedOnDisk()) {
            onChangedOnDisk();
        }
        return false;
    }
    m_model->undoStack()->setClean();
    m_message->hide();
    updateActions();
    return true;
}

void PipelinePage::exportDltScript()
{
    if (m_document) {
        if (const QString said = DltExport::save(this, m_context, *m_document); !said.isEmpty()) {
            showMessage(said);
        }
    }
}

TestRequestDialog* PipelinePage::testRequest()
{
    const QList<int> rows = m_endpointsTab->selectedSourceRows();
    if (!m_document || rows.size() != 1) {
        return nullptr;
    }
    const std::optional<PipelineFile> file = m_document->pipeline();
    if (!file) {
        const ConfigProblems problems = m_document->problems();
        showMessage(tr("Fix the pipeline first: %1")
                        .arg(problems.isEmpty() ? QString() : problems.first().toString()));
        return nullptr;
    }
    auto* dialog =
        new TestRequestDialog(m_context, *file, m_model->resourceName(rows.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TestRequestDialog::useDetected, this,
            [this](const QString& resource, const QString& selector, const QJsonValue& paginator) {
                if (m_model) {
                    DetectedWriter(m_model).write(resource, selector, paginator);
                }
            });
    dialog->QDialog::show();
    dialog->start();
    return dialog;
}

EndpointEditor* PipelinePage::editEndpoint()
{
    const QList<int> rows = m_endpointsTab->selectedSourceRows();
    return rows.size() == 1 ? openEditor(int(EndpointEditor::Mode::Resource), rows.first())
                            : nullptr;
}

EndpointEditor* PipelinePage::editEndpointOf(const QString& resource)
{
    const int row = m_model ? m_model->rowOfResource(resource) : -1;
    if (row < 0) {
        showMessage(tr("The endpoint %1 is no longer in the pipeline.").arg(resource));
        return nullptr;
    }
    return openEditor(int(EndpointEditor::Mode::Resource), row);
}

EndpointEditor* PipelinePage::editDefaults()
{
    return openEditor(int(EndpointEditor::Mode::Defaults), -1);
}

EndpointEditor* PipelinePage::editClient()
{
    return openEditor(int(EndpointEditor::Mode::Client), -1);
}

DestinationDialog* PipelinePage::editDestination()
{
    if (!m_model || !m_document->isWellFormed()) {
        return nullptr;
    }
    auto* dialog = new DestinationDialog(m_context, m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshHistory();
        pointDataTab();
    });
    dialog->open();
    return dialog;
}

EndpointEditor* PipelinePage::openEditor(int mode, int row)
{
    if (!m_document) {
        return nullptr;
    }
    if (!m_document->isWellFormed()) {
        const ConfigProblems problems = m_document->problems();
        showMessage(tr("Fix the pipeline's text first: %1")
                        .arg(problems.isEmpty() ? QString() : problems.first().toString()));
        return nullptr;
    }
    auto* editor = new EndpointEditor(m_context, m_model, EndpointEditor::Mode(mode), row, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the table cannot change under the open form.
    editor->open();
    return editor;
}

bool PipelinePage::run()
{
    if (!m_model || m_runPanel->isRunning()) {
        return false;
    }
    // The run reads the file: what is shown is saved first.
    if (hasUnsavedChanges() && !save()) {
        return false;
    }
    const std::optional<PipelineFile> file = m_document->pipeline();
    if (!file) {
        showMessage(m_document->problems().value(0).toString());
        return false;
    }
    const QStringList ticked = m_model->tickedNames();
    if (ticked.isEmpty()) {
        showMessage(tr("Tick at least one endpoint to run."));
        return false;
    }
    m_tabs->setCurrentWidget(m_runPanel);
    return m_runPanel->start(*file, m_document->filePath(), ticked);
}

RunHistoryView* PipelinePage::history() const
{
    return m_history;
}

void PipelinePage::refreshHistory()
{
    const std::optional<PipelineFile> file = m_document ? m_document->pipeline() : std::nullopt;
    if (!file) {
        m_history->clear();
        return;
    }
    // A server's loads are not read back: only the runs' own record shows.
    m_history->refresh(file->pipelineName, m_document->filePath(), databasePath());
}

QString PipelinePage::databasePath() const
{
    return PipelineDataTab::databasePath(m_document ? m_document->pipeline() : std::nullopt,
                                         folder());
}

QString PipelinePage::folder() const
{
    return m_document ? QFileInfo(m_document->filePath()).absolutePath() : QString();
}

Dashboard* PipelinePage::showData()
{
    pointDataTab();
    Dashboard* dashboard = m_dataTab->showData();
    m_tabs->setCurrentWidget(m_dataTab);
    return dashboard;
}

void PipelinePage::pointDataTab()
{
    m_dataTab->setPipeline(m_document ? m_document->pipeline() : std::nullopt, folder());
}

Dashboard* PipelinePage::dashboard() const
{
    return m_dataTab->dashboard();
}

RunPanel* PipelinePage::runPanel() const
{
    return m_runPanel;
}

bool PipelinePage::confirmLeave()
{
    if (m_runPanel->isRunning() && !confirmCancelRun()) {
        return false;
    }
    if (!hasUnsavedChanges()) {
        return true;
    }
    Confirmation::Question question;
    question.title = tr("Unsaved changes");
    question.text = tr("The changes to \"%1\" are not saved. Drop them? (Cancel, then Save "
                       "with Ctrl+S, to keep them.)")
                        .arg(m_name);
    question.action = tr("Drop changes");
    question.role = QMessageBox::DestructiveRole;
    if (!Confirmation::ask(this, question)) {
        return false;
    }
    // Dropped: the page forgets them, so nothing asks again.
    setPipeline(QString(), QString());
    return true;
}

bool PipelinePage::confirmCancelRun()
{
    Confirmation::Question question;
    question.title = tr("Run in progress");
    question.text =
        tr("A run of \"%1\" is in progress. Cancel it? Nothing of it is kept.").arg(m_name);
    question.action = tr("Cancel the run");
    question.role = QMessageBox::DestructiveRole;
    if (!Confirmation::ask(this, question)) {
        return false;
    }
    m_runPanel->cancel();
    return true;
}

void PipelinePage::onChangedOnDisk()
{
    if (!m_document) {
        return;
    }
    m_diskText->setText(
        hasUnsavedChanges()
            ? tr("Another program changed %1. Reload it (your changes here are dropped), or "
                 "keep yours and save over it.")
                  .arg(m_document->filePath())
            : tr("Another program changed %1. Reload it to see the change.")
                  .arg(m_document->filePath()));
    m_keepMine->setVisible(hasUnsavedChanges());
    m_diskNotice->show();
}

void PipelinePage::reloadFromDisk()
{
    if (!m_document) {
        return;
    }
    QString error;
    if (!m_document->reload(&error)) {
        showMessage(error);
        return;
    }
    m_diskNotice->hide();
    updateActions();
}

void PipelinePage::keepMine()
{
    if (!m_document) {
        return;
    }
    QString error;
    if (!m_document->save(&error, PipelineDocument::SaveMode::Overwrite)) {
        showMessage(error);
        return;
    }
    m_model->undoStack()->setClean();
    m_diskNotice->hide();
    updateActions();
}

void PipelinePage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PipelinePage::updateActions()
{
    PipelineActions::State state;
    state.open = m_model != nullptr;
    state.unsaved = hasUnsavedChanges();
    state.canUndo = state.open && m_model->undoStack()->canUndo();
    state.canRedo = state.open && m_model->undoStack()->canRedo();
    state.selected = int(m_endpointsTab->selectedSourceRows().size());
    state.running = m_runPanel && m_runPanel->isRunning();
    m_actions->update(state);
}

void PipelinePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PipelinePage::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Endpoints"));
    m_tabs->setTabText(1, tr("R&un"));
    m_tabs->setTabText(2, tr("&History"));
    m_tabs->setTabText(3, tr("&Data"));
    m_tabs->setAccessibleName(tr("Pipeline sections"));
    m_title->setAccessibleName(tr("Pipeline name"));
    m_path->setAccessibleName(tr("Pipeline file"));
    m_message->setAccessibleName(tr("Pipeline problem"));
    m_diskText->setAccessibleName(tr("The file changed on disk"));
    m_reload->setText(tr("&Reload"));
    m_keepMine->setText(tr("&Keep mine"));
    m_actions->retranslate();
}
