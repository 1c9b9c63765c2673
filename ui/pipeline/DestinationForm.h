// Where a pipeline's data goes, as rows of a dialog's form: a SQLite file on
// this computer, or a PostgreSQL server (its URL, the dataset that becomes
// its schema, and the password, which goes to the keychain and is named in
// the file as "{secrets.NAME}"). Test Connection connects off the GUI thread
// and says what a load would find there.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>

class AppContext;
class Job;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;
struct PipelineFile;
struct PostgresCredentials;

class DestinationForm : public QObject
{
    Q_OBJECT

public:
    enum Kind { SqliteFile, PostgresServer };
    Q_ENUM(Kind)

    DestinationForm(AppContext* context, QFormLayout* form, QWidget* parent);

    // The defaults that follow the pipeline's name until a field is typed in:
    // the SQLite file, the dataset, the password's keychain name.
    void setPipelineName(const QString& pipelineName, const QString& defaultFile);
    // A pipeline's destination as the file has it (the settings dialog).
    void setFrom(const PipelineFile& pipeline);
    void setKind(Kind kind);
    Kind kind() const;

    // A sentence about the first field missing or wrong; empty when complete.
    QString problem() const;
    // The file's "destination" object.
    QJsonObject destinationJson() const;
    // The file's "dataset_name" (a server's schema); empty for SQLite.
    QString datasetName() const;
    // The password typed, by keychain name (empty when none was typed:
    // the stored one stays).
    QHash<QString, QString> secrets() const;
    // Its controls in the order of its rows, for the dialog's tab order.
    QList<QWidget*> controls() const;

    // For tests.
    QComboBox* kindBox() const
    {
        return m_kind;
    }
    QLineEdit* pathEdit() const
    {
        return m_path;
    }
    QLineEdit* urlEdit() const
    {
        return m_url;
    }
    QLineEdit* datasetEdit() const
    {
        return m_dataset;
    }
    QLineEdit* passwordEdit() const
    {
        return m_password;
    }
    QPushButton* testButton() const
    {
        return m_test;
    }
    QLabel* testResult() const
    {
        return m_result;
    }

Q_SIGNALS:
    void changed();
    // A test finished; its sentence is in testResult().
    void tested(bool ok);

private:
    void showRows();
    void showSchemaName();
    void browse();
    void test();
    void testWith(const PostgresCredentials& credentials, const QString& password);
    std::optional<PostgresCredentials> credentials(QString* why) const;
    QString secretName() const;

    AppContext* m_context;
    QFormLayout* m_form;
    QWidget* m_parent;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QWidget* m_pathRow;
    QLineEdit* m_url;
    QLineEdit* m_dataset;
    QLineEdit* m_password;
    QPushButton* m_test;
    QLabel* m_result;
    QWidget* m_testRow;
    QString m_pipelineName;
    // The keychain name of the password ("{secrets.NAME}").
    QString m_secretName;
    // Whose SOURCES__<name>__ environment a secret may come from.
    QString m_sourceName = QStringLiteral("rest_api");
    bool m_pathTyped = false;
    bool m_datasetTyped = false;
    Job* m_running = nullptr;
};
