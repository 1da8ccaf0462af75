// libFuzzer target: the JSON object reader and string decoder on arbitrary
// bytes; a decoded string re-encoded must parse back to itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<newsclean::JsonMember> members;
  if (!newsclean::parse_json_object(text, members).empty()) return 0;
  for (const newsclean::JsonMember& member : members) {
    std::string decoded;
    if (!newsclean::decode_json_string(member.raw_value, decoded)) continue;
    std::string encoded;
    newsclean::append_json_string(encoded, decoded);
    std::string again;
    if (!newsclean::decode_json_string(encoded, again) || again != decoded) std::abort();
  }
  return 0;
}
