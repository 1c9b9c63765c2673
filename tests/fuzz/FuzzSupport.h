// What the libFuzzer targets share: a QCoreApplication made once (some Qt
// classes want one), a stop that libFuzzer reports as a crash with the input
// saved, and a scratch file for the readers that take a path.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace Fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "grantline-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A property of the code under test does not hold: abort so that libFuzzer
// keeps the input as a crash.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "fuzz: property broken: %s\n", what);
    std::abort();
}

inline void check(bool holds, const char* what)
{
    if (!holds) {
        fail(what);
    }
}

// One file per fuzzing process, rewritten for every input.
inline QString scratchFile(const QByteArray& content)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("grantline-fuzz-%1.input").arg(::getpid()));
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file opens");
    check(file.write(content) == content.size(), "scratch file written");
    return path;
}

} // namespace Fuzz
