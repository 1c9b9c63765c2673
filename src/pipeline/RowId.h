// dlt's row ids: a child row's _dlt_id is base64 (no padding) of a 10-byte
// shake_128 digest of "<parent _dlt_id>_<child table>_<list index>", so a
// reload of the same data gives the same ids (section 6.5 of the dlt notes).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace RowId {

constexpr int kBytes = 10;
// base64 of 10 bytes without its "==".
constexpr int kLength = 14;
using Text = std::array<char, kLength>;

// Safe from any thread (each has its own digest context).
Text child(std::string_view parentId, std::string_view table, int64_t index);
Text fromBytes(const unsigned char bytes[kBytes]);
// A root row's id: 10 random bytes (a per-thread generator seeded from the
// system's), as dlt makes them.
Text random();

} // namespace RowId
