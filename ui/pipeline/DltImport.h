// File → Import dlt Config…: a dlt REST API config (JSON) becomes a pipeline
// of the home, the same way grantline-cli import --dlt does it: secrets
// written in the config go to the keychain first, the file names them as
// "{secrets.NAME}", and the pipeline is named after the config's file.
#pragma once

#include <QHash>
#include <QJsonObject>

#include <QObject>
#include <QStringList>

class AppContext;

class DltImport : public QObject
{
    Q_OBJECT

public:
    explicit DltImport(AppContext* context, QObject* parent = nullptr);

    // finished() follows once, maybe before start() returns: connect first.
    // name: the pipeline's (empty: nameFor() the file); databasePath: its
    // SQLite file (empty: data/<name>.sqlite in the home, as New Pipeline…).
    // Where the imported pipeline loads, instead of the config's own (a
    // server chosen in the dialog), with the password to store for it.
    void setDestination(const QJsonObject& destination, const QString& datasetName,
                        const QHash<QString, QString>& secrets);
    void start(const QString& configPath, const QString& name = QString(),
               const QString& databasePath = QString());

    // A free pipeline name from a file's name: only the characters a name
    // may hold, "-2", "-3"… when taken.
    static QString nameFor(const QString& configPath, const QString& home);

Q_SIGNALS:
    // error empty: the pipeline was made; notes say what was changed.
    void finished(const QString& pipeline, const QString& error, const QStringList& notes);

private:
    void fail(const QString& error);

    AppContext* m_context;
    QString m_name;
    QJsonObject m_destination;
    QString m_datasetName;
    QHash<QString, QString> m_destinationSecrets;
    QStringList m_notes;
};
