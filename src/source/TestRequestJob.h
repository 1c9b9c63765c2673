// One request of one resource, sent to see what the API answers before a
// run: with the pipeline's auth (prepared first, so a sign-in is refreshed),
// built exactly as an extraction builds its first request, a child's
// placeholders filled from the first record of its parent's first page.
// Reports a TestResponse; every failure is a sentence with the next step.
#pragma once

#include "core/Job.h"
#include "core/JsonParser.h"
#include "source/PipelineFile.h"
#include "source/RequestBuilder.h"
#include "source/ResourceAuths.h"
#include "source/TestResponse.h"

#include <QJsonArray>

#include <simdjson.h>

class CredentialSet;
class PageFetchJob;
class QNetworkAccessManager;
class RequestAuth;

class TestRequestJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // The credentials could not be built or prepared (signing in failed).
        AuthFailed = UserError,
        // The request could not be made or the API refused it (4xx, 5xx,
        // network).
        RequestFailed,
        // The answer is not JSON, or the data selector finds nothing.
        ResponseFailed,
        // A parent's first page has no record to fill a child's path.
        NoParentRecord,
    };
    Q_ENUM(Error)

    // What a JSONPath expression picks in a body, for a box that shows it
    // as it is typed.
    struct Selection
    {
        // Why nothing could be picked (the expression does not parse, the
        // body is not JSON); empty otherwise.
        QString problem;
        qsizetype count = 0;
        QJsonArray firstRecords;
    };

    TestRequestJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
                   const QString& resource, CredentialSet* credentials, QObject* parent = nullptr);
    ~TestRequestJob() override;

    // Filled as far as the job got; read it after finished().
    const TestResponse& response() const;

    // The records expression selects in body (dlt's rules: one list match is
    // unwrapped), at most maxRecords of them as JSON.
    static Selection select(simdjson::dom::element body, const QString& expression,
                            int maxRecords = 5);
    static Selection select(const QByteArray& body, const QString& expression, int maxRecords = 5);

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    // The resources to request, the target's oldest ancestor first; false
    // when the resource is not in the file.
    bool planChain();
    bool collectAuths();
    void prepareCredentials();
    void sendStep();
    void onFetched(PageFetchJob* job, qint64 milliseconds);
    // Status, headers and body as they may be shown.
    void recordAnswer(const PageFetchJob& job, qint64 milliseconds);
    // False (the job failed) when the answer is not JSON.
    bool parseBody(const QByteArray& body, simdjson::dom::element* root);
    // The file's or the detected data selector and its records; false (the
    // job failed) when the file's finds nothing.
    bool selectRecords(simdjson::dom::element root, std::vector<simdjson::dom::element>* records);
    void readPaginator(const PageFetchJob& job, simdjson::dom::element root, qsizetype records);
    // Takes the child's values from the parent's first record and goes on.
    void descend(const std::vector<simdjson::dom::element>& records);
    QString httpProblem(const PageFetchJob& job) const;
    QString rateLimitProblem(const PageFetchJob& job) const;
    RequestAuth* authOf(const ResourceConfig& resource) const;
    QList<QByteArray> secretValues() const;
    QString shown(const QString& text) const;
    void fail(int code, const QString& problem);

    QNetworkAccessManager* m_network;
    PipelineFile m_pipeline;
    QString m_resource;
    CredentialSet* m_credentials;
    QList<const ResourceConfig*> m_chain;
    qsizetype m_step = 0;
    ResourceAuths m_auths;
    // The next step's placeholder values and parent fields.
    RequestBuilder::Values m_values;
    QJsonObject m_extraFields;
    JsonParser m_parser;
    TestResponse m_response;
};
