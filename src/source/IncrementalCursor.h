// dlt's incremental loading for one resource during a run: where to start
// (the stored last value, moved back by the lag, or the initial value),
// which records are new (a client-side filter on the cursor field, with
// records on the start boundary told apart by a hash so none is loaded
// twice), when an ordered API has nothing newer to give, and the state to
// keep for the next run. Strings compare as strings, numbers as numbers,
// as in dlt.
#pragma once

#include "core/JsonPath.h"
#include "source/IncrementalConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <simdjson.h>
#include <vector>

class IncrementalCursor
{
    Q_DECLARE_TR_FUNCTIONS(IncrementalCursor)

public:
    enum class Verdict {
        Keep,
        Skip,
        // Skip this one, and with row_order nothing after it will be new.
        Stop,
        // on_cursor_value_missing is "raise": the run must fail.
        Fail,
    };

    // storedState: what state() returned after the last successful run
    // (ignored when the cursor path changed, or the config has an end value).
    IncrementalCursor(const IncrementalConfig& config, const QStringList& primaryKey,
                      const QJsonObject& storedState);

    QJsonValue startValue() const;
    QJsonValue lastValue() const;
    // "incremental.start_value", "…initial_value", "…last_value", "…end_value".
    QHash<QString, QJsonValue> placeholders() const;
    // A note on what was ignored in the stored state; empty when nothing.
    QString stateNote() const;

    Verdict judge(simdjson::dom::element record, QString* error);
    // Keeps the new records of a page. With row_order and stopAtOrder, a
    // record past the range ends the page and sets nothingNewer. False with
    // the reason when a record must fail the run.
    bool filter(std::vector<simdjson::dom::element>* records, bool stopAtOrder, bool* nothingNewer,
                QString* error);
    // A note when very many records share the newest cursor value (their
    // hashes all go into the state, as in dlt); empty otherwise.
    QString boundaryNote() const;
    // For the next run; empty for a stateless (end_value) cursor.
    QJsonObject state() const;

    // -1, 0, 1; nullopt when the two cannot be compared (a string and a number).
    static std::optional<int> compare(const QJsonValue& a, const QJsonValue& b);
    // value moved back (for "max") by lag: seconds for times, days for dates.
    static QJsonValue withLag(const QJsonValue& value, double lag, bool backwards);

private:
    QByteArray hashOf(simdjson::dom::element record) const;
    bool isBeyondEnd(const QJsonValue& value) const;
    bool isBeforeStart(const QJsonValue& value) const;

    IncrementalConfig m_config;
    QStringList m_primaryKey;
    std::optional<JsonPath> m_cursor;
    QJsonValue m_start;
    QJsonValue m_last;
    // Records already loaded whose cursor equals the stored last value.
    QSet<QByteArray> m_seenAtStart;
    // Records of this run whose cursor equals the newest value so far.
    QSet<QByteArray> m_atLast;
    QString m_note;

public:
    // dlt warns past this many records on one cursor value.
    static constexpr int kManyAtBoundary = 200;
};
