// What the benchmarks share: memory and CPU readings from /proc and the APS
// chain as a pipeline against a sandbox.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <ctime>

namespace BenchSupport {

// A "VmRSS:"-style field of /proc/self/status, in MB.
inline double statusMegabytes(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

inline double cpuSeconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

inline double threadCpuSeconds()
{
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
}

inline double processCpuSeconds()
{
    return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

// Hubs → projects → top folders → folder contents, only the contents loaded.
inline QJsonObject apsChain(const QString& base)
{
    const QByteArray json = QStringLiteral(R"({"pipeline_name": "bench", "source": {
      "client": {"base_url": "%1",
                 "auth": {"type": "oauth2_client_credentials",
                          "access_token_url": "%1/authentication/v2/token",
                          "client_id": "sandbox-server-app", "client_secret": "{secrets.secret}",
                          "access_token_request_data": {"scope": "data:read"}},
                 "paginator": {"type": "json_link", "next_url_path": "links.next.href"}},
      "resource_defaults": {"selected": false,
                            "endpoint": {"data_selector": "data", "params": {"page[limit]": 200}}},
      "resources": [
        {"name": "hubs", "endpoint": "project/v1/hubs"},
        {"name": "projects", "endpoint": "project/v1/hubs/{resources.hubs.id}/projects",
         "include_from_parent": ["id"]},
        {"name": "top_folders", "include_from_parent": ["id"],
         "endpoint": "project/v1/hubs/{resources.projects._hubs_id}/projects/{resources.projects.id}/topFolders"},
        {"name": "contents", "selected": true,
         "endpoint": "data/v1/projects/{resources.top_folders._projects_id}/folders/{resources.top_folders.id}/contents"}
      ]}})")
                                .arg(base)
                                .toUtf8();
    return QJsonDocument::fromJson(json).object();
}

} // namespace BenchSupport
