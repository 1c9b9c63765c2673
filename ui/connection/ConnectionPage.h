// The centre of the window for one connection: who it is with and how it
// stands, then its tabs (the token inspector first).
#pragma once

#include <QWidget>

class AppContext;
class ConnectionActions;
class QLabel;
class QTabWidget;
class TokenInspector;

class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionPage(AppContext* context, ConnectionActions* actions, QWidget* parent = nullptr);

    void setConnection(const QString& name);
    QString connection() const;
    TokenInspector* inspector() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSummary();

    AppContext* m_context;
    QString m_connection;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    TokenInspector* m_inspector = nullptr;
};
