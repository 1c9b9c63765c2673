#include "source/PipelineStore.h"

#include "core/AtomicFile.h"
#include "source/PipelineDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

PipelineStore::PipelineStore(const QString& home)
    : m_home(home)
{ }

QString PipelineStore::folder() const
{
    return QDir(m_home).filePath(QStringLiteral("pipelines"));
}

bool PipelineStore::isValidName(const QString& name, QString* why)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    static const QRegularExpression device(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!pattern.match(name).hasMatch()) {
        if (why) {
            *why = tr("\"%1\" is not a pipeline name: use up to 64 letters, digits, \".\", \"_\" "
                      "and \"-\", starting with a letter or a digit.")
                       .arg(name);
        }
        return false;
    }
    if (device.match(name).hasMatch()) {
        if (why) {
            *why = tr("\"%1\" is a name Windows keeps for a device; choose another.").arg(name);
        }
        return false;
    }
    return true;
}

QString PipelineStore::pathFor(const QString& name) const
{
    return isValidName(name) ? QDir(folder()).filePath(name + QStringLiteral(".json")) : QString();
}

bool PipelineStore::exists(const QString& name) const
{
    return isValidName(name) && QFileInfo(pathFor(name)).isFile();
}

QList<PipelineStore::Entry> PipelineStore::list() const
{
    QList<Entry> entries;
    const QStringList files = QDir(folder()).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& file : files) {
        Entry entry;
        entry.name = file.chopped(5);
        if (!isValidName(entry.name)) {
            continue;
        }
        entry.path = pathFor(entry.name);
        PipelineDocument document;
        QString error;
        if (!document.load(entry.path, &error)) {
            entry.problems.append({QString(), error});
        } else {
            entry.pipelineName = document.value(QStringLiteral("pipeline_name")).toString();
            entry.problems = document.problems();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return entries;
}

bool PipelineStore::create(const QString& name, const QByteArray& bytes, QString* error)
{
    if (!isValidName(name, error)) {
        return false;
    }
    if (exists(name)) {
        *error = tr("There is a pipeline named \"%1\" already.").arg(name);
        return false;
    }
    if (!QDir().mkpath(folder())) {
        *error = tr("Cannot create %1.").arg(folder());
        return false;
    }
    if (const QString why = AtomicFile::write(pathFor(name), bytes); !why.isEmpty()) {
        *error = tr("Cannot write %1: %2").arg(pathFor(name), why);
        return false;
    }
    return true;
}

QStringList PipelineStore::companionsOf(const QString& name) const
{
    // Each kind by its full name: ".shop.*" would also take the files of
    // "shop.v2" (a name may hold dots). The window's ticks (EndpointSelection),
    // the run history and the running marker (RunHistory).
    static const QStringList suffixes{QStringLiteral(".selection.json"),
                                      QStringLiteral(".runs.jsonl"), QStringLiteral(".running")};
    QStringList companions;
    const QDir dir(folder());
    for (const QString& suffix : suffixes) {
        const QString file = u'.' + name + suffix;
        if (dir.exists(file)) {
            companions << file;
        }
    }
    return companions;
}

bool PipelineStore::rename(const QString& from, const QString& to, QString* error)
{
    if (!exists(from)) {
        *error = tr("There is no pipeline named \"%1\".").arg(from);
        return false;
    }
    if (!isValidName(to, error)) {
        return false;
    }
    if (exists(to)) {
        *error = tr("There is a pipeline named \"%1\" already.").arg(to);
        return false;
    }
    if (!QFile::rename(pathFor(from), pathFor(to))) {
        *error = tr("Cannot rename %1.").arg(pathFor(from));
        return false;
    }
    const QDir dir(folder());
    for (const QString& companion : companionsOf(from)) {
        QFile::rename(dir.filePath(companion),
                      dir.filePath(u'.' + to + companion.mid(from.size() + 1)));
    }
    return true;
}

QString PipelineStore::duplicate(const QString& name, QString* error)
{
    QFile source(pathFor(name));
    if (name.isEmpty() || !source.open(QIODevice::ReadOnly)) {
        *error = tr("There is no pipeline named \"%1\".").arg(name);
        return QString();
    }
    const QString base = (name + QStringLiteral("-copy")).left(64);
    QString copy = base;
    for (int n = 2; exists(copy); ++n) {
        copy = base + QString::number(n);
    }
    return create(copy, source.readAll(), error) ? copy : QString();
}

bool PipelineStore::remove(const QString& name, QString* error)
{
    if (!exists(name)) {
        *error = tr("There is no pipeline named \"%1\".").arg(name);
        return false;
    }
    const QDir dir(folder());
    QStringList files{pathFor(name)};
    for (const QString& companion : companionsOf(name)) {
        files << dir.filePath(companion);
    }
    for (const QString& file : std::as_const(files)) {
        // The trash first: a pipeline removed by mistake can come back. (Not
        // from the tests: they keep the person's trash clean.)
        const bool trashed = !QStandardPaths::isTestModeEnabled() && QFile::moveToTrash(file);
        if (!trashed && !QFile::remove(file) && file == files.first()) {
            *error = tr("Cannot remove %1.").arg(file);
            return false;
        }
    }
    return true;
}

QString PipelineStore::resolve(const QString& pathOrName) const
{
    if (QFileInfo::exists(pathOrName) || !exists(pathOrName)) {
        return pathOrName;
    }
    return pathFor(pathOrName);
}
