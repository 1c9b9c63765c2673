#include "connection/ConnectionPage.h"

#include "common/AppContext.h"
#include "common/ConnectionRegistry.h"
#include "core/Clock.h"
#include "inspector/TokenInspector.h"
#include "oauth/ProviderProfile.h"
#include "oauth/TokenStatus.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

ConnectionPage::ConnectionPage(AppContext* context, ConnectionActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("connectionPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("connectionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setWordWrap(true);
    // The user's name from the provider, or a problem quoting it.
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    m_inspector = new TokenInspector(context, actions, m_tabs);
    m_tabs->addTab(m_inspector, QString());
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    connect(context->registry(), &ConnectionRegistry::connectionChanged, this,
            [this](const QString& name) {
                if (name == m_connection) {
                    showSummary();
                }
            });
    retranslateUi();
}

void ConnectionPage::setConnection(const QString& name)
{
    m_connection = name;
    m_inspector->setConnection(name);
    showSummary();
}

QString ConnectionPage::connection() const
{
    return m_connection;
}

TokenInspector* ConnectionPage::inspector() const
{
    return m_inspector;
}

void ConnectionPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Token"));
    showSummary();
}

void ConnectionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ConnectionPage::showSummary()
{
    m_title->setText(m_connection);
    const ConnectionRegistry* registry = m_context->registry();
    const std::optional<Connection> connection = registry->connection(m_connection);
    if (!connection) {
        m_summary->setText(registry->problem(m_connection));
        return;
    }
    const std::optional<ConnectionSecrets> secrets = registry->secrets(m_connection);
    const QString status = secrets
        ? TokenStatus::describe(secrets->tokens, Clock::now())
        : (registry->problem(m_connection).isEmpty() ? tr("Reading the keychain…")
                                                     : registry->problem(m_connection));
    m_summary->setText(tr("%1 · app %2 · %3")
                           .arg(ProviderProfile::forId(connection->provider).displayName,
                                connection->client.clientId, status));
}
