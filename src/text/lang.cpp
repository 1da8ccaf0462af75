#include "text/lang.hpp"

#include <array>
#include <cstddef>
#include <unordered_map>

#include "text/utf8.hpp"

namespace newsclean {
namespace {}  // namespace

ScriptCounts count_scripts(std::string_view text) {
  ScriptCounts counts;
  std::size_t i = 0;
  while (i < text.size()) {
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
    }
  }
  return counts;
}

namespace {

struct StopWords {
  Lang lang;
  std::array<std::string_view, 12> words;
};

// Frequent short words that are rare in the other three languages.
constexpr std::array<StopWords, 4> kStopWords = {{
    {Lang::kEn, {"the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "have"}},
    {Lang::kDe, {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den"}},
    {Lang::kFr, {"le", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "sur"}},
    {Lang::kEs, {"el", "los", "las", "y", "es", "una", "por", "con", "para", "que", "del", "como"}},
}};

constexpr std::size_t kMaxStopWordLength = 5;  // "nicht"

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The first few kilobytes tell the language as well as the whole article.
constexpr std::size_t kLatinSample = 4096;

// Stop-word -> bit per language in kStopWords, built once.
const std::unordered_map<std::string_view, unsigned>& stop_word_index() {
  static const std::unordered_map<std::string_view, unsigned> index = [] {
    std::unordered_map<std::string_view, unsigned> map;
    for (std::size_t k = 0; k < kStopWords.size(); ++k) {
      for (const std::string_view word : kStopWords[k].words) map[word] |= 1u << k;
    }
    return map;
  }();
  return index;
}

Lang latin_lang(std::string_view text) {
  text = text.substr(0, kLatinSample);
  const auto& index = stop_word_index();
  std::array<std::size_t, kStopWords.size()> hits{};
  char word[kMaxStopWordLength + 1];
  std::size_t length = 0;
  bool too_long = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool letter = i < text.size() && ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z');
    if (letter) {
      if (length < kMaxStopWordLength)
        word[length++] = ascii_lower(text[i]);
      else
        too_long = true;
      continue;
    }
    if (length > 0 && !too_long) {
      if (const auto found = index.find(std::string_view(word, length)); found != index.end()) {
        for (std::size_t k = 0; k < kStopWords.size(); ++k) hits[k] += (found->second >> k) & 1u;
      }
    }
    length = 0;
    too_long = false;
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
    case Lang::kUnknown: break;
  }
  return "und";
}

Lang lang_from_code(std::string_view code) {
  for (const Lang lang : {Lang::kKo, Lang::kJa, Lang::kZh, Lang::kEn, Lang::kDe, Lang::kFr, Lang::kEs}) {
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
  if (counts.latin > 0) return is_cjk(article) || article == Lang::kUnknown ? Lang::kEn : article;
  return article;
}

}  // namespace newsclean
