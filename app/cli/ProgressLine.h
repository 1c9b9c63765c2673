// The live line a load prints on a terminal: records per second, by
// resource. Nothing at all when stderr is not a terminal (a log, a pipe), so
// scripts get clean output.
#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QString>

#include <cstdio>

class ProgressLine
{
public:
    explicit ProgressLine(FILE* stream = stderr);
    ~ProgressLine();

    bool isShown() const
    {
        return m_enabled;
    }
    // At most a few times a second, whatever the call rate.
    void update(const QString& resource, qint64 records);
    // Clears the line before other output.
    void finish();

private:
    void draw();

    FILE* m_stream;
    bool m_enabled;
    QElapsedTimer m_started;
    qint64 m_lastDraw = -1000;
    QMap<QString, qint64> m_records;
    bool m_drawn = false;
};
