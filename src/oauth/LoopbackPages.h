// The pages the loopback receiver shows in the user's browser.
#pragma once

#include <QString>

namespace LoopbackPages {
QString result(bool success, const QString& title, const QString& message);
QString wrongRequest(const QString& reason);
} // namespace LoopbackPages
