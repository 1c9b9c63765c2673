#include "wizard/ScopesPage.h"

#include "oauth/ProviderProfile.h"
#include "wizard/ConnectionWizard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// OpenID Connect Core §5.4 and §11: the standard scopes.
QString describeStandardScope(const QString& scope)
{
    if (scope == QLatin1String("openid")) {
        return ScopesPage::tr("confirm who you are");
    }
    if (scope == QLatin1String("profile")) {
        return ScopesPage::tr("read your name and profile");
    }
    if (scope == QLatin1String("email")) {
        return ScopesPage::tr("read your email address");
    }
    if (scope == QLatin1String("offline_access")) {
        return ScopesPage::tr("stay signed in (a refresh token)");
    }
    if (scope == QLatin1String("address")) {
        return ScopesPage::tr("read your postal address");
    }
    if (scope == QLatin1String("phone")) {
        return ScopesPage::tr("read your phone number");
    }
    return ScopesPage::tr("defined by the provider");
}

bool isUserScope(const QString& scope)
{
    return scope == QLatin1String("openid") || scope == QLatin1String("user-profile:read")
        || scope == QLatin1String("profile") || scope == QLatin1String("email")
        || scope == QLatin1String("offline_access");
}

} // namespace

ScopesPage::ScopesPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ScopeListModel(this))
{
    setObjectName(QStringLiteral("scopesPage"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scopeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ScopeListModel::ScopeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    m_otherLabel = new QLabel(this);
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("otherScopes"));
    m_otherLabel->setBuddy(m_other);
    row->addWidget(m_otherLabel);
    row->addWidget(m_other, 1);
    layout->addLayout(row);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scopeProblem"));
    m_problem->setWordWrap(true);
    // It quotes scopes, which the provider lists.
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    connect(m_model, &ScopeListModel::checkedScopesChanged, this, &ScopesPage::updateProblem);
    connect(m_other, &QLineEdit::textChanged, this, &ScopesPage::updateProblem);
    retranslateUi();
}

ScopeListModel* ScopesPage::model() const
{
    return m_model;
}

void ScopesPage::retranslateUi()
{
    setTitle(tr("Choose what Grantline may do"));
    setSubTitle(tr("Ask only for what you need; the provider shows this list when you sign "
                   "in."));
    m_table->setAccessibleName(tr("Scopes to ask for, and what each allows"));
    m_otherLabel->setText(tr("&Other scopes:"));
    m_other->setToolTip(tr("Scopes the list does not have, separated by spaces"));
    updateProblem();
}

void ScopesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

QList<ScopeListModel::Scope> ScopesPage::offeredScopes() const
{
    const ConnectionDraft& draft = m_wizard->draft();
    const ProviderProfile profile = ProviderProfile::forId(draft.connection.provider);
    const bool signsIn = draft.connection.client.isUserGrant();
    QList<ScopeListModel::Scope> scopes;
    if (!profile.scopes.isEmpty()) {
        const QStringList defaults{QStringLiteral("openid"), QStringLiteral("user-profile:read"),
                                   QStringLiteral("data:read")};
        for (const ProviderProfile::Scope& scope : profile.scopes) {
            const bool ticked =
                defaults.contains(scope.name) && (signsIn || !isUserScope(scope.name));
            scopes.append({scope.name, scope.description, ticked});
        }
        return scopes;
    }
    QStringList names;
    for (const QJsonValue& value :
         draft.metadata.value(QStringLiteral("scopes_supported")).toArray()) {
        names.append(value.toString());
    }
    if (names.isEmpty() && draft.connection.provider != QLatin1String("manual")) {
        names = QStringList{QStringLiteral("openid"), QStringLiteral("profile"),
                            QStringLiteral("email"), QStringLiteral("offline_access")};
    }
    for (const QString& name : names) {
        scopes.append({name, describeStandardScope(name), signsIn && isUserScope(name)});
    }
    return scopes;
}

void ScopesPage::initializePage()
{
    const ConnectionDraft& draft = m_wizard->draft();
    const QString listFor = draft.connection.provider + u'/'
        + ClientRegistration::clientTypeName(draft.connection.client.type);
    if (listFor != m_listFor) {
        m_listFor = listFor;
        m_model->setScopes(offeredScopes());
        m_other->clear();
    }
    m_table->resizeColumnToContents(ScopeListModel::ScopeColumn);
    updateProblem();
}

QStringList ScopesPage::chosenScopes() const
{
    QStringList scopes = m_model->checkedScopes();
    for (const QString& scope : m_other->text().split(u' ', Qt::SkipEmptyParts)) {
        if (!scopes.contains(scope)) {
            scopes.append(scope);
        }
    }
    return scopes;
}

QString ScopesPage::problem() const
{
    ClientRegistration client = m_wizard->draft().connection.client;
    client.scopes = chosenScopes();
    const QString problem =
        ProviderProfile::forId(m_wizard->draft().connection.provider).problemWith(client);
    return problem;
}

void ScopesPage::updateProblem()
{
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

bool ScopesPage::isComplete() const
{
    return problem().isEmpty();
}

bool ScopesPage::validatePage()
{
    m_wizard->draft().connection.client.scopes = chosenScopes();
    return true;
}
