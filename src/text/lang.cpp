#include "text/lang.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

#include "text/utf8.hpp"
#include "text/word_bits.hpp"

namespace newsclean {
namespace {}  // namespace

namespace {

// ASCII letters among eight ASCII bytes (no byte above 0x7F), counted in one
// go: with case folded by bit 0x20, a letter is a byte from 'a' to 'z', and
// adding 0x80 - 'a' (or 0x80 - '{') sets a byte's top bit exactly when it is
// at least 'a' (or past 'z'); no byte carries into the next.
std::size_t ascii_letters(std::uint64_t word) {
  const std::uint64_t folded = word | (kEachByte * 0x20);
  const std::uint64_t from_a = (folded + kEachByte * (0x80 - 'a')) & kHighBits;
  const std::uint64_t past_z = (folded + kEachByte * (0x80 - '{')) & kHighBits;
  // One top bit per letter; the multiply sums the eight bytes into the top
  // one (no popcount instruction is assumed).
  return static_cast<std::size_t>((((from_a & ~past_z) >> 7) * kEachByte) >> 56);
}

}  // namespace

ScriptCounts count_scripts(std::string_view text) {
  ScriptCounts counts;
  std::size_t i = 0;
  while (i < text.size()) {
    // Runs of ASCII, eight bytes at a time.
    while (i + 8 <= text.size()) {
      const std::uint64_t word = load_word(text.data() + i);
      if (word & kHighBits) break;
      counts.latin += ascii_letters(word);
      i += 8;
    }
    if (i >= text.size()) break;
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      counts.latin += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
      continue;
    }
    const char32_t cp = next_valid_code_point(text, i);
    if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)) {
      ++counts.hangul;
    } else if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F)) {
      ++counts.kana;
    } else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)) {
      ++counts.han;
    } else if (cp >= 0xC0 && cp <= 0x24F) {
      ++counts.latin;
    } else if ((cp >= 0x370 && cp <= 0x52F) || (cp >= 0x590 && cp <= 0x6FF) || (cp >= 0x900 && cp <= 0xE7F)) {
      ++counts.other;  // Greek, Cyrillic, Hebrew, Arabic, Indic scripts, Thai
    }
  }
  return counts;
}

namespace {

struct StopWords {
  Lang lang;
  std::array<std::string_view, 12> words;
};

// Frequent short words that are rare in the other languages. Italian and
// Portuguese have no pack; told apart, their pages are not judged by the
// Spanish rules and their records say which language they are.
constexpr std::array<StopWords, 6> kStopWords = {{
    {Lang::kEn, {"the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "have"}},
    {Lang::kDe, {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den"}},
    {Lang::kFr, {"le", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "sur"}},
    {Lang::kEs, {"el", "los", "las", "y", "es", "una", "por", "con", "para", "que", "del", "como"}},
    {Lang::kIt, {"il", "di", "che", "della", "gli", "sono", "non", "alla", "anche", "nel", "dei", "delle"}},
    {Lang::kPt, {"do", "da", "dos", "das", "em", "um", "uma", "ao", "os", "pelo", "pela", "foi"}},
}};

constexpr std::size_t kMaxStopWordLength = 5;  // "nicht"

// The first few kilobytes tell the language as well as the whole article.
constexpr std::size_t kLatinSample = 4096;

// A word of up to eight ASCII letters as one number, first letter highest.
std::uint64_t pack_word(std::string_view word) {
  std::uint64_t packed = 0;
  for (const char c : word) packed = packed << 8 | static_cast<unsigned char>(c);
  return packed;
}

// Stop words in a small open-addressing table keyed by the packed word, each
// with a bit per language in kStopWords; built once. Every short word of the
// sample is looked up, so one multiply and a probe or two beat hashing a
// string or a binary search.
struct StopWordTable {
  static constexpr std::size_t kSlots = 128;  // 72 words: more than half empty
  std::array<std::uint64_t, kSlots> keys{};   // 0: empty (no word packs to 0)
  std::array<unsigned, kSlots> bits{};

  static std::size_t slot_of(std::uint64_t packed) {
    return static_cast<std::size_t>((packed * 0x9E3779B97F4A7C15ull) >> 57);
  }
  std::size_t find(std::uint64_t packed) const {
    std::size_t slot = slot_of(packed);
    while (keys[slot] != 0 && keys[slot] != packed) slot = (slot + 1) % kSlots;
    return slot;
  }
  unsigned languages_of(std::uint64_t packed) const { return bits[find(packed)]; }
};

const StopWordTable& stop_words() {
  static const StopWordTable table = [] {
    StopWordTable built;
    for (std::size_t k = 0; k < kStopWords.size(); ++k) {
      for (const std::string_view word : kStopWords[k].words) {
        const std::uint64_t packed = pack_word(word);
        const std::size_t slot = built.find(packed);  // "que" is French and Spanish
        built.keys[slot] = packed;
        built.bits[slot] |= 1u << k;
      }
    }
    return built;
  }();
  return table;
}

Lang latin_lang(std::string_view text) {
  text = text.substr(0, kLatinSample);
  const StopWordTable& table = stop_words();
  std::array<std::size_t, kStopWords.size()> hits{};
  std::uint64_t packed = 0;  // the current word, lower-cased
  std::size_t length = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const unsigned char folded = i < text.size() ? static_cast<unsigned char>(text[i]) | 0x20 : 0;
    if (static_cast<unsigned char>(folded - 'a') < 26) {
      packed = packed << 8 | folded;
      ++length;
      continue;
    }
    if (length > 0 && length <= kMaxStopWordLength) {
      const unsigned languages = table.languages_of(packed);
      for (std::size_t k = 0; k < kStopWords.size(); ++k) hits[k] += (languages >> k) & 1u;
    }
    packed = 0;
    length = 0;
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < hits.size(); ++k) {
    if (hits[k] > hits[best]) best = k;
  }
  return kStopWords[best].lang;
}

}  // namespace

std::string_view lang_code(Lang lang) {
  switch (lang) {
    case Lang::kKo: return "ko";
    case Lang::kJa: return "ja";
    case Lang::kZh: return "zh";
    case Lang::kEn: return "en";
    case Lang::kDe: return "de";
    case Lang::kFr: return "fr";
    case Lang::kEs: return "es";
    case Lang::kIt: return "it";
    case Lang::kPt: return "pt";
    case Lang::kUnknown: break;
  }
  return "und";
}

Lang lang_from_code(std::string_view code) {
  for (const Lang lang :
       {Lang::kKo, Lang::kJa, Lang::kZh, Lang::kEn, Lang::kDe, Lang::kFr, Lang::kEs, Lang::kIt, Lang::kPt}) {
    if (lang_code(lang) == code) return lang;
  }
  return Lang::kUnknown;
}

bool is_cjk(Lang lang) {
  return lang == Lang::kKo || lang == Lang::kJa || lang == Lang::kZh;
}

Lang detect_article_lang(std::string_view text) {
  return article_lang_from_counts(count_scripts(text), text);
}

Lang article_lang_from_counts(const ScriptCounts& counts, std::string_view text) {
  const std::size_t cjk = counts.hangul + counts.kana + counts.han;
  if (cjk == 0 && counts.latin == 0) return Lang::kUnknown;
  if (counts.other > counts.latin && counts.other > cjk * 5) return Lang::kUnknown;
  // CJK characters carry a word each; Latin letters about a fifth of one.
  if (cjk * 5 >= counts.latin) {
    if (counts.hangul >= counts.kana && counts.hangul * 4 >= counts.han) return Lang::kKo;
    if (counts.kana * 20 >= counts.han) return Lang::kJa;
    return Lang::kZh;
  }
  return latin_lang(text);
}

Lang detect_line_lang(std::string_view line, Lang article) {
  return line_lang_from_counts(count_scripts(line), article);
}

Lang line_lang_from_counts(const ScriptCounts& counts, Lang article) {
  if (counts.hangul > 0) return Lang::kKo;
  if (counts.kana > 0) return Lang::kJa;
  if (counts.han > 0) return is_cjk(article) ? article : Lang::kZh;
  if (counts.other > counts.latin) return article;
  if (counts.latin > 0) return is_cjk(article) || article == Lang::kUnknown ? Lang::kEn : article;
  return article;
}

}  // namespace newsclean
