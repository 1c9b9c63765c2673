#include "pipeline/PipelineAuthForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kConnectionRole = Qt::UserRole + 1;

// The field that holds a kind's secret; empty for kinds without one.
QString secretKeyOf(PipelineAuthForm::Kind kind)
{
    switch (kind) {
    case PipelineAuthForm::ApiKey:
        return QStringLiteral("api_key");
    case PipelineAuthForm::Bearer:
        return QStringLiteral("token");
    case PipelineAuthForm::HttpBasic:
        return QStringLiteral("password");
    case PipelineAuthForm::ClientCredentials:
        return QStringLiteral("client_secret");
    default:
        return QString();
    }
}

} // namespace

PipelineAuthForm::PipelineAuthForm(QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_form(form)
    , m_parent(parent)
    , m_kind(new QComboBox(parent))
    , m_secretName(new QLineEdit(parent))
{
    m_kind->setObjectName(QStringLiteral("authKind"));
    m_kind->setAccessibleName(tr("How the pipeline signs in"));
    m_secretName->setObjectName(QStringLiteral("authSecretName"));
    m_secretName->setAccessibleName(tr("Name of the secret in the keychain"));
    m_secretName->setToolTip(
        tr("The file names the secret as {secrets.NAME}; its value stays in the keychain"));
    m_fields.insert(QStringLiteral("secret_name"), m_secretName);
    m_form->addRow(tr("S&ign in:"), m_kind);
    for (int kind = ApiKey; kind <= ClientCredentials; ++kind) {
        addRows(Kind(kind));
    }
    m_form->addRow(tr("Keychain na&me:"), m_secretName);
    setConnections({});
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PipelineAuthForm::onKindChanged);
    connect(m_secretName, &QLineEdit::textEdited, this, [this] {
        m_secretNameTyped = true;
        Q_EMIT changed();
    });
    onKindChanged();
}

void PipelineAuthForm::addRows(Kind kind)
{
    switch (kind) {
    case ApiKey: {
        addField(kind, QStringLiteral("name"), tr("&Parameter:"),
                 tr("Name of the API key parameter"), false)
            ->setText(QStringLiteral("X-API-Key"));
        m_location = new QComboBox(m_parent);
        m_location->setObjectName(QStringLiteral("authLocation"));
        m_location->setAccessibleName(tr("Where the API key is sent"));
        m_location->addItem(tr("Header"), QStringLiteral("header"));
        m_location->addItem(tr("Query parameter"), QStringLiteral("query"));
        m_location->addItem(tr("Cookie"), QStringLiteral("cookie"));
        m_form->addRow(tr("Sen&t in:"), m_location);
        m_rows.append({m_location, kind});
        addField(kind, QStringLiteral("api_key"), tr("API &key:"), tr("API key"), true);
        break;
    }
    case Bearer:
        addField(kind, QStringLiteral("token"), tr("&Token:"), tr("Bearer token"), true);
        break;
    case HttpBasic:
        addField(kind, QStringLiteral("username"), tr("Use&r name:"), tr("User name"), false);
        addField(kind, QStringLiteral("password"), tr("Pass&word:"), tr("Password"), true);
        break;
    case ClientCredentials:
        addField(kind, QStringLiteral("access_token_url"), tr("&Token URL:"),
                 tr("Token endpoint URL"), false)
            ->setPlaceholderText(QStringLiteral("https://example.com/oauth/token"));
        addField(kind, QStringLiteral("client_id"), tr("C&lient ID:"), tr("Client ID"), false);
        addField(kind, QStringLiteral("client_secret"), tr("Client sec&ret:"), tr("Client secret"),
                 true);
        addField(kind, QStringLiteral("scope"), tr("Sco&pe:"), tr("Scopes asked for"), false)
            ->setPlaceholderText(tr("space-separated, e.g. data:read (optional)"));
        break;
    default:
        break;
    }
}

QLineEdit* PipelineAuthForm::addField(Kind kind, const QString& key, const QString& label,
                                      const QString& accessibleName, bool secret)
{
    auto* edit = new QLineEdit(m_parent);
    edit->setObjectName(QStringLiteral("auth_") + key);
    edit->setAccessibleName(accessibleName);
    if (secret) {
        // Shown as dots and never copied out: it goes to the keychain only.
        edit->setEchoMode(QLineEdit::Password);
    }
    connect(edit, &QLineEdit::textChanged, this, &PipelineAuthForm::changed);
    m_form->addRow(label, edit);
    m_rows.append({edit, kind});
    m_fields.insert(key, edit);
    return edit;
}

void PipelineAuthForm::setVisible(bool visible)
{
    m_visible = visible;
    showRows();
}

bool PipelineAuthForm::isVisible() const
{
    return m_visible;
}

void PipelineAuthForm::showRows()
{
    m_form->setRowVisible(m_kind, m_visible);
    for (const auto& [field, kind] : std::as_const(m_rows)) {
        m_form->setRowVisible(field, m_visible && kind == this->kind());
    }
    m_form->setRowVisible(m_secretName, m_visible && !secretKeyOf(kind()).isEmpty());
}

void PipelineAuthForm::addKind(Kind kind, const QString& text)
{
    m_kind->addItem(text);
    m_kind->setItemData(m_kind->count() - 1, kind, kKindRole);
}

void PipelineAuthForm::setConnections(const QList<QPair<QString, QString>>& connections)
{
    const QSignalBlocker quiet(m_kind);
    m_kind->clear();
    for (const auto& [name, text] : connections) {
        m_kind->addItem(text);
        m_kind->setItemData(m_kind->count() - 1, Connection, kKindRole);
        m_kind->setItemData(m_kind->count() - 1, name, kConnectionRole);
    }
    if (!m_connectionsOnly) {
        addKind(NoAuth, tr("No sign-in"));
        addKind(ApiKey, tr("API key"));
        addKind(Bearer, tr("Bearer token"));
        addKind(HttpBasic, tr("HTTP basic (user name and password)"));
        addKind(ClientCredentials, tr("OAuth client credentials"));
    }
    // The person's choice comes back whenever it is offered again (a start
    // that changed and came back keeps its API key); else the first offer.
    int kept = -1;
    if (m_chosen) {
        kept = m_chosen->first == Connection ? m_kind->findData(m_chosen->second, kConnectionRole)
                                             : m_kind->findData(m_chosen->first, kKindRole);
    }
    m_kind->setCurrentIndex(qMax(0, kept));
    m_connectionsList = connections;
    m_offering = true;
    onKindChanged();
    m_offering = false;
}

void PipelineAuthForm::setConnectionsOnly(bool only)
{
    if (m_connectionsOnly != only) {
        m_connectionsOnly = only;
        setConnections(m_connectionsList);
    }
}

void PipelineAuthForm::setPipelineName(const QString& pipelineName)
{
    m_pipelineName = pipelineName;
    if (!m_secretNameTyped) {
        m_secretName->setText(defaultSecretName());
    }
}

PipelineAuthForm::Kind PipelineAuthForm::kind() const
{
    return m_kind->currentIndex() < 0 ? NoAuth : Kind(m_kind->currentData(kKindRole).toInt());
}

QString PipelineAuthForm::connection() const
{
    return kind() == Connection ? m_kind->currentData(kConnectionRole).toString() : QString();
}

QLineEdit* PipelineAuthForm::field(const QString& key) const
{
    return m_fields.value(key);
}

QComboBox* PipelineAuthForm::kindBox() const
{
    return m_kind;
}

QList<QWidget*> PipelineAuthForm::controls() const
{
    QList<QWidget*> controls{m_kind};
    for (const auto& [field, kind] : m_rows) {
        controls << field;
    }
    return controls << m_secretName;
}

void PipelineAuthForm::onKindChanged()
{
    if (!m_offering) {
        m_chosen = {kind(), connection()};
    }
    showRows();
    if (!m_secretNameTyped) {
        m_secretName->setText(defaultSecretName());
    }
    Q_EMIT changed();
}

QString PipelineAuthForm::defaultSecretName() const
{
    const QString key = secretKeyOf(kind());
    return key.isEmpty() || m_pipelineName.isEmpty() ? key : m_pipelineName + u'_' + key;
}

QString PipelineAuthForm::secretReference() const
{
    return QStringLiteral("{secrets.%1}").arg(m_secretName->text().trimmed());
}

QString PipelineAuthForm::problem() const
{
    if (m_kind->count() == 0) {
        return tr("There is no connection to sign in with.");
    }
    const auto missing = [this](const QString& key) {
        return m_fields.value(key)->text().trimmed().isEmpty();
    };
    switch (kind()) {
    case ApiKey:
        if (missing(QStringLiteral("name"))) {
            return tr("Say which header or parameter carries the API key.");
        }
        break;
    case HttpBasic:
        if (missing(QStringLiteral("username"))) {
            return tr("Type the user name.");
        }
        break;
    case Bearer:
        break;
    case ClientCredentials: {
        const QUrl url(m_fields.value(QStringLiteral("access_token_url"))->text().trimmed());
        // Plain http is refused by the file's own check, loopback aside.
        if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http"))
            || url.host().isEmpty()) {
            return tr("Type the token URL, an https:// address.");
        }
        if (missing(QStringLiteral("client_id"))) {
            return tr("Type the client ID.");
        }
        break;
    }
    default:
        return QString();
    }
    if (missing(secretKeyOf(kind()))) {
        return tr("Type the secret: it goes to the keychain, never into the file.");
    }
    // As Store Secret… names them.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (!name.match(m_secretName->text().trimmed()).hasMatch()) {
        return tr("The keychain name may hold letters, digits and \"_\" only.");
    }
    return QString();
}

QJsonObject PipelineAuthForm::authJson() const
{
    const auto text = [this](const QString& key) { return m_fields.value(key)->text().trimmed(); };
    switch (kind()) {
    case Connection:
        return {{QStringLiteral("type"), QStringLiteral("oauth2_authorization_code")},
                {QStringLiteral("connection"), connection()}};
    case ApiKey:
        return {{QStringLiteral("type"), QStringLiteral("api_key")},
                {QStringLiteral("name"), text(QStringLiteral("name"))},
                {QStringLiteral("api_key"), secretReference()},
                {QStringLiteral("location"), m_location->currentData().toString()}};
    case Bearer:
        return {{QStringLiteral("type"), QStringLiteral("bearer")},
                {QStringLiteral("token"), secretReference()}};
    case HttpBasic:
        return {{QStringLiteral("type"), QStringLiteral("http_basic")},
                {QStringLiteral("username"), text(QStringLiteral("username"))},
                {QStringLiteral("password"), secretReference()}};
    case ClientCredentials: {
        QJsonObject auth{
            {QStringLiteral("type"), QStringLiteral("oauth2_client_credentials")},
            {QStringLiteral("access_token_url"), text(QStringLiteral("access_token_url"))},
            {QStringLiteral("client_id"), text(QStringLiteral("client_id"))},
            {QStringLiteral("client_secret"), secretReference()}};
        if (const QString scope = text(QStringLiteral("scope")); !scope.isEmpty()) {
            auth.insert(QStringLiteral("access_token_request_data"),
                        QJsonObject{{QStringLiteral("scope"), scope}});
        }
        return auth;
    }
    default:
        return {};
    }
}

QHash<QString, QString> PipelineAuthForm::secrets() const
{
    const QString key = secretKeyOf(kind());
    if (key.isEmpty()) {
        return {};
    }
    // Secrets are taken as typed: a space may belong to a password.
    return {{m_secretName->text().trimmed(), m_fields.value(key)->text()}};
}
