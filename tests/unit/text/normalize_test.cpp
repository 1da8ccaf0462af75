#include <catch2/catch.hpp>

#include "text/normalize.hpp"

using namespace newsclean;

namespace {
std::vector<std::string> texts(const NormalizeResult& result) {
  std::vector<std::string> out;
  for (const auto& line : result.lines) out.push_back(line.text);
  return out;
}
}  // namespace

TEST_CASE("normalise: line ends, BOM, trailing spaces, blank runs", "[normalize]") {
  const NormalizeResult r = normalize_text(
      "\xEF\xBB\xBF"
      "a  \r\nb\rc\n\n\n\nd\n\n");
  CHECK(texts(r) == std::vector<std::string>{"a", "b", "c", "", "d"});
  CHECK(r.lines[4].number == 7);  // line numbers stay those of the raw text
}

TEST_CASE("normalise: NBSP becomes a space, zero-width spaces go, ZWJ stays", "[normalize]") {
  const NormalizeResult r = normalize_text(
      "a\xC2\xA0"
      "b\xE2\x80\x8B"
      "c\xE2\x80\x8D"
      "d");
  CHECK(texts(r) == std::vector<std::string>{"a bc\xE2\x80\x8D"
                                             "d"});
}

TEST_CASE("normalise: NFC composes, full-width stays full-width", "[normalize]") {
  // e + combining acute -> é; Ａ (U+FF21) is not folded to A.
  const NormalizeResult r = normalize_text("e\xCC\x81 \xEF\xBC\xA1");
  CHECK(texts(r) == std::vector<std::string>{"\xC3\xA9 \xEF\xBC\xA1"});
  // Hangul jamo sequences compose into syllables.
  CHECK(normalize_fragment("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB") == "\xED\x95\x9C");
}

TEST_CASE("normalise: invalid UTF-8 is replaced and counted", "[normalize]") {
  const NormalizeResult r = normalize_text("ok\xFF\xFEgo");
  CHECK(texts(r) == std::vector<std::string>{"ok\xEF\xBF\xBD\xEF\xBF\xBDgo"});
  CHECK(r.invalid_bytes == 2);
  CHECK(r.first_invalid_offset == 2);
}

TEST_CASE("normalise: whitespace-only lines (U+3000) are blank", "[normalize]") {
  const NormalizeResult r = normalize_text("a\n\xE3\x80\x80\xE3\x80\x80\nb");
  CHECK(texts(r) == std::vector<std::string>{"a", "", "b"});
}
