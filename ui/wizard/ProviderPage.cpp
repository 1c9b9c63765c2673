#include "wizard/ProviderPage.h"

#include "common/AppContext.h"
#include "common/PlainTextLabel.h"
#include "oauth/Connection.h"
#include "oauth/ConnectionStore.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/ProviderProfile.h"
#include "ui_ManualEndpointsForm.h"
#include "wizard/ConnectionWizard.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The order of the choices, and of the detail panes in the stack.
const QStringList& providerIds()
{
    static const QStringList ids{QStringLiteral("sandbox"), QStringLiteral("aps"),
                                 QStringLiteral("oidc"), QStringLiteral("manual")};
    return ids;
}

// The order of manualFields().
enum ManualField { Authorization, Token, Revocation, Introspection, Jwks, UserInfo };

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

ProviderPage::ProviderPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_manual(std::make_unique<Ui::ManualEndpointsForm>())
{
    setObjectName(QStringLiteral("providerPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createChoices());

    m_details = new QStackedWidget(this);
    m_details->addWidget(createSandboxDetails());
    m_details->addWidget(createApsDetails());
    m_details->addWidget(createIssuerDetails());
    m_details->addWidget(createManualDetails());
    layout->addWidget(m_details, 1);

    auto* nameRow = new QHBoxLayout;
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setMaxLength(64);
    m_nameLabel->setBuddy(m_name);
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_name, 1);
    layout->addLayout(nameRow);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateProblem();
    });

    m_problem = PlainTextLabel::create(this, "providerProblem");
    layout->addWidget(m_problem);

    connect(m_wizard->context(), &AppContext::sandboxReady, this, &ProviderPage::onSandboxReady);
    connect(m_wizard->context(), &AppContext::sandboxFailed, this, &ProviderPage::onSandboxFailed);
    retranslateUi();
    m_providers->button(0)->setChecked(true);
    onProviderChosen();
}

ProviderPage::~ProviderPage() = default;

QWidget* ProviderPage::createChoices()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_providers = new QButtonGroup(this);
    for (int i = 0; i < providerIds().size(); ++i) {
        auto* radio = new QRadioButton(box);
        radio->setObjectName(QStringLiteral("provider_") + providerIds().at(i));
        m_providers->addButton(radio, i);
        layout->addWidget(radio);
    }
    connect(m_providers, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            onProviderChosen();
        }
    });
    return box;
}

QWidget* ProviderPage::createSandboxDetails()
{
    m_sandboxStatus = PlainTextLabel::create(this, "sandboxStatus");
    return m_sandboxStatus;
}

QWidget* ProviderPage::createApsDetails()
{
    m_apsText = wrappingLabel(this);
    return m_apsText;
}

QWidget* ProviderPage::createIssuerDetails()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_issuerLabel = new QLabel(pane);
    m_issuer = new QLineEdit(pane);
    m_issuer->setObjectName(QStringLiteral("issuerUrl"));
    m_issuer->setPlaceholderText(QStringLiteral("https://login.example.com"));
    m_issuerLabel->setBuddy(m_issuer);
    m_lookUp = new QPushButton(pane);
    m_lookUp->setObjectName(QStringLiteral("lookUpIssuer"));
    row->addWidget(m_issuerLabel);
    row->addWidget(m_issuer, 1);
    row->addWidget(m_lookUp);
    layout->addLayout(row);
    connect(m_issuer, &QLineEdit::textEdited, this, [this] {
        forgetDiscovery();
        updateProblem();
    });
    connect(m_issuer, &QLineEdit::returnPressed, m_lookUp, &QPushButton::click);
    connect(m_lookUp, &QPushButton::clicked, this,
            [this] { discover(m_issuer->text().trimmed()); });

    m_discoveryStatus = PlainTextLabel::create(pane, "discoveryStatus");
    layout->addWidget(m_discoveryStatus);
    m_endpointList = new QTreeWidget(pane);
    m_endpointList->setObjectName(QStringLiteral("endpointList"));
    m_endpointList->setColumnCount(2);
    m_endpointList->setRootIsDecorated(false);
    m_endpointList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_endpointList, 1);
    return pane;
}

QWidget* ProviderPage::createManualDetails()
{
    auto* form = new QWidget(this);
    m_manual->setupUi(form);
    for (QLineEdit* field : manualFields()) {
        connect(field, &QLineEdit::textChanged, this, &ProviderPage::updateProblem);
    }
    return form;
}

QList<QLineEdit*> ProviderPage::manualFields() const
{
    return {m_manual->authorizeUrl,  m_manual->tokenUrl, m_manual->revokeUrl,
            m_manual->introspectUrl, m_manual->jwksUrl,  m_manual->userInfoUrl};
}

void ProviderPage::retranslateUi()
{
    setTitle(tr("Choose a provider"));
    setSubTitle(tr("Where do you sign in? Nothing is saved until you have signed in."));
    const QStringList labels{
        tr("&Sandbox — built in, offline, no account needed"),
        tr("&Autodesk Platform Services (APS)"),
        tr("Any &OpenID Connect provider, found from its issuer URL"),
        tr("Another OAuth 2.0 provider, endpoints typed in by &hand"),
    };
    for (int i = 0; i < labels.size(); ++i) {
        m_providers->button(i)->setText(labels.at(i));
    }
    m_apsText->setText(
        tr("Grantline knows APS Authentication v2: its endpoints, scopes and rules. You "
           "need an APS account and an app registered in the APS portal; the next page "
           "walks you through it."));
    m_issuerLabel->setText(tr("&Issuer URL:"));
    m_lookUp->setText(tr("&Look up"));
    m_lookUp->setToolTip(tr("Fetch the provider's OpenID Connect discovery document"));
    m_endpointList->setHeaderLabels({tr("Endpoint"), tr("Address")});
    m_endpointList->setAccessibleName(tr("Endpoints found at the issuer"));
    // The form's own texts come from the .ui file.
    m_manual->retranslateUi(m_manual->authorizeUrl->parentWidget());
    m_nameLabel->setText(tr("&Name of this connection:"));
    m_name->setToolTip(tr("Letters, digits, \".\", \"_\" and \"-\"; it names the connection "
                          "in Grantline and in grantline-cli."));
    updateProblem();
}

void ProviderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

QString ProviderPage::providerId() const
{
    return providerIds().value(m_providers->checkedId());
}

void ProviderPage::onProviderChosen()
{
    const QString id = providerId();
    m_details->setCurrentIndex(int(providerIds().indexOf(id)));
    forgetDiscovery();
    if (id == QLatin1String("sandbox")) {
        m_sandboxError.clear();
        m_sandboxStatus->setText(tr("Starting the built-in sandbox…"));
        m_wizard->context()->startSandbox();
    }
    suggestName();
    updateProblem();
}

void ProviderPage::suggestName()
{
    if (m_nameEdited) {
        return;
    }
    const QString base = providerId();
    QString name = base;
    for (int n = 2; m_wizard->context()->connections().exists(name); ++n) {
        name = base + u'-' + QString::number(n);
    }
    m_name->setText(name);
}

void ProviderPage::discover(const QString& issuer)
{
    forgetDiscovery();
    if (issuer.isEmpty()) {
        m_discoveryStatus->setText(tr("Type the provider's issuer URL first."));
        return;
    }
    m_discoveryStatus->setText(tr("Looking up %1…").arg(issuer));
    m_discovery = new DiscoveryJob(m_wizard->context()->network(), issuer, this);
    m_discovery->setProperty("issuer", issuer);
    m_discovery->setTimeout(std::chrono::seconds(30));
    connect(m_discovery, &Job::finished, this, &ProviderPage::onDiscovered);
    m_discovery->start();
    updateProblem();
}

void ProviderPage::onDiscovered(Job* job)
{
    auto* discovery = static_cast<DiscoveryJob*>(job);
    m_discovery = nullptr;
    QLabel* status = providerId() == QLatin1String("sandbox") ? m_sandboxStatus : m_discoveryStatus;
    if (discovery->error() != Job::NoError) {
        status->setText(discovery->errorText());
        updateProblem();
        return;
    }
    m_discoveredIssuer = discovery->property("issuer").toString();
    m_discovered = discovery->endpoints();
    m_metadata = discovery->metadata();
    m_warnings = discovery->warnings();
    QString text = tr("Found %1.").arg(m_discovered.issuer);
    for (const QString& warning : m_warnings) {
        text += u' ' + warning;
    }
    if (providerId() == QLatin1String("sandbox")) {
        text = tr("The sandbox is running at %1. It forgets its sign-ins when Grantline "
                  "closes; sign in again then.")
                   .arg(m_discovered.issuer);
    }
    status->setText(text);
    showEndpoints(m_discovered);
    updateProblem();
}

void ProviderPage::forgetDiscovery()
{
    if (m_discovery) {
        // An answer for an issuer no longer typed must not land.
        m_discovery->disconnect(this);
        m_discovery->cancel();
        m_discovery = nullptr;
    }
    m_discoveredIssuer.clear();
    m_discovered = ProviderEndpoints();
    m_metadata = QJsonObject();
    m_warnings.clear();
    m_endpointList->clear();
    m_discoveryStatus->clear();
}

void ProviderPage::showEndpoints(const ProviderEndpoints& endpoints)
{
    m_endpointList->clear();
    const QList<QPair<QString, QUrl>> rows{
        {tr("Authorization"), endpoints.authorization}, {tr("Token"), endpoints.token},
        {tr("Signing keys (JWKS)"), endpoints.jwks},    {tr("Revocation"), endpoints.revocation},
        {tr("Introspection"), endpoints.introspection}, {tr("Userinfo"), endpoints.userInfo},
        {tr("Sign-out"), endpoints.endSession},
    };
    for (const auto& [name, url] : rows) {
        auto* item = new QTreeWidgetItem(m_endpointList, {name, url.toString()});
        if (url.isEmpty()) {
            item->setText(1, tr("not offered"));
            item->setDisabled(true);
        }
    }
}

void ProviderPage::onSandboxReady(const QUrl& baseUrl)
{
    if (providerId() != QLatin1String("sandbox") || !m_discoveredIssuer.isEmpty() || m_discovery) {
        return;
    }
    m_sandboxStatus->setText(tr("The sandbox is running at %1; reading its discovery "
                                "document…")
                                 .arg(baseUrl.toString()));
    discover(baseUrl.toString(QUrl::StripTrailingSlash));
}

void ProviderPage::onSandboxFailed(const QString& error)
{
    m_sandboxError = error;
    if (providerId() == QLatin1String("sandbox")) {
        m_sandboxStatus->setText(tr("The built-in sandbox could not start: %1").arg(error));
    }
}

ProviderEndpoints ProviderPage::manualEndpoints() const
{
    ProviderEndpoints endpoints;
    const auto url = [this](int field) {
        return QUrl(manualFields().at(field)->text().trimmed(), QUrl::StrictMode);
    };
    endpoints.authorization = url(Authorization);
    endpoints.token = url(Token);
    endpoints.revocation = url(Revocation);
    endpoints.introspection = url(Introspection);
    endpoints.jwks = url(Jwks);
    endpoints.userInfo = url(UserInfo);
    return endpoints;
}

QString ProviderPage::nameProblem() const
{
    const QString name = m_name->text();
    if (name.isEmpty()) {
        return tr("Give the connection a name.");
    }
    if (!Connection::isValidName(name)) {
        return tr("\"%1\" cannot be a name: use letters, digits, \".\", \"_\" and \"-\".")
            .arg(name);
    }
    if (m_wizard->context()->connections().exists(name)) {
        return tr("A connection named \"%1\" already exists.").arg(name);
    }
    return QString();
}

QString ProviderPage::endpointsProblem() const
{
    const QString id = providerId();
    if (id == QLatin1String("manual")) {
        const ProviderEndpoints endpoints = manualEndpoints();
        if (!endpoints.authorization.isValid() || endpoints.authorization.isRelative()) {
            return tr("Type the authorization URL (https://…).");
        }
        if (!endpoints.token.isValid() || endpoints.token.isRelative()) {
            return tr("Type the token URL (https://…).");
        }
        return endpoints.refusal();
    }
    if ((id == QLatin1String("oidc") || id == QLatin1String("sandbox"))
        && m_discoveredIssuer.isEmpty()) {
        if (m_discovery) {
            return tr("Waiting for the provider's discovery document…");
        }
        return id == QLatin1String("oidc") ? tr("Type the issuer URL and click Look up.")
                                           : QString();
    }
    return QString();
}

void ProviderPage::updateProblem()
{
    const QString endpoints = endpointsProblem();
    m_problem->setText(endpoints.isEmpty() ? nameProblem() : endpoints);
    Q_EMIT completeChanged();
}

bool ProviderPage::isComplete() const
{
    const QString id = providerId();
    const bool needsDiscovery = id == QLatin1String("oidc") || id == QLatin1String("sandbox");
    if (needsDiscovery && m_discoveredIssuer.isEmpty()) {
        return false;
    }
    return nameProblem().isEmpty() && endpointsProblem().isEmpty();
}

bool ProviderPage::validatePage()
{
    ConnectionDraft& draft = m_wizard->draft();
    const QString id = providerId();
    const ProviderProfile profile = ProviderProfile::forId(id);
    draft.connection.name = m_name->text();
    draft.connection.provider = id;
    draft.metadata = m_metadata;
    draft.discoveryWarnings = m_warnings;
    if (profile.hasPresetEndpoints) {
        draft.connection.endpoints = profile.presetEndpoints();
    } else if (id == QLatin1String("manual")) {
        draft.connection.endpoints = manualEndpoints();
    } else {
        draft.connection.endpoints = m_discovered;
    }
    return true;
}
