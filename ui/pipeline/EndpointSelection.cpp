#include "pipeline/EndpointSelection.h"

#include "core/AtomicFile.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kUnticked = QStringLiteral("unticked");

} // namespace

QString EndpointSelection::pathFor(const QString& pipelinePath)
{
    if (pipelinePath.isEmpty()) {
        return QString();
    }
    const QFileInfo info(pipelinePath);
    // A leading dot keeps it out of PipelineStore's listing (not a valid name).
    return info.dir().filePath(QStringLiteral(".%1.selection.json").arg(info.completeBaseName()));
}

bool EndpointSelection::isSaved(const QString& pipelinePath)
{
    return !pipelinePath.isEmpty() && QFile::exists(pathFor(pipelinePath));
}

QSet<QString> EndpointSelection::load(const QString& pipelinePath)
{
    QFile file(pathFor(pipelinePath));
    if (pipelinePath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSet<QString> unticked;
    const QJsonArray names =
        QJsonDocument::fromJson(file.readAll()).object().value(kUnticked).toArray();
    for (const QJsonValue& name : names) {
        unticked.insert(name.toString());
    }
    return unticked;
}

bool EndpointSelection::save(const QString& pipelinePath, const QSet<QString>& unticked,
                             QString* error)
{
    QStringList names(unticked.cbegin(), unticked.cend());
    // Sorted, so the same choice always gives the same bytes.
    names.sort();
    const QJsonObject json{{kUnticked, QJsonArray::fromStringList(names)}};
    const QString why = pipelinePath.isEmpty()
        ? tr("the pipeline has no file yet")
        : AtomicFile::write(pathFor(pipelinePath), QJsonDocument(json).toJson());
    if (!why.isEmpty()) {
        if (error) {
            *error = tr("Cannot remember the ticked endpoints in %1: %2")
                         .arg(pathFor(pipelinePath), why);
        }
        return false;
    }
    return true;
}
