// grantline-sandbox: a local APS-style OAuth 2.0 / OIDC provider and data API
// for offline use and tests. The first stdout line is the base URL.
#include "core/ApplicationIdentity.h"
#include "core/TranslationLoader.h"
#include "sandbox/ItemJson.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace {

constexpr int kUsageError = 2;

struct Options
{
    QCommandLineOption port{
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Listen on this port (0: any free port)."),
        QStringLiteral("port"), QStringLiteral("0")};
    QCommandLineOption strictCallbacks{
        QStringLiteral("strict-callbacks"),
        QCoreApplication::translate("main",
                                    "Match callback URLs exactly, port included, as APS "
                                    "does.")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QCoreApplication::translate("main", "Seed for the generated data."),
                            QStringLiteral("n"), QStringLiteral("42")};
    QCommandLineOption records{QStringLiteral("records"),
                               QCoreApplication::translate("main", "How many items to serve."),
                               QStringLiteral("n"), QStringLiteral("1000")};
    QCommandLineOption buckets{QStringLiteral("buckets"),
                               QCoreApplication::translate("main", "How many OSS buckets to list."),
                               QStringLiteral("n"), QStringLiteral("25")};
    QCommandLineOption tokenLifetime{
        QStringLiteral("token-lifetime"),
        QCoreApplication::translate("main", "Access-token lifetime in seconds."),
        QStringLiteral("seconds"), QStringLiteral("3599")};
    QCommandLineOption issuer{
        QStringLiteral("issuer"),
        QCoreApplication::translate("main", "The issuer to announce (default: the base URL)."),
        QStringLiteral("url")};
    QCommandLineOption apps{
        QStringLiteral("apps"),
        QCoreApplication::translate("main", "JSON file with more registered apps."),
        QStringLiteral("file")};
    QCommandLineOption signingKey{
        QStringLiteral("signing-key"),
        QCoreApplication::translate("main",
                                    "PEM file with the RSA key that signs tokens (default: a "
                                    "new key)."),
        QStringLiteral("file")};
    QCommandLineOption fault{
        QStringLiteral("fault"),
        QCoreApplication::translate("main",
                                    "Inject a fault into data and playground requests: 429, "
                                    "429-date, 500, 502, 503, slow, drop, html or malformed, with "
                                    "\":N\" for every Nth request. Repeatable."),
        QStringLiteral("kind[:n]")};
    QCommandLineOption latency{
        QStringLiteral("latency"),
        QCoreApplication::translate("main",
                                    "Answer every request after this many milliseconds, give or "
                                    "take the jitter, as a real API over a real network does."),
        QStringLiteral("ms"), QStringLiteral("0")};
    QCommandLineOption jitter{
        QStringLiteral("jitter"),
        QCoreApplication::translate("main",
                                    "How far each answer's latency may differ from --latency, in "
                                    "milliseconds (default: a fifth of it)."),
        QStringLiteral("ms"), QStringLiteral("-1")};
    QCommandLineOption hubs{QStringLiteral("hubs"),
                            QCoreApplication::translate("main", "How many hubs to serve."),
                            QStringLiteral("n"), QString::number(RecordGenerator::kHubCount)};
    QCommandLineOption projects{
        QStringLiteral("projects-per-hub"),
        QCoreApplication::translate("main", "How many projects each hub has."), QStringLiteral("n"),
        QString::number(RecordGenerator::kProjectsPerHub)};
    QCommandLineOption folders{
        QStringLiteral("folders-per-project"),
        QCoreApplication::translate("main",
                                    "How many top folders each project has; the items are dealt "
                                    "across all of them."),
        QStringLiteral("n"), QString::number(RecordGenerator::kTopFoldersPerProject)};
    QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate("main", "Print the start-up details as one JSON object.")};
    QCommandLineOption dump{QStringLiteral("dump"),
                            QCoreApplication::translate(
                                "main",
                                "Write the generated records of this kind (\"items\") to stdout "
                                "as JSON lines, then exit."),
                            QStringLiteral("kind")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({port, strictCallbacks, seed, records, buckets, tokenLifetime, issuer,
                           apps, signingKey, fault, latency, jitter, hubs, projects, folders, json,
                           dump});
    }
};

bool readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 minimum,
                qint64 maximum, qint64* value, QString* error)
{
    bool ok = false;
    const QString text = parser.value(option);
    *value = text.toLongLong(&ok);
    if (!ok || *value < minimum || *value > maximum) {
        *error = QCoreApplication::translate(
                     "main", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(option.names().first())
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    return true;
}

bool readSettings(const QCommandLineParser& parser, const Options& options,
                  SandboxSettings* settings, QString* error)
{
    qint64 port = 0;
    qint64 seed = 0;
    qint64 buckets = 0;
    qint64 lifetime = 0;
    qint64 latency = 0;
    qint64 jitter = 0;
    qint64 hubs = 0;
    qint64 projects = 0;
    qint64 folders = 0;
    if (!readNumber(parser, options.latency, 0, 60000, &latency, error)
        || !readNumber(parser, options.jitter, -1, 60000, &jitter, error)
        || !readNumber(parser, options.hubs, 1, 1000, &hubs, error)
        || !readNumber(parser, options.projects, 1, 10000, &projects, error)
        || !readNumber(parser, options.folders, 1, 10000, &folders, error)) {
        return false;
    }
    settings->latencyMs = int(latency);
    settings->jitterMs = int(jitter);
    settings->tree = {int(hubs), int(projects), int(folders)};
    if (!readNumber(parser, options.port, 0, 65535, &port, error)
        || !readNumber(parser, options.seed, 0, std::numeric_limits<qint64>::max(), &seed, error)
        || !readNumber(parser, options.records, 0, qint64(1) << 40, &settings->records, error)
        || !readNumber(parser, options.buckets, 0, 1000000, &buckets, error)
        || !readNumber(parser, options.tokenLifetime, 1, 365 * 86400, &lifetime, error)) {
        return false;
    }
    settings->port = quint16(port);
    settings->seed = quint64(seed);
    settings->buckets = int(buckets);
    settings->accessTokenLifetimeSeconds = int(lifetime);
    settings->strictCallbacks = parser.isSet(options.strictCallbacks);
    settings->issuer = parser.value(options.issuer);
    settings->appsPath = parser.value(options.apps);
    settings->signingKeyPath = parser.value(options.signingKey);
    for (const QString& text : parser.values(options.fault)) {
        const FaultRule rule = FaultRule::parse(text, error);
        if (!rule.isValid()) {
            *error = QStringLiteral("--fault: ") + *error;
            return false;
        }
        settings->globalFaults.append(rule);
    }
    return true;
}

int dumpItems(const SandboxSettings& settings)
{
    const RecordGenerator generator(settings.seed, settings.records, settings.buckets,
                                    settings.tree);
    // Links in the records name the server they would come from.
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(settings.port));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    const ItemJson json(generator, base);
    QByteArray buffer;
    for (qint64 item = 0; item < settings.records; ++item) {
        json.appendItem(&buffer, item);
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    return 0;
}

void printDetails(const QJsonObject& details, bool asJson)
{
    QTextStream out(stdout);
    if (asJson) {
        out << QJsonDocument(details).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    const QJsonObject user = details.value(QStringLiteral("user")).toObject();
    out << details.value(QStringLiteral("base_url")).toString() << '\n';
    out << QCoreApplication::translate("main", "Sign in as %1 with the password %2")
               .arg(user.value(QStringLiteral("username")).toString(),
                    user.value(QStringLiteral("password")).toString())
        << '\n';
    for (const QJsonValue& value : details.value(QStringLiteral("apps")).toArray()) {
        const QJsonObject app = value.toObject();
        out << QCoreApplication::translate("main", "App \"%1\" (%2): client_id %3")
                   .arg(app.value(QStringLiteral("name")).toString(),
                        app.value(QStringLiteral("type")).toString(),
                        app.value(QStringLiteral("client_id")).toString());
        if (app.contains(QStringLiteral("client_secret"))) {
            out << QCoreApplication::translate("main", ", client_secret %1")
                       .arg(app.value(QStringLiteral("client_secret")).toString());
        }
        out << '\n';
    }
    out << QCoreApplication::translate("main", "Discovery: %1")
               .arg(details.value(QStringLiteral("discovery_url")).toString())
        << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply(QStringLiteral("grantline-sandbox"));
    TranslationLoader translations;
    translations.load(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "A local APS-style OAuth 2.0 / OpenID Connect provider and data API, so Grantline "
        "works offline and without an account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    parser.process(app);

    QTextStream err(stderr);
    SandboxSettings settings;
    QString error;
    if (!readSettings(parser, options, &settings, &error)) {
        err << "grantline-sandbox: " << error << Qt::endl;
        return kUsageError;
    }
    if (parser.isSet(options.dump)) {
        if (parser.value(options.dump) != QLatin1String("items")) {
            err << "grantline-sandbox: "
                << QCoreApplication::translate("main", "--dump knows only \"items\", not \"%1\".")
                       .arg(parser.value(options.dump))
                << Qt::endl;
            return kUsageError;
        }
        return dumpItems(settings);
    }

    SandboxServer server(settings);
    if (!server.start(&error)) {
        err << "grantline-sandbox: " << error << Qt::endl;
        return 1;
    }
    printDetails(server.describe(), parser.isSet(options.json));
    return app.exec();
}
