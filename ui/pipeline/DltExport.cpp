#include "pipeline/DltExport.h"

#include "common/AppContext.h"
#include "common/FileChooser.h"
#include "oauth/ConnectionStore.h"
#include "source/DltScriptWriter.h"
#include "source/PipelineDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

QString DltExport::save(QWidget* parent, AppContext* context, const PipelineDocument& document)
{
    const std::optional<PipelineFile> file = document.pipeline();
    if (!file) {
        const ConfigProblems problems = document.problems();
        return tr("Fix the pipeline first; dlt would not run it either: %1")
            .arg(problems.isEmpty() ? QString() : problems.first().toString());
    }
    const QFileInfo source(document.filePath());
    const QString path = FileChooser::saveFileName(
        parent, tr("Export as dlt script"),
        QDir::home().filePath(source.completeBaseName() + QStringLiteral(".py")),
        tr("Python scripts (*.py)"));
    if (path.isEmpty()) {
        return QString();
    }
    const QByteArray script =
        DltScriptWriter::writeFor(*file, context->connections(), source.fileName()).toUtf8();
    QSaveFile out(path);
    // QSaveFile::commit() misses a write error met while flushing.
    if (!out.open(QIODevice::WriteOnly) || out.write(script) != script.size() || !out.flush()
        || !out.commit()) {
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    }
    return tr("The dlt script is in %1.").arg(path);
}
