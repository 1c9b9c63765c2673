// One thing wrong with a pipeline file: where (a path such as
// "source.resources[2].endpoint.paginator") and what, in a sentence.
#pragma once

#include <QList>
#include <QString>

struct ConfigProblem
{
    QString path;
    QString message;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

using ConfigProblems = QList<ConfigProblem>;
