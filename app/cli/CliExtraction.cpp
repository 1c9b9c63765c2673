#include "CliExtraction.h"

#include "source/CredentialSet.h"
#include "source/ExtractJob.h"
#include "source/SecretLookupJob.h"

#include <QCommandLineParser>
#include <QJsonDocument>

CliExtraction::CliExtraction(CliSession& session, const PipelineFile& pipeline,
                             const QStringList& asked)
    : m_session(session)
    , m_pipeline(pipeline)
    , m_plan(pipeline, asked)
{ }

CliExtraction::~CliExtraction() = default;

bool CliExtraction::prepare()
{
    if (!m_plan.problem().isEmpty()) {
        m_session.fail(m_plan.problem());
        return false;
    }
    // Only the secrets of the resources that run are looked up.
    std::unique_ptr<SecretLookupJob> secrets(new SecretLookupJob(
        m_session.secrets(), m_pipeline.sourceName, m_pipeline.secretNames(m_plan.resources())));
    if (!m_session.runJob(secrets.get())) {
        m_session.fail(secrets->errorText());
        return false;
    }
    m_credentials = std::make_unique<CredentialSet>(m_session.network(), secrets->values(),
                                                    &m_session.connections(), m_session.secrets());
    return true;
}

void CliExtraction::printNotesOf(CliSession& session, ExtractJob* job,
                                 std::function<void()> beforePrinting)
{
    QTextStream& err = session.err();
    const auto print = [&err, beforePrinting](const QString& line) {
        if (beforePrinting) {
            beforePrinting();
        }
        err << line << Qt::endl;
    };
    QObject::connect(job, &ExtractJob::paginatorDetected, job,
                     [print](const QString& name, const QJsonValue& config, double confidence) {
                         const QByteArray text = config.isString()
                             ? QByteArray('"' + config.toString().toUtf8() + '"')
                             : QJsonDocument(config.toObject()).toJson(QJsonDocument::Compact);
                         print(tr("Note: resource \"%1\": detected paginator %2 (confidence "
                                  "%3); write it into the pipeline file to pin it.")
                                   .arg(name, QString::fromUtf8(text))
                                   .arg(confidence));
                     });
    QObject::connect(
        job, &ExtractJob::dataSelectorDetected, job,
        [print](const QString& name, const QString& selector) {
            print(tr("Note: resource \"%1\": detected data_selector \"%2\".").arg(name, selector));
        });
    QObject::connect(job, &ExtractJob::warning, job,
                     [print](const QString& text) { print(tr("Warning: %1").arg(text)); });
    // A retry is news, not noise: a slow run says why it waits.
    QObject::connect(job, &ExtractJob::retrying, job, [print](const RetryEvent& event) {
        print(tr("Note: resource \"%1\": %2; trying again in %3 s (attempt %4).")
                  .arg(event.resource, event.reason)
                  .arg(double(event.waitMs) / 1000.0, 0, 'f', 1)
                  .arg(event.attempt + 1));
    });
}

bool CliExtraction::readLimits(const QCommandLineParser& parser, const LimitOptions& limits,
                               ExtractJob::Options* options, QString* error)
{
    const auto read = [&parser, error](const QCommandLineOption& option, int minimum, int maximum,
                                       std::optional<int>* value) {
        if (!parser.isSet(option)) {
            return true;
        }
        bool ok = false;
        const int number = parser.value(option).toInt(&ok);
        if (!ok || number < minimum || number > maximum) {
            *error = tr("--%1 wants a whole number from %2 to %3.")
                         .arg(option.names().first())
                         .arg(minimum)
                         .arg(maximum);
            return false;
        }
        *value = number;
        return true;
    };
    return read(limits.concurrentRequests, 1, ClientConfig::kMaxConcurrentRequests,
                &options->concurrentRequests)
        && read(limits.requestsPerMinute, 0, ClientConfig::kMaxRequestsPerMinute,
                &options->requestsPerMinute);
}
