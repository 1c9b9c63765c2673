#include "wizard/ConnectionWizard.h"

#include "wizard/CredentialsPage.h"
#include "wizard/DonePage.h"
#include "wizard/ProviderPage.h"
#include "wizard/RegisterAppPage.h"
#include "wizard/ScopesPage.h"
#include "wizard/SignInPage.h"

#include <QEvent>
#include <QIcon>
#include <QSettings>

namespace {
const QString kGeometryKey = QStringLiteral("connectionWizard/geometry");
} // namespace

ConnectionWizard::ConnectionWizard(AppContext* context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/grantline.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(680, 560);
    setPage(ProviderPageId, new ProviderPage(this));
    setPage(RegisterPageId, new RegisterAppPage(this));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(ScopesPageId, new ScopesPage(this));
    setPage(SignInPageId, new SignInPage(this));
    setPage(DonePageId, new DonePage(this));
    setStartId(ProviderPageId);
    retranslateUi();
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

void ConnectionWizard::done(int result)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWizard::done(result);
}

ConnectionWizard::~ConnectionWizard()
{
    if (auto* signIn = qobject_cast<SignInPage*>(page(SignInPageId))) {
        signIn->cancelAttempt();
    }
}

AppContext* ConnectionWizard::context() const
{
    return m_context;
}

ConnectionDraft& ConnectionWizard::draft()
{
    return m_draft;
}

QString ConnectionWizard::savedConnection() const
{
    return m_savedConnection;
}

void ConnectionWizard::setSavedConnection(const QString& name)
{
    m_savedConnection = name;
    Q_EMIT connectionSaved(name);
}

void ConnectionWizard::reject()
{
    auto* signIn = static_cast<SignInPage*>(page(SignInPageId));
    if (signIn->isBusySaving()) {
        // A keychain write cannot be taken back half way: wait for it.
        return;
    }
    signIn->cancelAttempt();
    QWizard::reject();
}

void ConnectionWizard::retranslateUi()
{
    setWindowTitle(tr("New Connection"));
}

void ConnectionWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}
