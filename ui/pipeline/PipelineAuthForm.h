// How a new pipeline signs in: through one of the person's connections
// (oauth2_authorization_code), or with an API key, a bearer token, HTTP basic
// or OAuth client credentials whose secret goes to the keychain under a name
// the file then holds as "{secrets.NAME}", or not at all.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>

#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

class PipelineAuthForm : public QObject
{
    Q_OBJECT

public:
    enum Kind { Connection, NoAuth, ApiKey, Bearer, HttpBasic, ClientCredentials };
    Q_ENUM(Kind)

    // Its rows go into the dialog's form, so that every label lines up;
    // only the rows of the chosen kind are shown.
    PipelineAuthForm(QFormLayout* form, QWidget* parent);

    // All of its rows shown or none (a dlt config says how it signs in).
    void setVisible(bool visible);
    bool isVisible() const;

    // The connections to offer, by name, with what is shown for each.
    void setConnections(const QList<QPair<QString, QString>>& connections);
    // Only connections (a preset signs in through one), or every kind.
    void setConnectionsOnly(bool only);
    // Names the keychain entries after the pipeline ("shop_api_key") until
    // the person types a name of their own.
    void setPipelineName(const QString& pipelineName);

    Kind kind() const;
    QString connection() const;
    // A sentence about the first field missing or wrong; empty when complete.
    QString problem() const;
    // The "auth" object for the file; empty for NoAuth.
    QJsonObject authJson() const;
    // The values to store, by keychain name.
    QHash<QString, QString> secrets() const;

    // For tests: the field of a kind's key ("api_key", "token", "username",
    // "password", "access_token_url", "client_id", "client_secret", "scope",
    // "name", "secret_name").
    QLineEdit* field(const QString& key) const;
    QComboBox* kindBox() const;
    // Its controls in the order of its rows, for the dialog's tab order.
    QList<QWidget*> controls() const;

Q_SIGNALS:
    void changed();

private:
    void addKind(Kind kind, const QString& text);
    void addRows(Kind kind);
    QLineEdit* addField(Kind kind, const QString& key, const QString& label,
                        const QString& accessibleName, bool secret);
    void onKindChanged();
    void showRows();
    QString defaultSecretName() const;
    QString secretReference() const;

    QFormLayout* m_form;
    QWidget* m_parent;
    QComboBox* m_kind;
    QComboBox* m_location = nullptr;
    // The rows of each kind, by their field.
    QList<QPair<QWidget*, Kind>> m_rows;
    bool m_visible = true;
    QLineEdit* m_secretName;
    QHash<QString, QLineEdit*> m_fields;
    QString m_pipelineName;
    QList<QPair<QString, QString>> m_connectionsList;
    bool m_connectionsOnly = false;
    // What the person chose last (kind, and the connection when it is one),
    // kept while a start offers other choices.
    std::optional<QPair<Kind, QString>> m_chosen;
    // Set while the choices are rebuilt: what shows then is not a choice.
    bool m_offering = false;
    // The secret's name was typed, not made from the pipeline's.
    bool m_secretNameTyped = false;
};
