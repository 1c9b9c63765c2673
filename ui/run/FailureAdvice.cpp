#include "run/FailureAdvice.h"

#include "run/RunJob.h"
#include "source/PipelineConnection.h"

#include <QFileInfo>

namespace {

// "id 42, name Site A": the values of the parent record that filled a path.
QString describeValues(const QList<QPair<QString, QString>>& values)
{
    QStringList parts;
    for (const auto& [name, value] : values) {
        parts << QStringLiteral("%1 %2").arg(name, value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

FailureAdvice FailureAdvice::of(const RunJob& job, const PipelineFile& pipeline,
                                const QStringList& connectionScopes)
{
    FailureAdvice advice;
    if (const QString secret = job.missingSecret(); !secret.isEmpty()) {
        advice.text = tr("The secret %1 is neither in the keychain nor in the environment, so "
                         "nothing was requested. Store it, and the run starts again.")
                          .arg(secret);
        advice.step = Step::StoreSecret;
        advice.subject = secret;
        return advice;
    }
    const QString file = QFileInfo(job.loadInfo().databasePath).fileName();
    const bool server = pipeline.loadsIntoPostgres();
    switch (job.fileProblem()) {
    case DestinationDatabase::Problem::Busy:
        advice.text = server
            ? tr("The PostgreSQL server had no connection free for the pipeline's user, or "
                 "another session held what the load needed. Nothing of this run was kept. "
                 "Run again in a moment.")
            : tr("Another program is writing to %1 and holds its lock. Close the file there (a "
                 "database browser, another run), then run again.")
                  .arg(file);
        advice.step = Step::RunAgain;
        return advice;
    case DestinationDatabase::Problem::DiskFull:
    case DestinationDatabase::Problem::WriteError:
        advice.text = server
            ? tr("The PostgreSQL server's disk is full. Nothing of this run was kept. Free "
                 "space on the server, then run again.")
            : tr("%1 could not be written: the disk is probably full. Nothing of this run was "
                 "kept. Free some space, then run again.")
                  .arg(file);
        advice.step = Step::RunAgain;
        return advice;
    case DestinationDatabase::Problem::ReadOnly:
        advice.text = tr("%1 is read-only for you: nothing can be loaded into it. Change its "
                         "permissions, or choose another file in the pipeline.")
                          .arg(file);
        return advice;
    case DestinationDatabase::Problem::NotADatabase:
        advice.text = tr("%1 is not a SQLite database Grantline can use. Choose another file "
                         "in the pipeline.")
                          .arg(file);
        return advice;
    case DestinationDatabase::Problem::ConnectionLost:
        advice.text = tr("The PostgreSQL server could not be reached or went away during the "
                         "load. Nothing of this run was kept. Once the server is up, run again.");
        advice.step = Step::RunAgain;
        return advice;
    case DestinationDatabase::Problem::LoginRefused:
        // Running again would be refused again: the way on is a new
        // password (the step a refused API secret has), or a new server.
        if (pipeline.postgres && !pipeline.postgres->passwordSecret.isEmpty()) {
            advice.text = tr("The PostgreSQL server refused the pipeline's user or its password, "
                             "the secret %1. Store the right password, and the run starts "
                             "again; or check the server in Destination… (Ctrl+Shift+D).")
                              .arg(pipeline.postgres->passwordSecret);
            advice.step = Step::StoreSecret;
            advice.subject = pipeline.postgres->passwordSecret;
        } else {
            advice.text = tr("The PostgreSQL server refused the pipeline's user, its password or "
                             "the database. Check them in Destination… (Ctrl+Shift+D), then run "
                             "again.");
        }
        return advice;
    case DestinationDatabase::Problem::PermissionDenied:
        advice.text = tr("The PostgreSQL user may not write where the pipeline loads. Grant it "
                         "the right, or choose another dataset or user in the pipeline.");
        return advice;
    case DestinationDatabase::Problem::Timeout:
        advice.text = tr("The PostgreSQL server stopped a statement of the load after its "
                         "statement_timeout. Nothing of this run was kept. Raise the timeout "
                         "for the pipeline's user, then run again.");
        advice.step = Step::RunAgain;
        return advice;
    case DestinationDatabase::Problem::None:
    case DestinationDatabase::Problem::Other:
        break;
    }
    const ExtractFailure failure = job.extractionFailure();
    const QString resource = failure.resource;
    const QString connection = PipelineConnection::of(pipeline, resource);
    switch (failure.kind) {
    case ExtractFailure::Kind::SignIn:
        advice.text = connection.isEmpty()
            ? tr("The credentials could not be obtained or renewed: check the client's auth "
                 "settings and secrets.")
            : tr("The sign-in to %1 has expired or was revoked: the provider no longer renews "
                 "its tokens. Sign in again, and the run starts again.")
                  .arg(connection);
        advice.step = connection.isEmpty() ? Step::None : Step::SignIn;
        advice.subject = connection;
        return advice;
    case ExtractFailure::Kind::Unauthorized: {
        const QStringList secrets = PipelineConnection::secretsOf(pipeline, resource);
        if (!connection.isEmpty()) {
            advice.text = tr("The API refused the sign-in to %1 for \"%2\" (401), even after "
                             "renewing it. Sign in again, and the run starts again.")
                              .arg(connection, resource);
            advice.step = Step::SignIn;
            advice.subject = connection;
        } else if (!secrets.isEmpty()) {
            advice.text = tr("The API refused the credentials for \"%1\" (401): the secret %2 "
                             "may be wrong or expired. Store its current value, and the run "
                             "starts again.")
                              .arg(resource, secrets.first());
            advice.step = Step::StoreSecret;
            advice.subject = secrets.first();
        } else {
            advice.text = tr("The API refused \"%1\" without credentials (401): the endpoint "
                             "needs an auth.")
                              .arg(resource);
            advice.step = Step::EditEndpoint;
            advice.subject = resource;
        }
        return advice;
    }
    case ExtractFailure::Kind::Forbidden:
        advice.text =
            tr("The API does not let these credentials read \"%1\" (403 Forbidden): a scope "
               "or a permission is missing.")
                .arg(resource);
        if (!failure.requiredScope.isEmpty()) {
            advice.text += u' ' + tr("It asks for the scope %1.").arg(failure.requiredScope);
        }
        if (!failure.apiMessage.isEmpty()) {
            advice.text += u' ' + tr("It says: %1").arg(failure.apiMessage);
        }
        if (!connection.isEmpty()) {
            advice.text += u' '
                + tr("The connection %1 asks for: %2. Add what is missing, then sign in again.")
                      .arg(connection,
                           connectionScopes.isEmpty() ? tr("no scope")
                                                      : connectionScopes.join(QStringLiteral(" ")));
            advice.step = Step::EditScopes;
            advice.subject = connection;
        } else {
            advice.text += u' ' + tr("Check what the key or token may read at the provider.");
        }
        return advice;
    case ExtractFailure::Kind::NotFound:
        advice.subject = resource;
        advice.step = Step::EditEndpoint;
        if (!failure.parentResource.isEmpty()) {
            advice.text =
                tr("\"%1\" has nothing at %2 for the %3 record with %4 (404 Not Found): that "
                   "record may have been deleted, or the path is wrong. To skip such records, "
                   "add the response action {\"status_code\": 404, \"action\": \"ignore\"} to "
                   "the endpoint.")
                    .arg(resource, failure.url, failure.parentResource,
                         describeValues(failure.parentValues));
        } else {
            advice.text = tr("\"%1\" has nothing at %2 (404 Not Found): check the endpoint's "
                             "path and the base URL.")
                              .arg(resource, failure.url);
        }
        return advice;
    case ExtractFailure::Kind::RateLimited:
        advice.text = tr("The API kept answering 429 Too Many Requests for \"%1\", %n time(s) "
                         "in a row, which is all the retries allow.",
                         nullptr, failure.attempts)
                          .arg(resource);
        if (failure.retryAfterSeconds && *failure.retryAfterSeconds > 0) {
            advice.text += u' '
                + tr("It asked to wait %n second(s); Run Again is ready after that.", nullptr,
                     *failure.retryAfterSeconds);
            advice.waitSeconds = *failure.retryAfterSeconds;
        } else {
            advice.text += u' ' + tr("Wait a little, then run again.");
        }
        advice.step = Step::RunAgain;
        return advice;
    case ExtractFailure::Kind::ServerError:
        advice.text = tr("The API failed on its side for \"%1\" (HTTP %2), %n time(s) in a row. "
                         "Nothing of this run was kept; run again later.",
                         nullptr, failure.attempts)
                          .arg(resource)
                          .arg(failure.status);
        if (failure.retryAfterSeconds && *failure.retryAfterSeconds > 0) {
            advice.text += u' '
                + tr("It asked to wait %n second(s); Run Again is ready after that.", nullptr,
                     *failure.retryAfterSeconds);
            advice.waitSeconds = *failure.retryAfterSeconds;
        }
        advice.step = Step::RunAgain;
        return advice;
    case ExtractFailure::Kind::Network:
        advice.text = tr("No answer came for \"%1\" (%n attempt(s)): check the network "
                         "connection and the base URL, then run again.",
                         nullptr, failure.attempts)
                          .arg(resource);
        advice.step = Step::RunAgain;
        return advice;
    case ExtractFailure::Kind::HtmlAnswer:
        advice.text = tr("\"%1\" answered with a web page instead of JSON: often a sign-in "
                         "page, or a path or base URL that leads to the website rather than "
                         "the API. Check the endpoint.")
                          .arg(resource);
        advice.step = Step::EditEndpoint;
        advice.subject = resource;
        return advice;
    case ExtractFailure::Kind::InvalidJson:
        advice.text = tr("\"%1\" answered with JSON that is cut off or malformed: the API or "
                         "the network broke the answer. Run again; if it stays, the API is at "
                         "fault.")
                          .arg(resource);
        advice.step = Step::RunAgain;
        return advice;
    case ExtractFailure::Kind::Unsafe:
        advice.text = tr("Grantline stopped a request of \"%1\" that was not safe to send; "
                         "the credentials went nowhere else.")
                          .arg(resource);
        return advice;
    case ExtractFailure::Kind::Config:
    case ExtractFailure::Kind::Refused:
        if (!resource.isEmpty()) {
            advice.text = tr("\"%1\" and what the API answered do not fit together. Check the "
                             "endpoint.")
                              .arg(resource);
            advice.step = Step::EditEndpoint;
            advice.subject = resource;
            return advice;
        }
        break;
    case ExtractFailure::Kind::Sink:
    case ExtractFailure::Kind::None:
        break;
    }
    if (job.error() == RunJob::StateUnreadable) {
        advice.text = tr("The file's stored state cannot be read. Tick Full refresh and run "
                         "again to start over.");
        return advice;
    }
    advice.text = tr("The run failed; nothing of it was kept.");
    return advice;
}

QString FailureAdvice::buttonText() const
{
    switch (step) {
    case Step::StoreSecret:
        return tr("&Store the Secret %1…").arg(subject);
    case Step::SignIn:
        return tr("&Sign In to %1 Again…").arg(subject);
    case Step::EditScopes:
        return tr("Edit the &Scopes of %1…").arg(subject);
    case Step::EditEndpoint:
        return tr("E&dit Endpoint %1…").arg(subject);
    case Step::RunAgain:
        return tr("Run &Again");
    case Step::None:
        break;
    }
    return QString();
}

QString FailureAdvice::buttonDescription() const
{
    switch (step) {
    case Step::StoreSecret:
        return tr("Store the secret %1 in the keychain and run again").arg(subject);
    case Step::SignIn:
        return tr("Sign in to %1 again and run again").arg(subject);
    case Step::EditScopes:
        return tr("Edit the scopes of the connection %1, sign in and run again").arg(subject);
    case Step::EditEndpoint:
        return tr("Open the editor of the endpoint %1").arg(subject);
    case Step::RunAgain:
        return tr("Run the same endpoints again");
    case Step::None:
        break;
    }
    return QString();
}
