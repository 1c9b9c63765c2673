#include "pipeline/PipelineActions.h"

#include <QAction>
#include <QKeySequence>
#include <QToolButton>
#include <QWidget>

PipelineActions::PipelineActions(QWidget* page)
    : QObject(page)
    , m_page(page)
{
    run = make("runAction", QKeySequence(Qt::Key_F5));
    save = make("saveAction", QKeySequence::Save);
    undo = make("undoAction", QKeySequence::Undo);
    redo = make("redoAction", QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    add = make("addEndpointAction", QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    duplicate = make("duplicateEndpointAction", QKeySequence(QStringLiteral("Ctrl+D")));
    remove = make("removeEndpointAction", QKeySequence::Delete);
    tickAll = make("tickAllAction", QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    tickNone = make("tickNoneAction", QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    test = make("testRequestAction", QKeySequence(QStringLiteral("Ctrl+T")));
    edit = make("editEndpointAction", QKeySequence(QStringLiteral("Ctrl+Return")));
    editDefaults = make("editDefaultsAction", QKeySequence());
    editClient = make("editClientAction", QKeySequence());
    editDestination = make("editDestinationAction", QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    exportDlt = make("exportDltAction", QKeySequence(QStringLiteral("Ctrl+E")));
    find = make("findEndpointAction", QKeySequence::Find);
    retranslate();
}

QAction* PipelineActions::make(const char* name, const QKeySequence& keys)
{
    auto* action = new QAction(m_page);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(keys);
    // The page's own keys: they act while focus is inside it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page->addAction(action);
    return action;
}

void PipelineActions::keepToEndpointsTab(QWidget* tab)
{
    for (QAction* action : {undo, redo, add, duplicate, remove, tickAll, tickNone, find, exportDlt,
                            test, edit, editDefaults, editClient, editDestination}) {
        m_page->removeAction(action);
        tab->addAction(action);
    }
}

void PipelineActions::update(const State& state)
{
    const bool one = state.open && state.selected == 1;
    // One run at a time.
    run->setEnabled(state.open && !state.running);
    save->setEnabled(state.open && state.unsaved);
    undo->setEnabled(state.open && state.canUndo);
    redo->setEnabled(state.open && state.canRedo);
    add->setEnabled(state.open);
    duplicate->setEnabled(one);
    remove->setEnabled(state.open && state.selected > 0);
    tickAll->setEnabled(state.open);
    tickNone->setEnabled(state.open);
    exportDlt->setEnabled(state.open);
    test->setEnabled(one);
    edit->setEnabled(one);
    editDefaults->setEnabled(state.open);
    editClient->setEnabled(state.open);
    editDestination->setEnabled(state.open && !state.running);
}

void PipelineActions::retranslate()
{
    const QList<std::tuple<QAction*, QString, QString>> texts{
        {run, tr("Run"), tr("Load the ticked endpoints into the pipeline's destination")},
        {save, tr("Save"), tr("Save the pipeline file")},
        {undo, tr("Undo"), tr("Undo the last change")},
        {redo, tr("Redo"), tr("Redo the change undone")},
        {add, tr("Add"), tr("Add an endpoint")},
        {duplicate, tr("Duplicate"), tr("Duplicate the selected endpoint")},
        {remove, tr("Remove"), tr("Remove the selected endpoints")},
        {tickAll, tr("Tick all"), tr("Tick every endpoint shown for the next run")},
        {tickNone, tr("Tick none"), tr("Untick every endpoint shown")},
        {find, tr("Find endpoint"), QString()},
        {exportDlt, tr("Export to dlt…"), tr("Write the pipeline as a dlt script")},
        {test, tr("Test request"),
         tr("Send one request of the selected endpoint and show the answer")},
        {edit, tr("Edit Endpoint…"), tr("Edit every key of the selected endpoint")},
        {editDefaults, tr("Edit Defaults…"),
         tr("Edit the resource_defaults every endpoint starts from")},
        {editClient, tr("Edit Client…"),
         tr("Edit the client: base URL, headers, auth and paginator")},
        {editDestination, tr("Destination…"),
         tr("Where the data goes: a SQLite file or a PostgreSQL server")},
    };
    for (const auto& [action, text, tip] : texts) {
        action->setText(text);
        if (tip.isEmpty()) {
            continue;
        }
        action->setToolTip(action->shortcut().isEmpty()
                               ? tip
                               : QStringLiteral("%1 (%2)").arg(
                                   tip, action->shortcut().toString(QKeySequence::NativeText)));
    }
    for (QToolButton* button : std::as_const(m_buttons)) {
        button->setAccessibleName(button->defaultAction()->text());
    }
}

QToolButton* PipelineActions::button(QAction* action, const char* objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text());
    m_buttons << button;
    return button;
}
