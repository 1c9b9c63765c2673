// A pipeline file as a person wrote it, open for editing: values read and
// changed at a path ("source.resources[2].endpoint.paginator"), resources
// listed as written and as they run (defaults merged), checked with every
// problem's path, and saved back with every byte outside the edits kept
// (key order, spacing, resource_defaults, keys Grantline does not know).
#pragma once

#include "source/JsonSourceTree.h"
#include "source/PipelineFile.h"

#include <QFileSystemWatcher>
#include <QObject>

#include <optional>

class PipelineDocument : public QObject
{
    Q_OBJECT

public:
    enum class SaveMode {
        // Refuse when another program changed the file since it was read.
        KeepOtherChanges,
        Overwrite,
    };

    explicit PipelineDocument(QObject* parent = nullptr);

    // Reads the file and watches it. False (and error) only when it cannot be
    // read: a file that is not valid JSON opens, with that as its problem.
    bool load(const QString& path, QString* error);
    // Text from elsewhere (a preset, an import), not modified; saveAs() gives
    // it a file.
    void fromBytes(const QByteArray& bytes);
    // Whole new text, as an edit (a text editor's content).
    void setBytes(const QByteArray& bytes);

    QString filePath() const;
    QByteArray bytes() const;
    // The text differs from what the file held when read or last saved.
    bool isModified() const;
    // Valid JSON; edits by path need it.
    bool isWellFormed() const;

    // Undefined when nothing is written at path.
    QJsonValue value(const QString& path) const;
    bool contains(const QString& path) const;
    // Replaces the value, or adds it (and the objects on the way to it) after
    // the last member. The same value again changes nothing, not even "1.0".
    bool setValue(const QString& path, const QJsonValue& value, QString* error = nullptr);
    // An element into the list at listPath, at position (its size: append).
    bool insertValue(const QString& listPath, qsizetype position, const QJsonValue& value,
                     QString* error = nullptr);
    bool remove(const QString& path, QString* error = nullptr);
    // The longest start of path written in the file: where a problem about a
    // key that is missing (or only in the defaults) is shown.
    QString writtenPath(const QString& path) const;
    // The bytes of the value at path in bytes(); {-1, -1} when absent.
    QPair<qsizetype, qsizetype> span(const QString& path) const;

    // "source.resources", as written: a name or an object each.
    qsizetype resourceCount() const;
    static QString resourcePath(qsizetype index);
    QString resourceName(qsizetype index) const;
    qsizetype indexOfResource(const QString& name) const;
    QJsonValue resourceJson(qsizetype index) const;
    // The resource as a run sees it: resource_defaults merged in. Read on its
    // own, so one resource's mistake does not hide the others.
    std::optional<ResourceConfig> effectiveResource(qsizetype index,
                                                    ConfigProblems* problems = nullptr) const;
    bool addResource(const QJsonValue& resource, QString* error = nullptr);
    bool removeResource(qsizetype index, QString* error = nullptr);
    // The name only: "{resources.OLD.…}" in other resources is left to the caller.
    bool renameResource(qsizetype index, const QString& name, QString* error = nullptr);

    // The text read as a pipeline (PipelineFile::parse); nullopt when it has problems.
    std::optional<PipelineFile> pipeline() const;
    // Every problem, with its path in this document ("" for the whole file).
    ConfigProblems problems() const;

    bool save(QString* error, SaveMode mode = SaveMode::KeepOtherChanges);
    bool saveAs(const QString& path, QString* error);
    // The file now differs from what was read or saved (or is gone).
    bool hasChangedOnDisk() const;
    // Reads the file again; the edits not saved are dropped.
    bool reload(QString* error);

signals:
    // The text changed (an edit, a reload).
    void contentChanged();
    // Another program wrote, replaced or removed the file; never for save().
    // The file is watched once something connects to it.
    void changedOnDisk();

protected:
    void connectNotify(const QMetaMethod& signal) override;

private:
    bool apply(const QByteArray& text, QString* error);
    void setText(const QByteArray& text);
    bool edit(const QByteArray& text, QString* error);
    bool write(const QString& path, QString* error);
    void watch();
    void onDiskEvent();
    bool needsTree(QString* error) const;
    QString fileName() const;

    QString m_path;
    QByteArray m_text;
    JsonSourceTree m_tree;
    std::optional<JsonSourceTree::SyntaxError> m_syntaxError;
    // What the file held when read or last saved, and when last looked at.
    QByteArray m_savedText;
    std::optional<QByteArray> m_onDisk;
    std::optional<QByteArray> m_seenOnDisk;
    QFileSystemWatcher m_watcher;
    // A reader that only reads (the CLI, a listing) spends no watch.
    bool m_watching = false;
};
