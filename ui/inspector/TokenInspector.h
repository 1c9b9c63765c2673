// The Token tab of a connection: what the token says (header and claims,
// scopes), how long it has left (a live countdown and the share of its
// lifetime used), whether its signature holds against the provider's keys,
// and the actions on it — introspect, refresh, revoke, sign out, copy — with
// the connection's token timeline below.
#pragma once

#include "common/ConnectionActions.h"
#include "oauth/TokenSet.h"

#include <QWidget>

class AppContext;
class ClaimsModel;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
class TokenTimeline;

class TokenInspector : public QWidget
{
    Q_OBJECT

public:
    TokenInspector(AppContext* context, ConnectionActions* actions, QWidget* parent = nullptr);

    void setConnection(const QString& name);
    QString connection() const;
    ClaimsModel* claimsModel() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    QWidget* createActionRow();
    void retranslateUi();
    void showTokens();
    void showChosenToken();
    QByteArray chosenToken() const;
    bool chosenIsIdToken() const;
    void tick();
    void verifyChosenToken();
    void copyToken();
    void confirmRevoke(bool accessToken, bool refreshToken);
    void confirmSignOut();
    bool confirm(const QString& title, const QString& text, const QString& action);
    void onStarted(const QString& name, ConnectionActions::Action action);
    void onFinished(const QString& name, ConnectionActions::Action action, bool ok,
                    const QString& message);
    void onVerified(const QString& name, const QByteArray& token,
                    const JwtVerification& verification);
    void onIntrospected(const QString& name, bool active, const QJsonObject& details);
    void setBusy(bool busy);

    AppContext* m_context;
    ConnectionActions* m_actions;
    QString m_connection;
    TokenSet m_tokens;
    // The last signature verdict, and for which token.
    QPair<QByteArray, QString> m_verdict;
    QTimer* m_ticker = nullptr;
    ClaimsModel* m_claims = nullptr;

    QLabel* m_tokenLabel = nullptr;
    QComboBox* m_tokenChoice = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_countdown = nullptr;
    QProgressBar* m_lifetime = nullptr;
    QLabel* m_signature = nullptr;
    QPushButton* m_verify = nullptr;
    QTableView* m_claimsView = nullptr;
    QLabel* m_scopesLabel = nullptr;
    QListWidget* m_scopes = nullptr;
    QLabel* m_warnings = nullptr;
    QPushButton* m_refresh = nullptr;
    QToolButton* m_revoke = nullptr;
    QPushButton* m_introspect = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_introspection = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_timelineLabel = nullptr;
    TokenTimeline* m_timeline = nullptr;
    QAction* m_revokeAccess = nullptr;
    QAction* m_revokeRefresh = nullptr;
    QAction* m_revokeBoth = nullptr;
};
