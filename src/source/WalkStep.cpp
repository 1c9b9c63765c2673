#include "source/WalkStep.h"

namespace {

constexpr size_t kLoopWindow = 1000;

} // namespace

bool WalkStep::rememberRequest()
{
    const QByteArray identity = request.identity();
    if (m_seen.contains(identity)) {
        return false;
    }
    m_seen.insert(identity);
    m_seenOrder.append(identity);
    if (size_t(m_seenOrder.size()) > kLoopWindow) {
        m_seen.remove(m_seenOrder.takeFirst());
    }
    return true;
}
