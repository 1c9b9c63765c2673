// What the benchmarks share: memory and CPU readings from /proc and the APS
// chain as a pipeline against a sandbox.
#pragma once

#include "DatasetFiles.h"
#include "SandboxPipelines.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

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

// count sandbox items (seed 42, 16 buckets) as JSON lines, what
// `grantline-cli import` reads; the path, or empty when it cannot be written.
inline QString writeSandboxItems(const QString& path, qint64 count)
{
    return DatasetFiles::writeItemsFile(path, count, 0, 42, 16);
}

// Hubs → projects → top folders → folder contents, only the contents loaded.
inline QJsonObject apsChain(const QString& base)
{
    return SandboxPipelines::apsChain(base);
}

} // namespace BenchSupport
