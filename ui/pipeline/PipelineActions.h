// Everything a person does to a pipeline's endpoints, as actions with their
// keys (Ctrl+S, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Shift+N, Ctrl+D, Delete,
// Ctrl+Shift+A/U, Ctrl+T, Ctrl+Return, Ctrl+E, Ctrl+F, F5, Ctrl+Shift+D), words and tooltips,
// acting while the focus is inside the page, and enabled for what is open
// and selected. The page connects them to what they do.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QToolButton;
class QWidget;

class PipelineActions : public QObject
{
    Q_OBJECT

public:
    // The actions are added to page, whose keys they are.
    explicit PipelineActions(QWidget* page);

    struct State
    {
        bool open = false;
        bool unsaved = false;
        bool canUndo = false;
        bool canRedo = false;
        int selected = 0;
        bool running = false;
    };
    void update(const State& state);
    void retranslate();
    // A button for action on parent, named after the action's words for
    // screen readers (again in every language).
    QToolButton* button(QAction* action, const char* objectName, QWidget* parent);

    QAction* run;
    QAction* save;
    QAction* undo;
    QAction* redo;
    QAction* add;
    QAction* duplicate;
    QAction* remove;
    QAction* tickAll;
    QAction* tickNone;
    QAction* find;
    QAction* exportDlt;
    QAction* test;
    QAction* edit;
    QAction* editDefaults;
    QAction* editClient;
    QAction* editDestination;

private:
    QAction* make(const char* name, const QKeySequence& keys);

public:
    // The endpoint table's keys act only inside its tab: elsewhere on the
    // page (the Data tab's grid and console) the same keys mean other
    // things, and a key two actions claim does nothing at all.
    void keepToEndpointsTab(QWidget* tab);

    QWidget* m_page;
    QList<QToolButton*> m_buttons;
};
