// Pipeline → Destination…: where an open pipeline's data goes, changed in
// place: a SQLite file or a PostgreSQL server, with Test Connection. Save
// changes the document as one undoable step (saved with the pipeline, like
// any other edit), then stores a typed password in the keychain.
#pragma once

#include <QDialog>

class AppContext;
class DestinationForm;
class EndpointTableModel;
class QDialogButtonBox;
class QLabel;

class DestinationDialog : public QDialog
{
    Q_OBJECT

public:
    DestinationDialog(AppContext* context, EndpointTableModel* model, QWidget* parent = nullptr);

    DestinationForm* form() const
    {
        return m_form;
    }

public Q_SLOTS:
    void accept() override;

private:
    void update();
    // Changes the document; false (said in the dialog) when refused.
    bool change();
    void fail(const QString& message);

    AppContext* m_context;
    EndpointTableModel* m_model;
    DestinationForm* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};
