#include <catch2/catch.hpp>

#include "io/json.hpp"

using namespace newsclean;

TEST_CASE("json: members keep their raw values", "[io]") {
  std::vector<JsonMember> members;
  REQUIRE(parse_json_object(R"( {"id": 7, "text": "a\nb", "meta": {"x": [1, 2.5e3, null]}} )", members).empty());
  REQUIRE(members.size() == 3);
  CHECK(members[0].key == "id");
  CHECK(members[0].raw_value == "7");
  CHECK(members[2].raw_value == R"({"x": [1, 2.5e3, null]})");
  std::string text;
  REQUIRE(decode_json_string(members[1].raw_value, text));
  CHECK(text == "a\nb");
}

TEST_CASE("json: escapes, surrogate pairs and lone surrogates", "[io]") {
  std::string out;
  REQUIRE(decode_json_string(R"("\u00e9\ud83d\ude00\ud800x\"\\\/")", out));
  CHECK(out == "\xC3\xA9\xF0\x9F\x98\x80\xEF\xBF\xBDx\"\\/");
}

TEST_CASE("json: what is not one object is refused with a position", "[io]") {
  std::vector<JsonMember> members;
  CHECK(parse_json_object("[1,2]", members) == "not a JSON object at byte 1");
  CHECK_FALSE(parse_json_object(R"({"a": 1,})", members).empty());
  CHECK_FALSE(parse_json_object(R"({"a": "x" "b"})", members).empty());
  CHECK_FALSE(parse_json_object(R"({"a": 1} extra)", members).empty());
  CHECK_FALSE(parse_json_object(std::string(1000, '['), members).empty());
  CHECK_FALSE(parse_json_object("{\"a\": \"tab\there\"}", members).empty());
}

TEST_CASE("json: output keeps UTF-8 and escapes controls", "[io]") {
  std::string out;
  append_json_string(out, "한\"\n\x01");
  CHECK(out == "\"한\\\"\\n\\u0001\"");
}

// Calls check(byte, at, text) for every byte value at every position of a
// stretch of 20 letters: the JSON code passes over plain stretches eight
// bytes at a time, so a byte that matters must be seen wherever it sits.
template <typename Check>
void each_byte_at_each_position(Check check) {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string text(20, 'a');
      text[at] = static_cast<char>(byte);
      check(byte, at, text);
    }
  }
}

TEST_CASE("json: every byte value is escaped at every position of a word", "[io]") {
  each_byte_at_each_position([](int byte, std::size_t at, const std::string& text) {
    std::string expected = "\"";
    for (const char c : text) {
      std::string one;
      append_json_string(one, std::string_view(&c, 1));
      expected += one.substr(1, one.size() - 2);
    }
    expected += '"';
    std::string out;
    append_json_string(out, text);
    if (out != expected) FAIL_CHECK("byte " << byte << " at " << at << ": " << out);
  });
  std::string out;
  append_json_string(out, "0123456789abcdef\"0123456789\\");
  CHECK(out == "\"0123456789abcdef\\\"0123456789\\\\\"");
}

TEST_CASE("json: every byte value reads back from every position of a word", "[io]") {
  // The reader skips plain stretches and copies the text between escapes in
  // one go: the text must read back whole.
  each_byte_at_each_position([](int byte, std::size_t at, const std::string& text) {
    std::string line = "{\"text\": ";
    append_json_string(line, text);
    line += '}';
    std::vector<JsonMember> members;
    std::string back;
    const bool read = parse_json_object(line, members).empty() && members.size() == 1 &&
                      decode_json_string(members[0].raw_value, back) && back == text;
    if (!read) FAIL_CHECK("byte " << byte << " at " << at);
    // The same byte unescaped: a quote ends the string early, a control
    // character is refused.
    if (byte < 0x20 || byte == '"') {
      line = "{\"text\": \"" + text + "\"}";
      if (parse_json_object(line, members).empty()) FAIL_CHECK("raw byte " << byte << " at " << at << " accepted");
    }
  });
}
