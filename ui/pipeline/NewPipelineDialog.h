// File → New Pipeline…: a name, where to start (the APS Data Management
// preset, the Sandbox preset, a dlt config to import, or an empty pipeline
// with a base URL and a first endpoint), how it signs in, and where its data
// goes (a SQLite file, or a PostgreSQL server with Test Connection). Create writes the secrets to
// the keychain and the file to the home; the dialog stays open with the reason when that fails, so
// nothing typed is lost.
#pragma once

#include <QDialog>
#include <QJsonObject>

#include <optional>

class AppContext;
class DestinationForm;
class PipelineAuthForm;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;

class NewPipelineDialog : public QDialog
{
    Q_OBJECT

public:
    enum Start { ApsPreset, SandboxPreset, DltConfig, EmptyPipeline };
    Q_ENUM(Start)

    explicit NewPipelineDialog(AppContext* context, QWidget* parent = nullptr);

    // The pipeline made, once accepted.
    QString createdPipeline() const;
    // Notes of a dlt import (what was changed on the way).
    QStringList notes() const;
    // A sentence about what keeps Create disabled; empty when it may go.
    QString problem() const;

    void setStart(Start start);
    PipelineAuthForm* authForm() const;
    DestinationForm* destinationForm() const
    {
        return m_destination;
    }
    QLineEdit* nameEdit() const;

public Q_SLOTS:
    void accept() override;
    // Refused while the pipeline is being created.
    void reject() override;

private:
    QPushButton* browseButton(const char* objectName, const QString& text,
                              const QString& accessibleName, void (NewPipelineDialog::*browse)());
    QString startHint() const;
    QLineEdit* makeEdit(const char* objectName, const QString& accessibleName);
    void loadConnections();
    void onStartChanged();
    void onNameChanged();
    void update();
    Start start() const;
    QString presetName() const;
    QString nameProblem() const;
    // The file to write, checked as grantline-cli checks it; nullopt with
    // the reason in *why.
    std::optional<QJsonObject> pipeline(QString* why) const;
    std::optional<QJsonObject> presetPipeline(QString* why) const;
    QJsonObject emptyPipeline() const;
    void browseConfig();
    void create();
    void importDlt();
    void finish(const QString& error);
    void setBusy(bool busy);

    AppContext* m_context;
    QLineEdit* m_name;
    QComboBox* m_start;
    QLabel* m_startHint;
    QFormLayout* m_form;
    QLineEdit* m_configPath;
    QWidget* m_configRow = nullptr;
    QLineEdit* m_baseUrl;
    QLineEdit* m_firstPath;
    PipelineAuthForm* m_auth;
    DestinationForm* m_destination;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_created;
    QStringList m_notes;
    // The name was made from the start, not typed.
    bool m_nameTyped = false;
    bool m_busy = false;
};
