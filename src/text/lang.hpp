// Which language a line or article is in, from its scripts (and, for Latin
// text, a handful of stop-words), so that a language's pack judges only its
// own lines.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsclean {

enum class Lang { kUnknown, kKo, kJa, kZh, kEn, kDe, kFr, kEs, kIt, kPt };

// "ko", "ja", ... ; "und" for kUnknown.
std::string_view lang_code(Lang lang);
// Lang for a code; kUnknown for an unknown code.
Lang lang_from_code(std::string_view code);

// Letters per script, the input of both detections below.
struct ScriptCounts {
  std::size_t hangul = 0;
  std::size_t kana = 0;
  std::size_t han = 0;
  std::size_t latin = 0;
  std::size_t other = 0;  // letters of alphabets with no language here (Cyrillic, Greek, Arabic, ...)

  ScriptCounts& operator+=(const ScriptCounts& other_counts) {
    hangul += other_counts.hangul, kana += other_counts.kana, han += other_counts.han;
    latin += other_counts.latin, other += other_counts.other;
    return *this;
  }
};
// text must be valid UTF-8 (a normalised line).
ScriptCounts count_scripts(std::string_view text);

// The article's language: the script most of its letters are in, and for
// Latin script the language whose stop-words occur most; kUnknown ("und")
// when most are in an alphabet newsclean has no language for (a Russian
// page with an English menu is no English page).
Lang detect_article_lang(std::string_view text);
// The same from counts already made; text is read only for Latin stop-words.
Lang article_lang_from_counts(const ScriptCounts& counts, std::string_view text);

// A line's language: its own script when it has letters, Latin lines in a
// CJK article count as English (the chrome of Asian sites is often English),
// lines without letters take the article's language.
Lang detect_line_lang(std::string_view line, Lang article);
Lang line_lang_from_counts(const ScriptCounts& counts, Lang article);

// True for Korean, Japanese and Chinese: no spaces between words and
// sentence ends such as 。！？.
bool is_cjk(Lang lang);

}  // namespace newsclean
