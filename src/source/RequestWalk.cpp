#include "source/RequestWalk.h"

#include <algorithm>

using Stage = WalkStep::Stage;

RequestWalk::Driver::~Driver() = default;

RequestWalk::RequestWalk(Driver& driver, int concurrentRequests)
    : m_driver(driver)
    , m_concurrentRequests(std::max(1, concurrentRequests))
{ }

void RequestWalk::append(std::unique_ptr<WalkStep> step)
{
    m_steps.push_back(std::move(step));
}

int RequestWalk::inFlight() const
{
    return m_inFlight;
}

bool RequestWalk::isWaitingForSink() const
{
    return m_waitingForSink;
}

void RequestWalk::clearWaitingForSink()
{
    m_waitingForSink = false;
}

void RequestWalk::answered(WalkStep& step)
{
    --m_inFlight;
    m_unread += step.stage == Stage::Answered;
}

void RequestWalk::stop()
{
    m_inFlight = 0;
    m_waitingForSink = false;
}

void RequestWalk::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        // Read what came, send what may go, then feed the sink: the server
        // prepares the next pages while the sink works.
        if (!readAnswers()) {
            break;
        }
        sendRequests();
        if (!deliverPages()) {
            break;
        }
    } while (m_pumpAgain && !m_driver.hasEnded());
    m_pumping = false;
}

bool RequestWalk::readAnswers()
{
    // "At its turn": only pages to deliver come before it, so a walk one
    // request at a time would be at this step now.
    bool atTurn = true;
    for (auto it = m_steps.begin(); it != m_steps.end() && !m_driver.hasEnded();) {
        WalkStep& step = **it;
        if (step.stage == Stage::Parsed) {
            ++it;
            continue;
        }
        if (step.stage == Stage::Done) {
            it = atTurn ? m_steps.erase(it) : std::next(it);
            continue;
        }
        if (step.stage == Stage::New && atTurn) {
            if (!m_driver.startSeries(step)) {
                return false;
            }
            continue;
        }
        if (!atTurn && m_unread == 0) {
            // Nothing left to read early; the rest waits its turn.
            break;
        }
        if (step.stage == Stage::Answered && (atTurn || m_driver.readsEarly(*step.resource))) {
            --m_unread;
            Steps before;
            if (!m_driver.readAnswer(step, &before)) {
                return false;
            }
            // On from the page just read: its children come next.
            const auto first = before.empty() ? it : before.begin();
            m_steps.splice(it, before);
            it = first;
            continue;
        }
        atTurn = false;
        ++it;
    }
    return !m_driver.hasEnded();
}

bool RequestWalk::deliverPages()
{
    while (!m_steps.empty() && !m_driver.hasEnded()) {
        WalkStep& front = *m_steps.front();
        if (front.stage == Stage::Done) {
            m_steps.pop_front();
            continue;
        }
        if (front.stage != Stage::Parsed) {
            return true;
        }
        // Flow control: a sink that holds as many pages as it takes (a
        // worker thread behind a slow disk) holds the pages back, and with
        // them the requests (few pages are kept ahead), so memory stays
        // bounded and the caller's thread free meanwhile.
        if (!m_driver.sinkWantsMore()) {
            m_waitingForSink = true;
            return true;
        }
        if (!m_driver.deliver(front)) {
            return false;
        }
        m_steps.pop_front();
        // The next step may be at its turn now.
        m_pumpAgain = true;
    }
    if (m_steps.empty() && !m_driver.hasEnded()) {
        m_driver.walked();
    }
    return false;
}

QPair<int, qint64> RequestWalk::stepsAhead() const
{
    int steps = 0;
    qint64 bytes = 0;
    for (const auto& step : m_steps) {
        if (step->stage == Stage::InFlight || step->stage == Stage::Answered
            || step->stage == Stage::Parsed) {
            ++steps;
            bytes += step->bytes;
        }
    }
    return {steps, bytes};
}

void RequestWalk::sendRequests()
{
    const int ahead = m_concurrentRequests * kAnswersAheadPerRequest;
    auto [busy, bytes] = stepsAhead();
    bool atTurn = true;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        WalkStep& step = **it;
        if (step.stage == Stage::Parsed) {
            continue;
        }
        // The front step always goes: pages kept ahead must not hold back
        // the one the sink waits for. Behind pages still to deliver it
        // waits like the others, so a sink that takes no more holds the
        // requests back.
        const bool front = it == m_steps.begin();
        const bool turn = std::exchange(atTurn, false);
        if (m_driver.hasEnded() || m_inFlight >= m_concurrentRequests) {
            return;
        }
        if (!front && (busy >= ahead || bytes >= kBytesAhead)) {
            return;
        }
        if (step.stage == Stage::New) {
            if (!turn && !m_driver.readsEarly(*step.resource)) {
                continue;
            }
            if (!m_driver.startSeries(step)) {
                return;
            }
        }
        if (step.stage != Stage::Ready) {
            continue;
        }
        if (!m_driver.mayRequest(step)) {
            // A series that ended here may let the walk move on.
            m_pumpAgain = m_pumpAgain || step.stage == Stage::Done;
            continue;
        }
        ++busy;
        ++m_inFlight;
        step.stage = Stage::InFlight;
        m_driver.request(step);
    }
}
