// Writes one cell of the endpoint table into one resource of a pipeline
// document, and only there: a value that came from resource_defaults is
// written into the resource, never merged down. The short forms dlt allows
// (a resource that is only its name, an endpoint that is only its path) are
// widened to objects when a cell needs it. An empty cell removes the key, so
// the default (or dlt's) applies again.
#pragma once

#include <QJsonValue>
#include <QString>

class PipelineDocument;

class EndpointCellWriter
{
public:
    EndpointCellWriter(PipelineDocument* document, qsizetype index);

    // column: an EndpointTableModel::Column that edits in place.
    bool write(int column, const QString& text, QString* error);

private:
    bool writeName(const QString& name, QString* error);
    bool writePath(const QString& path, QString* error);
    bool writeChoice(const QString& subPath, const QString& objectKey, const QString& text,
                     QString* error);
    bool writePrimaryKey(const QString& text, QString* error);
    bool writeCursor(const QString& text, QString* error);
    // Undefined removes what is written there (nothing to do when nothing is).
    bool setOrRemove(const QString& subPath, const QJsonValue& value, QString* error);
    // A string at subPath becomes {scalarKey: string}.
    bool widen(const QString& subPath, const QString& scalarKey, QString* error);
    // "{resources.OLD." in the other resources' paths and params follows a rename.
    bool renameReferences(const QString& oldName, const QString& newName, QString* error);
    bool renameIn(const QString& path, const QString& oldName, const QString& newName,
                  QString* error);

    QString at(const QString& subPath) const;

    PipelineDocument* m_document;
    qsizetype m_index;
};
