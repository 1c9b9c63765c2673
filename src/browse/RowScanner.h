// Counts a grid's rows on its own thread and connection, noting the rowid of
// every chunk's first row (RowAnchors) as it goes, so the count grows on
// screen while it runs and a jump anywhere is one keyed read once it ends.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/RowQuery.h"

#include <QObject>

#include <atomic>

class RowAnchors;

class RowScanner : public QObject
{
    Q_OBJECT

public:
    explicit RowScanner(RowAnchors* anchors, QObject* parent = nullptr);

    // From any thread: ends the statement running now (a newer query waits).
    void interrupt();

public Q_SLOTS:
    void open(const QString& path);
    void scan(quint64 generation, const RowQuery& query);

Q_SIGNALS:
    void counted(quint64 generation, qint64 rows, bool finished);
    void failed(quint64 generation, const QString& error);

private:
    bool scanDense(quint64 generation, const RowQuery& query);
    void scanKeys(quint64 generation, const RowQuery& query, bool retried = false);

    RowAnchors* m_anchors;
    BrowseConnection m_connection;
    std::atomic<bool> m_open{false};
};
