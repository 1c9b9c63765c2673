// Test request: one request of an endpoint with the pipeline's auth, and
// what came back — status, time, size, the headers (secrets masked), the
// body as a lazily built JSON tree with a search box and a JSONPath box that
// marks what a selector picks as it is typed — and what detection found,
// with "Use these" to write it into the endpoint.
#pragma once

#include "source/PipelineFile.h"

#include <QDialog>
#include <QJsonValue>

#include <memory>

class AppContext;
class CredentialSet;
class Job;
class JsonTreeModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;
struct TestResponse;

class TestRequestDialog : public QDialog
{
    Q_OBJECT

public:
    TestRequestDialog(AppContext* context, const PipelineFile& pipeline, const QString& resource,
                      QWidget* parent = nullptr);
    ~TestRequestDialog() override;

    // Looks the secrets up, then sends the request; finished() follows.
    void start();
    bool isFinished() const;
    JsonTreeModel* body() const;

Q_SIGNALS:
    void finished();
    // The detected data selector (empty when the file's stays) and paginator
    // (undefined when the file's stays), for the endpoint.
    void useDetected(const QString& resource, const QString& dataSelector,
                     const QJsonValue& paginator);

private:
    void send(const QHash<QString, QString>& secrets);
    void show(const TestResponse& response);
    void showHeaders(const TestResponse& response);
    void showDetection(const TestResponse& response);
    void onSelectorEdited(const QString& expression);
    void onSearch();
    // A sign-in that failed or was refused, through a connection: its
    // sign-in is offered, and the request sent again once it succeeds.
    void offerSignIn(int error, int status);
    QString connectionOfResource() const;
    void signInAgain();

    AppContext* m_context;
    PipelineFile m_pipeline;
    QString m_resource;
    std::unique_ptr<CredentialSet> m_credentials;
    bool m_finished = false;
    QString m_detectedSelector;
    QJsonValue m_detectedPaginator;

    QLabel* m_summary;
    QLabel* m_problem;
    QLabel* m_detection;
    QPushButton* m_useThese;
    QPushButton* m_signIn;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QLineEdit* m_selector;
    QLabel* m_selection;
    QTreeView* m_tree;
    JsonTreeModel* m_model;
    QTableWidget* m_headers;
};
