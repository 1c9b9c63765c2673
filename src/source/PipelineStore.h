// The pipeline files in the Grantline home: <home>/pipelines/<name>.json,
// beside <home>/connections (the home is $GRANTLINE_HOME, --home, or the app
// data folder). A name is a file name of its own, never a path.
#pragma once

#include "source/ConfigProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class PipelineStore
{
    Q_DECLARE_TR_FUNCTIONS(PipelineStore)

public:
    struct Entry
    {
        // The file's name without ".json".
        QString name;
        QString path;
        // As written in the file; empty when it cannot be read.
        QString pipelineName;
        // Empty when the file reads cleanly.
        ConfigProblems problems;

        bool readsCleanly() const
        {
            return problems.isEmpty();
        }
    };

    explicit PipelineStore(const QString& home);

    QString folder() const;
    // Letters, digits, ".", "_" and "-", starting with a letter or a digit,
    // at most 64, and not a name Windows keeps for devices (con, nul, com1…),
    // so a home copied there still works. why: the rule, in a sentence.
    static bool isValidName(const QString& name, QString* why = nullptr);
    // Empty for a name that is not valid.
    QString pathFor(const QString& name) const;
    bool exists(const QString& name) const;
    // Every pipeline, by name (case aside); files whose name is not a valid
    // name are left out, as they could not be named on a command line.
    QList<Entry> list() const;
    // A new file with these bytes (a preset, an import); never overwrites.
    bool create(const QString& name, const QByteArray& bytes, QString* error);
    // Renames a pipeline and its companions (".<name>.*" beside it: what the
    // window remembers of it); never over another pipeline.
    bool rename(const QString& from, const QString& to, QString* error);
    // A copy under a free name ("<name>-copy", "<name>-copy2"…), returned.
    QString duplicate(const QString& name, QString* error);
    // Moves the pipeline and its companions to the desktop's trash where
    // there is one (else deletes them). The SQLite file it loaded stays.
    bool remove(const QString& name, QString* error);
    // A path that exists wins; else a pipeline of that name in the home; else
    // the argument as it is (to be reported as a file that cannot be read).
    QString resolve(const QString& pathOrName) const;

private:
    QStringList companionsOf(const QString& name) const;

    QString m_home;
};
