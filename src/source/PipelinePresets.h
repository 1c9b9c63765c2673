// The pipelines Grantline ships (resources/presets, compiled into the
// engine): the APS Data Management chain and the same chain over the
// built-in sandbox. A preset signs in through a connection; made out for one,
// every "connection" names it and its issuer is filled in, so the file runs
// as it is, from the window and from grantline-cli alike.
#pragma once

#include "oauth/Connection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class PipelinePresets
{
    Q_DECLARE_TR_FUNCTIONS(PipelinePresets)

public:
    // "aps-data-management", "sandbox".
    static QStringList names();
    // The kind of connection the preset signs in with ("aps", "sandbox"), as
    // its file names it; empty for a name that is not a preset.
    static QString providerOf(const QString& name);
    // The preset made out for the connection; nullopt with a sentence when
    // there is no such preset or the connection cannot serve it.
    static std::optional<QJsonObject> forConnection(const QString& name,
                                                    const Connection& connection, QString* error);

private:
    static std::optional<QJsonObject> read(const QString& name);
};
