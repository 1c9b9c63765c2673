#include "wizard/RegisterAppPage.h"

#include "common/AppContext.h"
#include "oauth/ProviderProfile.h"
#include "settings/AppSettings.h"
#include "wizard/ConnectionWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QVBoxLayout>

namespace {

using ClientType = ClientRegistration::ClientType;
const QList<ClientType> kTypes{ClientType::Public, ClientType::Confidential,
                               ClientType::ServerToServer};

QLabel* wrappingLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

// Whether something on this computer already listens on the port: a hint
// before signing in, not a promise (the port may be taken a moment later).
bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

} // namespace

RegisterAppPage::RegisterAppPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("registerPage"));
    auto* layout = new QVBoxLayout(this);
    m_steps = wrappingLabel(this, "registrationSteps");
    layout->addWidget(m_steps);

    m_typeLabel = new QLabel(this);
    layout->addWidget(m_typeLabel);
    m_types = new QButtonGroup(this);
    for (int i = 0; i < kTypes.size(); ++i) {
        auto* radio = new QRadioButton(this);
        radio->setObjectName(QStringLiteral("appType%1").arg(i));
        m_types->addButton(radio, i);
        layout->addWidget(radio);
    }
    m_types->button(0)->setChecked(true);
    connect(m_types, &QButtonGroup::idToggled, this, &RegisterAppPage::updateCallback);

    auto* grid = new QGridLayout;
    m_callbackLabel = new QLabel(this);
    m_callback = new QLineEdit(this);
    m_callback->setObjectName(QStringLiteral("callbackUrl"));
    m_callback->setReadOnly(true);
    m_callbackLabel->setBuddy(m_callback);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCallback"));
    m_portal = new QPushButton(this);
    m_portal->setObjectName(QStringLiteral("openPortal"));
    grid->addWidget(m_callbackLabel, 0, 0);
    grid->addWidget(m_callback, 0, 1);
    grid->addWidget(m_copy, 0, 2);
    grid->addWidget(m_portal, 0, 3);

    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("callbackPort"));
    m_port->setRange(1024, 65535);
    m_port->setValue(AppSettings::redirectPort());
    m_portLabel->setBuddy(m_port);
    m_anyPort = new QCheckBox(this);
    m_anyPort->setObjectName(QStringLiteral("anyPort"));
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addWidget(m_anyPort, 1);
    grid->addWidget(m_portLabel, 1, 0);
    grid->addLayout(portRow, 1, 1, 1, 3);
    layout->addLayout(grid);

    m_rule = wrappingLabel(this, "callbackRule");
    m_rule->setTextFormat(Qt::PlainText);
    layout->addWidget(m_rule);
    // It may name the portal's address, which comes from the provider.
    m_portStatus = wrappingLabel(this, "portStatus");
    m_portStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_portStatus);
    layout->addStretch(1);

    connect(m_port, &QSpinBox::valueChanged, this, &RegisterAppPage::updateCallback);
    connect(m_anyPort, &QCheckBox::toggled, this, &RegisterAppPage::updateCallback);
    connect(m_copy, &QPushButton::clicked, this, &RegisterAppPage::copyCallback);
    connect(m_portal, &QPushButton::clicked, this, &RegisterAppPage::openPortal);
    retranslateUi();
}

bool RegisterAppPage::isAps() const
{
    return m_wizard->draft().connection.provider == QLatin1String("aps");
}

bool RegisterAppPage::needsExactCallback() const
{
    return ProviderProfile::forId(m_wizard->draft().connection.provider).requiresExactCallback;
}

void RegisterAppPage::initializePage()
{
    // APS compares callback URLs as strings: there is no "any port" there.
    m_anyPort->setVisible(!needsExactCallback());
    m_anyPort->setChecked(!needsExactCallback());
    retranslateUi();
}

void RegisterAppPage::retranslateUi()
{
    setTitle(tr("Register your app"));
    setSubTitle(tr("The provider must know Grantline as an app before you can sign in."));
    m_steps->setText(stepsText());
    m_typeLabel->setText(tr("Which type of app did you register?"));
    const bool aps = isAps();
    m_types->button(0)->setText(
        aps ? tr("Desktop, Mobile, Single-Page App — recommended: no secret to keep, PKCE "
                 "protects the sign-in")
            : tr("Public (desktop or native) app — no client secret; PKCE protects the "
                 "sign-in"));
    m_types->button(1)->setText(
        aps ? tr("Traditional Web App — has a client secret, which Grantline keeps in your "
                 "keychain")
            : tr("Confidential app — has a client secret, which Grantline keeps in your "
                 "keychain"));
    m_types->button(2)->setText(
        aps ? tr("Server-to-Server — the app gets its own tokens; nobody signs in")
            : tr("Machine to machine (client credentials) — nobody signs in"));
    m_callbackLabel->setText(tr("&Callback URL:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the callback URL, to paste it in the provider's portal"));
    m_portal->setText(tr("&Open portal"));
    m_portal->setToolTip(tr("Open the provider's app registration page in your browser"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setToolTip(tr("The port on this computer that receives the sign-in. Any free "
                          "port from 1024 up works; the URL registered must use the same."));
    m_anyPort->setText(tr("Any free port (the provider accepts every port on 127.0.0.1)"));
    updateCallback();
}

void RegisterAppPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

QString RegisterAppPage::stepsText() const
{
    const QString provider = m_wizard->draft().connection.provider;
    if (provider == QLatin1String("aps")) {
        return tr("<ol><li>Sign in at <a href=\"https://aps.autodesk.com/myapps/\">"
                  "aps.autodesk.com</a> and open <b>My applications</b> (you need a developer "
                  "hub; the portal offers to create one).</li>"
                  "<li>Click <b>Create application</b>, give it a name and choose the type "
                  "below — <b>Desktop, Mobile, Single-Page App</b> unless you have a reason "
                  "not to.</li>"
                  "<li>Under <b>API Access</b>, tick the APIs you want to load data from "
                  "(Data Management for hubs, projects and files).</li>"
                  "<li>Paste the callback URL below into <b>Callback URL</b>, exactly, and "
                  "click <b>Save changes</b>.</li>"
                  "<li>Copy the <b>Client ID</b> (and the secret, for a web app) for the next "
                  "page.</li></ol>");
    }
    if (provider == QLatin1String("sandbox")) {
        return tr("The sandbox has apps registered already: <b>sandbox-desktop-app</b> "
                  "(desktop, no secret), <b>sandbox-web-app</b> (web app with a secret) and "
                  "<b>sandbox-server-app</b> (server to server). Choose a type; the next page "
                  "fills in its client ID and secret.");
    }
    return tr("<ol><li>Open the provider's developer console (<b>Open portal</b> takes you "
              "to the issuer's site).</li>"
              "<li>Register a new app, preferably a <b>native</b> or <b>public</b> client with "
              "PKCE.</li>"
              "<li>Add the callback URL below as a redirect URI.</li>"
              "<li>Copy the client ID (and the secret, for a confidential app) for the next "
              "page.</li></ol>");
}

QString RegisterAppPage::callbackUrl() const
{
    if (!needsExactCallback() && m_anyPort->isChecked()) {
        return QString();
    }
    // The provider profile's host (localhost for APS, as its samples
    // register); elsewhere the IP literal avoids browsers that resolve
    // localhost to ::1 or force HTTPS on it.
    const QString suggested =
        QUrl(ProviderProfile::forId(m_wizard->draft().connection.provider).suggestedRedirectUri)
            .host();
    const QString host = suggested.isEmpty() ? QStringLiteral("127.0.0.1") : suggested;
    return QStringLiteral("http://%1:%2/callback").arg(host).arg(m_port->value());
}

ClientRegistration::ClientType RegisterAppPage::appType() const
{
    return kTypes.value(m_types->checkedId(), ClientType::Public);
}

void RegisterAppPage::updateCallback()
{
    const bool anyPort = !needsExactCallback() && m_anyPort->isChecked();
    const bool signsIn = appType() != ClientType::ServerToServer;
    m_port->setEnabled(signsIn && !anyPort);
    m_callback->setEnabled(signsIn);
    m_copy->setEnabled(signsIn);
    m_callback->setText(anyPort ? QStringLiteral("http://127.0.0.1/callback") : callbackUrl());
    if (!signsIn) {
        m_rule->setText(tr("A server-to-server app needs no callback URL."));
        m_portStatus->clear();
        return;
    }
    m_rule->setText(isAps() ? tr("APS compares the callback URL character for character, port "
                                 "included: register exactly this URL. If the port is taken on "
                                 "this computer, choose another one here and register that URL "
                                 "too.")
                        : anyPort ? tr("Register it without a port, or as shown: Grantline "
                                       "listens on a free port each time you sign in.")
                                  : tr("Register exactly this URL."));
    const bool free = anyPort || portIsFree(quint16(m_port->value()));
    m_portStatus->setText(free ? QString()
                               : tr("Port %1 is in use by another program right now. Choose "
                                    "another port, or close that program before you sign in.")
                                     .arg(m_port->value()));
}

void RegisterAppPage::copyCallback()
{
    QGuiApplication::clipboard()->setText(m_callback->text());
    m_copy->setText(tr("Copied"));
}

QUrl RegisterAppPage::portalUrl() const
{
    const ConnectionDraft& draft = m_wizard->draft();
    if (isAps()) {
        return QUrl(QStringLiteral("https://aps.autodesk.com/myapps/"));
    }
    // From the provider's metadata: only a web page is opened, nothing else.
    const QUrl documentation(
        draft.metadata.value(QStringLiteral("service_documentation")).toString());
    if (documentation.scheme() == QLatin1String("https")
        || documentation.scheme() == QLatin1String("http")) {
        return documentation;
    }
    if (!draft.connection.endpoints.issuer.isEmpty()) {
        return QUrl(draft.connection.endpoints.issuer);
    }
    return draft.connection.endpoints.authorization.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
}

void RegisterAppPage::openPortal()
{
    const QUrl url = portalUrl();
    if (!m_wizard->context()->openInBrowser(url)) {
        QGuiApplication::clipboard()->setText(url.toString());
        m_portStatus->setText(
            tr("No browser could be opened; the portal's address (%1) is on the clipboard.")
                .arg(url.toString()));
    }
}

bool RegisterAppPage::validatePage()
{
    ClientRegistration& client = m_wizard->draft().connection.client;
    client.type = appType();
    client.redirectUri = client.type == ClientType::ServerToServer ? QString() : callbackUrl();
    client.grantType = ClientRegistration::defaultGrantType(client.type);
    client.tokenAuth = ClientRegistration::defaultTokenAuth(client.type);
    if (!callbackUrl().isEmpty()) {
        AppSettings::setRedirectPort(m_port->value());
    }
    return true;
}
