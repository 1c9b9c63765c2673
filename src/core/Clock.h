// Where Grantline reads "now" for anything that expires: token expiry and
// status, the refresh lead, JWT exp/nbf checks, the token history. Tests
// install a clock they move forward instead of sleeping until a token dies
// (KeePassXC's Clock). Timers and elapsed-time measurements keep real time.
#pragma once

#include <QDateTime>
#include <QtGlobal>

class Clock
{
    Q_DISABLE_COPY(Clock)

public:
    virtual ~Clock();

    // The current time in UTC; safe to call from any thread.
    static QDateTime now();
    static qint64 secsSinceEpoch();

protected:
    Clock();

    virtual QDateTime currentDateTimeUtc() const;

    // Makes this clock the one now() reads, until another is set; nullptr
    // goes back to the system clock. The caller keeps ownership and must
    // set nullptr before deleting the clock it set.
    static void setInstance(const Clock* clock);
};
