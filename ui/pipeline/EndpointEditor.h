// The endpoint editor: every key dlt's REST API source gives a resource, for
// one resource of the pipeline, for source.resource_defaults or for
// source.client. Simple keys are form fields, the others JSON checked as
// typed; what comes from resource_defaults (or the client) shows as the
// field's placeholder. Only what the person changed is written (an emptied
// field removes its key); as they type, the pipeline is checked as
// grantline-cli checks it and OK waits until the change brings no problem.
// OK is one undo step; Cancel changes nothing. Secrets are only references
// ({secrets.NAME}); "Store Secret…" puts a value in the keychain.
#pragma once

#include "pipeline/EditorField.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class AppContext;
class DispositionForm;
class EndpointTableModel;
class JsonField;
class PaginatorForm;
class PipelineDocument;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class SecretStorer;

class EndpointEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Resource, Defaults, Client };

    // row: the resource's row in model (Resource mode only).
    EndpointEditor(AppContext* context, EndpointTableModel* model, Mode mode, int row,
                   QWidget* parent = nullptr);

    Mode mode() const;
    // Where the edited keys live: "source.resources[2]", "source.client", …
    QString basePath() const;
    // The field of a key ("endpoint.paginator" is the paginator form).
    QWidget* field(const QString& key) const;
    PaginatorForm* paginator() const;
    DispositionForm* disposition() const;
    // What OK would write: the document's bytes with the changes; false
    // (and error) while a field cannot be read.
    bool candidate(QByteArray* bytes, QString* error) const;
    // The problem shown under the form (empty: none).
    QString problem() const;
    QPushButton* okButton() const;
    QPushButton* storeSecretButton() const;

    void accept() override;
    // Asks a name and a value, stores the value in the keychain and puts
    // {secrets.NAME} into the secret field that had the focus last.
    void storeSecret();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using Kind = EditorField::Kind;

    void createForm();
    QFormLayout* addPage(const QString& title);
    // label: with its mnemonic ("&Path:"); the accessible name is made from it.
    void addField(QFormLayout* form, const QString& key, Kind kind, const QString& label);
    void addPaginator(QFormLayout* form, const QString& key);
    void load();
    void loadField(EditorField& field);
    QJsonValue written(const QString& key) const;
    // What applies when nothing is written at key, and where it comes from.
    QPair<QJsonValue, QString> inherited(const QString& key) const;
    bool applyChanges(PipelineDocument* document, QString* error) const;
    bool widen(PipelineDocument* document, QString* error) const;
    void dropEmptied(PipelineDocument* document, const QString& key) const;
    void check();
    void showProblem(const QString& text);
    QString existingProblem() const;
    QString undoText() const;
    void secretStored(const QString& name);

    AppContext* m_context;
    EndpointTableModel* m_model;
    PipelineDocument* m_document;
    Mode m_mode;
    int m_row;
    QJsonObject m_own;
    QJsonObject m_defaults;
    QJsonObject m_client;

    QTabWidget* m_tabs = nullptr;
    QList<EditorField> m_fields;
    PaginatorForm* m_paginator = nullptr;
    QString m_paginatorKey;
    DispositionForm* m_disposition = nullptr;
    SecretStorer* m_storer = nullptr;
    QList<JsonField*> m_secretFields;
    JsonField* m_secretTarget = nullptr;
    QPushButton* m_storeSecret = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    // While the fields are filled: no check until they all are.
    bool m_loading = true;
};
