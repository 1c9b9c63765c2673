// How a new pipeline signs in: through one of the person's connections
// (oauth2_authorization_code), or with an API key, a bearer token, HTTP basic
// or OAuth client credentials whose secret goes to the keychain under a name
// the file then holds as "{secrets.NAME}", or not at all.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QStackedWidget;

class PipelineAuthForm : public QWidget
{
    Q_OBJECT

public:
    enum Kind { Connection, NoAuth, ApiKey, Bearer, HttpBasic, ClientCredentials };
    Q_ENUM(Kind)

    explicit PipelineAuthForm(QWidget* parent = nullptr);

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

Q_SIGNALS:
    void changed();

private:
    void addKind(Kind kind, const QString& text);
    QWidget* makePage(Kind kind);
    QLineEdit* addField(QFormLayout* form, const QString& key, const QString& label,
                        const QString& accessibleName, bool secret);
    void onKindChanged();
    QString defaultSecretName() const;
    QString secretReference() const;

    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QComboBox* m_location = nullptr;
    QLineEdit* m_secretName;
    QHash<QString, QLineEdit*> m_fields;
    QString m_pipelineName;
    QList<QPair<QString, QString>> m_connectionsList;
    bool m_connectionsOnly = false;
    // The secret's name was typed, not made from the pipeline's.
    bool m_secretNameTyped = false;
};
