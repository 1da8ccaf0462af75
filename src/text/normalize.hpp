// Stage 1, normalise: raw article bytes in, clean UTF-8 lines out.
// Valid UTF-8 (bad bytes become U+FFFD and are counted), NFC, LF line ends,
// no BOM, NBSP as a plain space, no zero-width spaces, no trailing spaces,
// at most one blank line in a row. Nothing else changes: no width folding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsclean {

struct NormalizedLine {
  std::string text;
  std::size_t number;     // 1-based line number in the raw article
  std::string wrapped{};  // a paragraph text/unwrap joined: its lines as the input broke them
};

struct NormalizeResult {
  std::vector<NormalizedLine> lines;
  std::size_t invalid_bytes = 0;         // malformed UTF-8 sequences replaced
  std::size_t first_invalid_offset = 0;  // byte offset of the first one
  std::size_t first_invalid_line = 0;    // ... as a 1-based line and byte column of the raw text
  std::size_t first_invalid_column = 0;
};

// normalize_text("a\r\nb\u00a0c  \n\n\n") gives lines "a", "b c" (and no
// trailing blank line).
NormalizeResult normalize_text(std::string_view raw);

// NFC, fixed spaces and valid UTF-8 for a single string (no line handling).
std::string normalize_fragment(std::string_view raw);

// True for code points that are NFC whatever surrounds them (ICU's NFC quick
// check says yes and none combines with a neighbour): text made only of them
// skips ICU's check. Covers ASCII, Latin-1, common punctuation, Hangul
// syllables, Han and kana.
bool is_nfc_safe(char32_t cp);

}  // namespace newsclean
