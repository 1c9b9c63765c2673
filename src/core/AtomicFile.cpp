#include "core/AtomicFile.h"

#include <QSaveFile>

QString AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()
        || !file.commit()) {
        // Never empty: an empty answer means written.
        return file.errorString().isEmpty() ? tr("the file could not be written")
                                            : file.errorString();
    }
    return QString();
}
