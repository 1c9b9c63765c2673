#include "common/AppContext.h"

#include "common/ConnectionRegistry.h"
#include "core/TranslationLoader.h"
#include "oauth/ConnectionStore.h"
#include "sandbox/SandboxThread.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSettings>

namespace {
const QString kSandboxPortKey = QStringLiteral("sandbox/port");
} // namespace

AppContext::AppContext(const QString& home, std::unique_ptr<SecretStore> secrets, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_secrets(std::move(secrets))
    , m_connections(std::make_unique<ConnectionStore>(home))
    , m_registry(new ConnectionRegistry(this))
    , m_translations(new TranslationLoader(this))
{ }

void AppContext::applyLanguage()
{
    const QString language = AppSettings::language();
    m_translations->load(language.isEmpty() ? QLocale() : QLocale(language));
}

TranslationLoader* AppContext::translations() const
{
    return m_translations;
}

AppContext::~AppContext() = default;

QNetworkAccessManager* AppContext::network() const
{
    return m_network;
}

ConnectionRegistry* AppContext::registry() const
{
    return m_registry;
}

SecretStore* AppContext::secrets() const
{
    return m_secrets.get();
}

ConnectionStore& AppContext::connections() const
{
    return *m_connections;
}

void AppContext::startSandbox()
{
    if (m_sandbox && m_sandbox->isRunning()) {
        const QUrl url = m_sandbox->baseUrl();
        QMetaObject::invokeMethod(
            this, [this, url] { Q_EMIT sandboxReady(url); }, Qt::QueuedConnection);
        return;
    }
    if (m_sandboxStarting) {
        return;
    }
    if (!m_sandbox) {
        m_sandbox = new SandboxThread(this);
        connect(m_sandbox, &SandboxThread::started, this, &AppContext::onSandboxStarted);
        connect(m_sandbox, &SandboxThread::failed, this, &AppContext::onSandboxFailed);
    }
    SandboxSettings settings;
    const int savedPort = QSettings().value(kSandboxPortKey).toInt();
    if (!m_triedSavedPort && savedPort > 0 && savedPort <= 65535) {
        settings.port = quint16(savedPort);
        m_triedSavedPort = true;
    }
    m_sandboxStarting = true;
    m_sandbox->startInBackground(settings);
}

QUrl AppContext::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

void AppContext::onSandboxStarted(const QUrl& baseUrl)
{
    m_sandboxStarting = false;
    QSettings().setValue(kSandboxPortKey, baseUrl.port());
    Q_EMIT sandboxReady(baseUrl);
}

void AppContext::onSandboxFailed(const QString& error)
{
    m_sandboxStarting = false;
    if (m_triedSavedPort && QSettings().value(kSandboxPortKey).toInt() > 0) {
        // Last time's port is taken now: any free one will do.
        QSettings().remove(kSandboxPortKey);
        startSandbox();
        return;
    }
    Q_EMIT sandboxFailed(error);
}

bool AppContext::openInBrowser(const QUrl& url) const
{
    if (AppSettings::browserChoice() == AppSettings::BrowserChoice::CopyLink) {
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        return false;
    }
    return QDesktopServices::openUrl(url);
}
