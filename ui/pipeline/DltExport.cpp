#include "pipeline/DltExport.h"

#include "common/AppContext.h"
#include "common/FileChooser.h"
#include "core/AtomicFile.h"
#include "oauth/ConnectionStore.h"
#include "source/DltScriptWriter.h"
#include "source/PipelineDocument.h"

#include <QDir>
#include <QFileInfo>

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
    if (const QString why = AtomicFile::write(path, script); !why.isEmpty()) {
        return tr("Cannot write %1: %2").arg(path, why);
    }
    return tr("The dlt script is in %1.").arg(path);
}
