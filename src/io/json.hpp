// Just enough JSON for JSONL corpora: split one object into members whose
// values stay raw text (so unknown fields pass through untouched), decode a
// string value, and write escaped strings (UTF-8 kept as is, not \u-escaped).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsclean {

struct JsonMember {
  std::string key;
  std::string_view raw_value;  // view into the parsed text
};

// Parses text as one JSON object. Returns an empty string on success, else
// what is wrong ("expected '}' at byte 17").
std::string parse_json_object(std::string_view text, std::vector<JsonMember>& members);

// Decodes a raw JSON string value (with its quotes) into UTF-8. False when
// raw is not a string.
bool decode_json_string(std::string_view raw, std::string& out);

// Appends "text" as a JSON string. Invalid UTF-8 must be fixed beforehand.
void append_json_string(std::string& out, std::string_view text);

}  // namespace newsclean
