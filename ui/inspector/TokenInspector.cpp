#include "inspector/TokenInspector.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ConnectionRegistry.h"
#include "common/PlainTextLabel.h"
#include "core/Clock.h"
#include "inspector/ClaimsModel.h"
#include "inspector/TokenTimeline.h"
#include "oauth/TokenInspection.h"
#include "oauth/TokenStatus.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// "59 min 12 s", "2 h 3 min": how long is left, to the second near the end.
QString countdownText(qint64 seconds)
{
    if (seconds >= 3600) {
        return TokenInspector::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    }
    if (seconds >= 60) {
        return TokenInspector::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return TokenInspector::tr("%1 s").arg(seconds);
}

} // namespace

TokenInspector::TokenInspector(AppContext* context, ConnectionActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actions(actions)
    , m_ticker(new QTimer(this))
    , m_claims(new ClaimsModel(this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    createWidgets();
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &TokenInspector::tick);
    connect(context->registry(), &ConnectionRegistry::connectionChanged, this,
            [this](const QString& name) {
                if (name == m_connection) {
                    showTokens();
                }
            });
    connect(actions, &ConnectionActions::started, this, &TokenInspector::onStarted);
    connect(actions, &ConnectionActions::finished, this, &TokenInspector::onFinished);
    connect(actions, &ConnectionActions::verified, this, &TokenInspector::onVerified);
    connect(actions, &ConnectionActions::introspected, this, &TokenInspector::onIntrospected);
    retranslateUi();
}

void TokenInspector::createWidgets()
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_tokenLabel = new QLabel(this);
    m_tokenChoice = new QComboBox(this);
    m_tokenChoice->setObjectName(QStringLiteral("tokenChoice"));
    m_tokenLabel->setBuddy(m_tokenChoice);
    m_kind = PlainTextLabel::create(this, "tokenKind");
    top->addWidget(m_tokenLabel);
    top->addWidget(m_tokenChoice);
    top->addWidget(m_kind, 1);
    layout->addLayout(top);
    connect(m_tokenChoice, &QComboBox::currentIndexChanged, this, &TokenInspector::showChosenToken);

    auto* expiry = new QHBoxLayout;
    m_countdown = PlainTextLabel::create(this, "expiryCountdown");
    m_lifetime = new QProgressBar(this);
    m_lifetime->setObjectName(QStringLiteral("lifetimeUsed"));
    m_lifetime->setRange(0, 100);
    expiry->addWidget(m_countdown, 1);
    expiry->addWidget(m_lifetime, 1);
    layout->addLayout(expiry);

    auto* signature = new QHBoxLayout;
    m_signature = PlainTextLabel::create(this, "signatureStatus");
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    signature->addWidget(m_signature, 1);
    signature->addWidget(m_verify);
    layout->addLayout(signature);
    connect(m_verify, &QPushButton::clicked, this, &TokenInspector::verifyChosenToken);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_claimsView = new QTableView(splitter);
    m_claimsView->setObjectName(QStringLiteral("claimsTable"));
    m_claimsView->setModel(m_claims);
    m_claimsView->verticalHeader()->hide();
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsView->horizontalHeader()->setStretchLastSection(true);
    m_claimsView->setWordWrap(false);
    m_claimsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* scopesBox = new QWidget(splitter);
    auto* scopesLayout = new QVBoxLayout(scopesBox);
    scopesLayout->setContentsMargins(0, 0, 0, 0);
    m_scopesLabel = new QLabel(scopesBox);
    m_scopes = new QListWidget(scopesBox);
    m_scopes->setObjectName(QStringLiteral("scopeList"));
    m_scopesLabel->setBuddy(m_scopes);
    scopesLayout->addWidget(m_scopesLabel);
    scopesLayout->addWidget(m_scopes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 3);

    m_warnings = PlainTextLabel::create(this, "tokenWarnings");
    layout->addWidget(m_warnings);
    layout->addWidget(createActionRow());
    m_introspection = PlainTextLabel::create(this, "introspectionResult");
    layout->addWidget(m_introspection);
    m_status = PlainTextLabel::create(this, "actionStatus");
    layout->addWidget(m_status);
    m_timelineLabel = new QLabel(this);
    layout->addWidget(m_timelineLabel);
    m_timeline = new TokenTimeline(this);
    m_timeline->setMaximumHeight(220);
    layout->addWidget(m_timeline, 1);
}

QWidget* TokenInspector::createActionRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [row, layout](const char* name) {
        auto* b = new QPushButton(row);
        b->setObjectName(QLatin1String(name));
        layout->addWidget(b);
        return b;
    };
    m_introspect = button("introspectButton");
    m_refresh = button("refreshButton");
    m_revoke = new QToolButton(row);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setPopupMode(QToolButton::InstantPopup);
    m_revoke->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_revoke);
    m_revokeAccess = menu->addAction(QString(), this, [this] { confirmRevoke(true, false); });
    m_revokeAccess->setObjectName(QStringLiteral("revokeAccess"));
    m_revokeRefresh = menu->addAction(QString(), this, [this] { confirmRevoke(false, true); });
    m_revokeRefresh->setObjectName(QStringLiteral("revokeRefresh"));
    m_revokeBoth = menu->addAction(QString(), this, [this] { confirmRevoke(true, true); });
    m_revokeBoth->setObjectName(QStringLiteral("revokeBoth"));
    m_revoke->setMenu(menu);
    layout->addWidget(m_revoke);
    m_signOut = button("signOutButton");
    layout->addStretch(1);
    m_copy = button("copyTokenButton");
    connect(m_introspect, &QPushButton::clicked, this,
            [this] { m_actions->introspect(m_connection); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { m_actions->refresh(m_connection); });
    connect(m_signOut, &QPushButton::clicked, this, &TokenInspector::confirmSignOut);
    connect(m_copy, &QPushButton::clicked, this, &TokenInspector::copyToken);
    return row;
}

void TokenInspector::retranslateUi()
{
    m_tokenLabel->setText(tr("&Token:"));
    const int chosen = m_tokenChoice->currentIndex();
    m_verify->setText(tr("&Verify signature"));
    m_verify->setToolTip(tr("Check the signature against the provider's published keys (JWKS)"));
    m_scopesLabel->setText(tr("&Scopes granted:"));
    m_introspect->setText(tr("&Introspect"));
    m_introspect->setToolTip(tr("Ask the provider whether the token is still active"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Get a new access token with the refresh token now"));
    m_revoke->setText(tr("Re&voke"));
    m_revokeAccess->setText(tr("Revoke the access token"));
    m_revokeRefresh->setText(tr("Revoke the refresh token"));
    m_revokeBoth->setText(tr("Revoke both"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Revoke the tokens, forget them, and end the provider's session "
                             "in the browser"));
    m_copy->setText(tr("&Copy token…"));
    m_copy->setToolTip(tr("Put the chosen token on the clipboard, after a warning"));
    m_timelineLabel->setText(tr("Token timeline"));
    // What a screen reader says for each view (AT-SPI shows unnamed ones as "table").
    m_claimsView->setAccessibleName(tr("Header and claims of the chosen token"));
    m_scopes->setAccessibleName(tr("Scopes granted"));
    showTokens();
    m_tokenChoice->setCurrentIndex(qMax(0, chosen));
}

void TokenInspector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TokenInspector::setConnection(const QString& name)
{
    m_connection = name;
    m_verdict = {};
    m_introspection->clear();
    m_status->clear();
    showTokens();
}

QString TokenInspector::connection() const
{
    return m_connection;
}

ClaimsModel* TokenInspector::claimsModel() const
{
    return m_claims;
}

void TokenInspector::showTokens()
{
    const std::optional<ConnectionSecrets> secrets = m_context->registry()->secrets(m_connection);
    m_tokens = secrets ? secrets->tokens : TokenSet();
    const QSignalBlocker quiet(m_tokenChoice);
    const int chosen = m_tokenChoice->currentIndex();
    m_tokenChoice->clear();
    m_tokenChoice->addItem(tr("Access token"));
    if (!m_tokens.idToken.isEmpty()) {
        m_tokenChoice->addItem(tr("ID token"));
    }
    m_tokenChoice->setCurrentIndex(chosen > 0 && chosen < m_tokenChoice->count() ? chosen : 0);
    m_scopes->clear();
    m_scopes->addItems(m_tokens.scopes);
    const bool hasToken = !m_tokens.accessToken.isEmpty();
    m_copy->setEnabled(hasToken);
    m_introspect->setEnabled(hasToken || !m_tokens.refreshToken.isEmpty());
    m_refresh->setEnabled(!m_tokens.refreshToken.isEmpty() || hasToken);
    m_revoke->setEnabled(hasToken || !m_tokens.refreshToken.isEmpty());
    m_revokeAccess->setEnabled(hasToken);
    m_revokeRefresh->setEnabled(!m_tokens.refreshToken.isEmpty());
    m_signOut->setEnabled(hasToken || !m_tokens.refreshToken.isEmpty());
    m_timeline->setHistory(m_context->registry()->history().entries(m_connection), Clock::now());
    showChosenToken();
}

bool TokenInspector::chosenIsIdToken() const
{
    return m_tokenChoice->currentIndex() == 1;
}

QByteArray TokenInspector::chosenToken() const
{
    return (chosenIsIdToken() ? m_tokens.idToken : m_tokens.accessToken).toLatin1();
}

void TokenInspector::showChosenToken()
{
    const QDateTime now = Clock::now();
    const QByteArray token = chosenToken();
    const TokenInspection inspection = TokenInspection::inspect(token, now);
    m_claims->setInspection(inspection, now);
    m_claimsView->resizeColumnsToContents();
    m_kind->setText(token.isEmpty() ? TokenStatus::describe(m_tokens, now) : inspection.kindText());
    m_warnings->setText(inspection.warnings.join(u' '));
    m_signature->setText(token.isEmpty() ? QString()
                             : inspection.isReadable()
                             ? tr("Signature not checked yet.")
                             : tr("Not a readable JWT: only the provider can check this token "
                                  "(Introspect asks it)."));
    m_verify->setEnabled(inspection.isReadable());
    tick();
    if (token.isEmpty()) {
        m_ticker->stop();
    } else {
        m_ticker->start();
    }
    // One JWKS check per token: redrawing the tab (an action finishing, a
    // language change) shows the verdict already reached.
    if (m_verdict.first == token && !token.isEmpty()) {
        m_signature->setText(m_verdict.second);
    } else if (inspection.isReadable() && !m_connection.isEmpty()) {
        verifyChosenToken();
    }
}

void TokenInspector::tick()
{
    const QDateTime now = Clock::now();
    if (m_tokens.accessToken.isEmpty()) {
        m_countdown->setText(TokenStatus::describe(m_tokens, now));
        m_lifetime->setValue(0);
        m_lifetime->setEnabled(false);
        return;
    }
    m_lifetime->setEnabled(m_tokens.hasKnownExpiry());
    if (!m_tokens.hasKnownExpiry()) {
        m_countdown->setText(tr("The provider did not say when the access token expires."));
        m_lifetime->setValue(0);
        return;
    }
    const qint64 left = now.secsTo(m_tokens.expiresAt);
    m_countdown->setText(left > 0
                             ? tr("The access token expires in %1.").arg(countdownText(left))
                             : tr("The access token expired %1 ago.").arg(countdownText(-left)));
    const qint64 lifetime = m_tokens.obtainedAt.secsTo(m_tokens.expiresAt);
    const qint64 used = m_tokens.obtainedAt.secsTo(now);
    m_lifetime->setValue(lifetime > 0 ? int(std::clamp<qint64>(used * 100 / lifetime, 0, 100))
                                      : 100);
    m_lifetime->setFormat(tr("%p% of its lifetime used"));
    m_claims->setNow(now);
}

void TokenInspector::verifyChosenToken()
{
    m_actions->verify(m_connection, chosenToken(), chosenIsIdToken());
}

void TokenInspector::onVerified(const QString& name, const QByteArray& token,
                                const JwtVerification& verification)
{
    if (name != m_connection || token != chosenToken()) {
        return;
    }
    QString verdict;
    switch (verification.status) {
    case JwtVerification::Status::Valid:
        verdict =
            tr("✔ Valid signature (%1, key %2).").arg(verification.algorithm, verification.keyId);
        break;
    case JwtVerification::Status::KeyNotFound:
        verdict = tr("? Key not found: %1").arg(verification.message);
        break;
    default:
        verdict = tr("✘ Not valid: %1").arg(verification.message);
        break;
    }
    m_verdict = {token, verdict};
    m_signature->setText(verdict);
}

void TokenInspector::onIntrospected(const QString& name, bool active, const QJsonObject& details)
{
    if (name != m_connection) {
        return;
    }
    QStringList lines{active ? tr("Active.")
                             : tr("Inactive: expired, revoked or unknown to the "
                                  "provider.")};
    const QDateTime now = Clock::now();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (it.key() == QLatin1String("active")) {
            continue;
        }
        lines.append(QStringLiteral("%1: %2").arg(
            it.key(), TokenInspection::claimText(it.key(), it.value(), now)));
    }
    m_introspection->setText(lines.join(u'\n'));
}

void TokenInspector::onStarted(const QString& name, ConnectionActions::Action action)
{
    if (name == m_connection && action != ConnectionActions::Action::Verify) {
        setBusy(true);
        m_status->setText(tr("Working…"));
    }
}

void TokenInspector::onFinished(const QString& name, ConnectionActions::Action action, bool ok,
                                const QString& message)
{
    if (name != m_connection) {
        return;
    }
    if (action == ConnectionActions::Action::Verify) {
        if (!ok) {
            m_signature->setText(message);
        }
        return;
    }
    setBusy(false);
    showTokens();
    m_status->setText(ok ? message : tr("⚠ %1").arg(message));
}

void TokenInspector::setBusy(bool busy)
{
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_introspect, m_refresh, m_revoke, m_signOut}) {
        widget->setEnabled(!busy);
    }
}

bool TokenInspector::confirm(const QString& title, const QString& text, const QString& action)
{
    return Confirmation::ask(this, {title, text, action, QMessageBox::AcceptRole});
}

void TokenInspector::confirmRevoke(bool accessToken, bool refreshToken)
{
    const QString what = accessToken && refreshToken ? tr("both tokens")
        : accessToken                                ? tr("the access token")
                                                     : tr("the refresh token");
    if (confirm(tr("Revoke"),
                tr("Revoke %1 of \"%2\"? Requests with it stop working at once; without a "
                   "refresh token you must sign in again.")
                    .arg(what, m_connection),
                tr("Revoke"))) {
        m_actions->revoke(m_connection, accessToken, refreshToken);
    }
}

void TokenInspector::confirmSignOut()
{
    if (confirm(tr("Sign out"),
                tr("Sign out of \"%1\"? The tokens are revoked and forgotten; the connection "
                   "stays, ready to sign in again.")
                    .arg(m_connection),
                tr("Sign out"))) {
        m_actions->signOut(m_connection);
    }
}

void TokenInspector::copyToken()
{
    if (!confirm(tr("Copy token"),
                 chosenIsIdToken()
                     ? tr("The ID token of \"%1\" says who you are to anyone who has it, "
                          "and other programs can read the clipboard. Copy it anyway?")
                           .arg(m_connection)
                     : tr("Anyone who has the access token of \"%1\" can act as you until it "
                          "expires, and other programs can read the clipboard. Copy it anyway?")
                           .arg(m_connection),
                 tr("Copy"))) {
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromLatin1(chosenToken()));
    m_status->setText(tr("The token is on the clipboard. Clear it when you are done."));
}
