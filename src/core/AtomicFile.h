// A file written whole or not at all (QSaveFile), with the one check
// QSaveFile::commit() leaves out: a write error met while flushing its
// buffer (a full disk, a file size limit). Every file Grantline writes goes
// through it, so none of them can be left half written.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Empty when the file now holds bytes; else why not, in the system's
    // words (for the caller's own sentence).
    static QString write(const QString& path, const QByteArray& bytes);
};
