// The order and the concurrency of an extraction. Its steps are listed in
// the order a walk one request at a time would take them: a parent's page,
// then its children, before its next page. Requests go out together, up to
// the per-host limit, with a few answers kept ahead of their turn; answers
// are read as they come when the driver says that is safe (readsEarly), so
// children are found early, and the pages read reach the sink strictly in
// the list's order. The sink therefore sees the same records in the same
// order whatever order the answers arrive in.
#pragma once

#include "source/WalkStep.h"

#include <QPair>

#include <list>
#include <memory>

struct ResourceConfig;

class RequestWalk
{
public:
    using Steps = std::list<std::unique_ptr<WalkStep>>;

    // What the walk asks of its extraction.
    class Driver
    {
    public:
        virtual ~Driver();
        // Builds a series' first request (Ready, or Done when it is not
        // needed); false when the run failed.
        virtual bool startSeries(WalkStep& step) = 0;
        // Reads an Answered step: it becomes Ready (its next request) or
        // Done; the page read and the children it made go into before.
        // False when the run failed.
        virtual bool readAnswer(WalkStep& step, Steps* before) = 0;
        // May this resource's steps be asked and read before their turn?
        virtual bool readsEarly(const ResourceConfig& resource) const = 0;
        // May the Ready step's request go now? False holds it back, or
        // ends it (Done: a paginator loop).
        virtual bool mayRequest(WalkStep& step) = 0;
        // Sends the request; answered() says when it is in.
        virtual void request(WalkStep& step) = 0;
        virtual bool sinkWantsMore() = 0;
        // Gives the sink a Parsed step; false when the run ended.
        virtual bool deliver(WalkStep& page) = 0;
        virtual bool hasEnded() const = 0;
        // Every step is done and every page delivered.
        virtual void walked() = 0;
    };

    // Answers kept ahead of their turn, per request in flight: enough that
    // one slow answer does not hold the others up, few enough that memory
    // stays a few pages.
    static constexpr int kAnswersAheadPerRequest = 4;
    // And at most this many bytes of answers ahead (a parsed page takes
    // about three times its bytes): big pages are not kept by the dozen.
    static constexpr qint64 kBytesAhead = 4 << 20;

    RequestWalk(Driver& driver, int concurrentRequests);

    void append(std::unique_ptr<WalkStep> step);
    // Reads what may be read, sends what may go, delivers the pages whose
    // turn came; a call from within (a job that ends at once) makes the
    // running one go round again.
    void pump();
    // The step's request is over: its answer is in (the driver made the
    // step Answered first), or it ended.
    void answered(WalkStep& step);
    // The run ended: nothing is in flight any more.
    void stop();
    int inFlight() const;
    bool isWaitingForSink() const;
    void clearWaitingForSink();

private:
    bool readAnswers();
    bool deliverPages();
    void sendRequests();
    // Steps in flight or held ahead, and the bytes of the answers held.
    QPair<int, qint64> stepsAhead() const;

    Driver& m_driver;
    int m_concurrentRequests;
    Steps m_steps;
    int m_inFlight = 0;
    // Answered steps not read yet.
    int m_unread = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_waitingForSink = false;
};
