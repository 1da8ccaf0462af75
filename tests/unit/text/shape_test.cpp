#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <catch2/catch.hpp>

#include "text/fold.hpp"
#include "text/joined.hpp"
#include "text/lang.hpp"
#include "text/normalize.hpp"
#include "text/sentences.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

using namespace newsclean;

TEST_CASE("utf8: characters are counted, not bytes", "[text]") {
  CHECK(char_count("한국어") == 3);
  CHECK(char_count("abc") == 3);
  CHECK(trim("\xE3\x80\x80 x \xC2\xA0") == "x");
}

TEST_CASE("fold: case, spaces and punctuation do not count", "[text]") {
  CHECK(fold_key("Hello, World!") == "helloworld");
  CHECK(fold_key("삼성 전자.") == fold_key("삼성전자"));
  CHECK(fold_key("ÉCOLE") == fold_key("école"));
  CHECK(ends_with_ellipsis("truncated lead…\""));
  CHECK(ends_with_ellipsis("truncated lead..."));
  CHECK_FALSE(ends_with_ellipsis("a sentence."));
}

TEST_CASE("fold: every code point folds as ICU's alnum test and case folding say", "[text]") {
  // fold_key answers Hangul, Han and kana without ICU; this holds it to ICU
  // everywhere.
  for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string text;
    append_utf8(text, cp);
    std::string expected;
    if (u_isalnum(static_cast<UChar32>(cp))) {
      append_utf8(expected, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)));
    }
    if (fold_key(text) != expected) FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(cp));
    // append_fold_key makes room for 3/2 of the text, no more.
    if (expected.size() * 2 > text.size() * 3)
      FAIL_CHECK("grows past 3/2: U+" << std::hex << static_cast<unsigned>(cp));
  }
}

TEST_CASE("shape: sentence ends include CJK punctuation", "[text]") {
  CHECK(ends_sentence("彼は言った。"));
  CHECK(ends_sentence("He said so.\""));
  CHECK(ends_sentence("真的吗？"));
  CHECK_FALSE(ends_sentence("Top stories"));
}

TEST_CASE("shape: a line ends in a word, closing quotes and brackets aside", "[text]") {
  CHECK(ends_in_word("Il piano costa 3 milioni"));
  CHECK(ends_in_word("도심 공원 야간 개방 확대"));
  CHECK(ends_in_word("Las obras empiezan en marzo (y terminan en junio)"));
  CHECK_FALSE(ends_in_word("Foods that go in the pot:"));
  CHECK_FALSE(ends_in_word("The council voted."));
  CHECK_FALSE(ends_in_word("Share | Tweet |"));
  CHECK_FALSE(ends_in_word(""));
}

TEST_CASE("shape: a name in Chinese, Japanese or Korean script", "[text]") {
  CHECK(looks_like_cjk_name("田中一郎"));
  CHECK(looks_like_cjk_name("佐藤 花子"));
  CHECK(looks_like_cjk_name("김민준"));
  CHECK_FALSE(looks_like_cjk_name("記録的な大雪が続き、交通機関に乱れ"));  // too long
  CHECK_FALSE(looks_like_cjk_name("2026年12月"));                          // digits
  CHECK_FALSE(looks_like_cjk_name("【纠错】"));                            // marks
  CHECK_FALSE(looks_like_cjk_name("王"));                                  // one character
}

TEST_CASE("shape: English Title Case, which no sentence is", "[text]") {
  CHECK(is_title_case("Ferry Fares Are Rising After the Vote. Why Riders Should Not Worry."));
  CHECK_FALSE(is_title_case("The council voted on Tuesday to keep the ferry running."));
  CHECK_FALSE(is_title_case("Ferry Fares Rise."));  // too few words to tell
  CHECK_FALSE(is_title_case("Der Kanton Nidwalden verzeichnet einen Anstieg an Ansteckungen."));
}

TEST_CASE("shape: a personal name alone", "[text]") {
  CHECK(looks_like_name("Anna Menin"));
  CHECK(looks_like_name("JANE ROE"));
  CHECK(looks_like_name("Ursula von der Leyen"));
  CHECK(looks_like_name("J. R. Smith"));
  CHECK_FALSE(looks_like_name("Related articles"));  // a lower-case word that is no particle
  CHECK_FALSE(looks_like_name("Anna"));              // one word
  CHECK_FALSE(looks_like_name("Anna Maria Luisa Menin"));
  CHECK_FALSE(looks_like_name("von Menin"));  // starts with a particle
}

TEST_CASE("shape: list items", "[text]") {
  CHECK(is_list_item("- a headline"));
  CHECK(is_list_item("▶ 다른 기사"));
  CHECK(is_list_item("1. first"));
  CHECK(is_list_item("① 첫째"));
  CHECK_FALSE(is_list_item("-5 degrees tonight."));
  CHECK_FALSE(is_list_item("2024 was a year."));
}

TEST_CASE("shape: e-mail addresses", "[text]") {
  CHECK(has_email("홍길동 기자 gildong@example.co.kr"));
  CHECK_FALSE(has_email("@handle on social media"));
  CHECK_FALSE(has_email("meet at 5 @ the bar."));
}

TEST_CASE("lang: script decides CJK, stop-words decide Latin", "[text]") {
  CHECK(detect_article_lang("정부가 오늘 발표했다.") == Lang::kKo);
  CHECK(detect_article_lang("政府は今日発表した。") == Lang::kJa);
  CHECK(detect_article_lang("政府今天宣布了新政策。") == Lang::kZh);
  CHECK(detect_article_lang("The minister said that the plan was ready.") == Lang::kEn);
  CHECK(detect_article_lang("Die Regierung hat das nicht mit der Bank besprochen.") == Lang::kDe);
  CHECK(detect_line_lang("Copyright Example. All rights reserved.", Lang::kKo) == Lang::kEn);
  CHECK(detect_line_lang("2024.06.13", Lang::kKo) == Lang::kKo);
}

TEST_CASE("lang: French and Spanish by their stop words, 'que' shared", "[text]") {
  CHECK(detect_article_lang("Le ministre a dit que les prix sont dans une hausse pour la ville.") == Lang::kFr);
  CHECK(detect_article_lang("El ministro dijo que los precios suben para una parte del país.") == Lang::kEs);
}

TEST_CASE("lang: Italian and Portuguese are not Spanish", "[text]") {
  // Both share words with Spanish ("una", "con", "que", "para", "por"); their
  // own tell them apart, and "il" of a French page does not make it Italian.
  CHECK(detect_article_lang("Il sindaco ha detto che i lavori della strada non sono finiti e che anche il ponte "
                            "sarà chiuso per una settimana.") == Lang::kIt);
  CHECK(detect_article_lang("O prefeito disse que as obras da estrada não terminaram e que a ponte ficará fechada "
                            "por uma semana, segundo os dados do governo.") == Lang::kPt);
  CHECK(detect_article_lang("El alcalde dijo que las obras de la carretera no han terminado y que el puente estará "
                            "cerrado por una semana.") == Lang::kEs);
  CHECK(detect_article_lang("Il a dit que les travaux de la route ne sont pas finis et que le pont sera fermé pour "
                            "une semaine.") == Lang::kFr);
  CHECK(lang_code(Lang::kIt) == "it");
  CHECK(lang_from_code("pt") == Lang::kPt);
}

TEST_CASE("lang: a page in an alphabet with no language here is 'und', not English", "[text]") {
  // A Russian page with its site's English menu words was labelled "en"
  // (only Latin letters were counted) and judged by the English pack.
  const std::string_view russian =
      "Home News Sport\nДиета подходит не всем: врачи советуют начинать с малого и следить за водой.";
  CHECK(detect_article_lang(russian) == Lang::kUnknown);
  CHECK(lang_code(detect_article_lang(russian)) == "und");
  CHECK(detect_article_lang("Η κυβέρνηση ανακοίνωσε σήμερα το νέο σχέδιο για την ενέργεια.") == Lang::kUnknown);
  CHECK(detect_line_lang("Диета Аткинса (Kcal)", Lang::kUnknown) == Lang::kUnknown);
  CHECK(detect_line_lang("Read more", Lang::kUnknown) == Lang::kEn);
  // A few Cyrillic words in an English story leave it English.
  CHECK(detect_article_lang("The minister said that the plan, known as Проект, was ready for the vote.") == Lang::kEn);
}

TEST_CASE("lang: ASCII letters are counted eight bytes at a time, exactly", "[text]") {
  // Every ASCII byte at every position of a run, with and without a
  // multi-byte character breaking the run.
  for (int byte = 1; byte < 128; ++byte) {
    for (std::size_t at = 0; at < 20; ++at) {
      for (const std::string_view tail : {"", "\xED\x95\x9C"}) {
        std::string text(20, '1');
        text[at] = static_cast<char>(byte);
        text += tail;
        const bool letter = (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
        const ScriptCounts counts = count_scripts(text);
        if (counts.latin != (letter ? 1u : 0u)) FAIL_CHECK("byte " << byte << " at " << at);
      }
    }
  }
  CHECK(count_scripts("Abcdefghijklmnopqrstuvwxyz@[`{").latin == 26);
  CHECK(count_scripts("한국어 text 123").hangul == 3);
}

TEST_CASE("sentences: cut after terminator runs, in any script", "[text]") {
  const auto ko = split_sentences("첫 문장이다. 둘째 문장이다.");
  REQUIRE(ko.size() == 2);
  CHECK(ko[1] == "둘째 문장이다.");
  CHECK(split_sentences("一つ目。二つ目！三つ目") == std::vector<std::string_view>{"一つ目。", "二つ目！", "三つ目"});
  CHECK(split_sentences("\"Why?\" she asked. It rained!?  Then it stopped.") ==
        std::vector<std::string_view>{"\"Why?\"", "she asked.", "It rained!?", "Then it stopped."});
}

TEST_CASE("sentences: a full stop inside a number, an abbreviation or before a lower-case word is no cut", "[text]") {
  CHECK(split_sentences("Growth was 3.5 percent in the U.S. economy.").size() == 1);
  CHECK(split_sentences("Fruit, e.g. apples, sold well. Prices rose.").size() == 2);
  CHECK(split_sentences("It ended... The next day came.") ==
        std::vector<std::string_view>{"It ended...", "The next day came."});
  CHECK(split_sentences("   ").empty());
}

TEST_CASE("sentences: a number after a Korean or Chinese full stop starts a sentence", "[text]") {
  // Korean news sentences often open with a figure ("2차전지", "7일"); only
  // Latin abbreviations ("Oct. 5") run on into a number.
  CHECK(split_sentences("주가가 크게 올랐다. 2차전지 종목이 강세였다.") ==
        std::vector<std::string_view>{"주가가 크게 올랐다.", "2차전지 종목이 강세였다."});
  CHECK(split_sentences("股价上涨. 3家公司公布业绩.").size() == 2);
  CHECK(split_sentences("It opens Oct. 5 in Seoul.").size() == 1);
}

TEST_CASE("joined lines: paragraphs glued with two spaces", "[text]") {
  const std::string para(120, 'x');
  const std::string line = para + ".  " + para + ".  tail@example.com";
  CHECK(is_joined_line(line));
  CHECK(split_joined_line(line).size() == 3);
  CHECK_FALSE(is_joined_line("short  line  here"));
}

TEST_CASE("utf8: character counts up to a cap", "[text]") {
  CHECK(char_count_upto("한국어 text", 100) == 8);
  CHECK(char_count_upto(std::string(500, 'a'), 120) == 120);
  CHECK(char_count_upto(std::string(300, 'a') + "가", 1000) == 301);
  CHECK(char_count_upto("", 5) == 0);
}

TEST_CASE("normalize: every code point taken as NFC-safe passes ICU's NFC quick check", "[text]") {
  std::size_t safe = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!is_nfc_safe(cp)) continue;
    ++safe;
    // Yes, not Maybe (a Maybe character may combine with the one before it),
    // and combining class 0 (nothing to reorder).
    if (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
        u_getCombiningClass(static_cast<UChar32>(cp)) != 0)
      FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(cp));
  }
  CHECK(safe > 50000);
  CHECK_FALSE(is_nfc_safe(0x0301));  // combining acute accent
  CHECK_FALSE(is_nfc_safe(0x3099));  // combining kana voiced mark
}

TEST_CASE("ascii_lower: ASCII letters only", "[text]") {
  CHECK(ascii_lower("Reach HER at X") == "reach her at x");
  CHECK(ascii_lower("Zutaten \xC3\x84") == "zutaten \xC3\x84");  // Ä stays as it was
  CHECK(ascii_lower("재료") == "재료");
  CHECK(ascii_lower("") == "");
}

TEST_CASE("trim: ASCII ends, Unicode spaces and control characters", "[text]") {
  CHECK(trim("plain line.") == "plain line.");
  CHECK(trim("  padded\t") == "padded");
  CHECK(trim("\xE3\x80\x80"
             "full-width space\xE3\x80\x80") == "full-width space");  // U+3000 at both ends
  CHECK(trim("\xC2\xA0no-break\xC2\xA0") == "no-break");              // U+00A0
  CHECK(trim("x\xC2\xA0") == "x");
  CHECK(trim("\xC2\xA0x") == "x");
  CHECK(trim("\x7F") == "\x7F");  // DEL: not white space, and not printable either
  CHECK(trim(" ") == "");
  CHECK(trim("") == "");
  CHECK(trim_right("a ") == "a");
  CHECK(trim_right("\xED\x95\x9C") == "\xED\x95\x9C");         // a Hangul syllable ends it
  CHECK(trim("\xED\x95\x9C \xE3\x80\x80") == "\xED\x95\x9C");  // starts with one, ends with U+3000
  CHECK(trim("\xE2\x80\x83x") == "x");                         // U+2003 em space: decoded
}

TEST_CASE("shape: enclosed_by wants both marks and something between", "[shape]") {
  CHECK(enclosed_by("[img]", "[", "]"));
  CHECK(enclosed_by("\xEF\xBC\x88NHK\xEF\xBC\x89", "\xEF\xBC\x88", "\xEF\xBC\x89"));  // （NHK）
  CHECK_FALSE(enclosed_by("[]", "[", "]"));
  CHECK_FALSE(enclosed_by("[img", "[", "]"));
  CHECK_FALSE(enclosed_by(" [img]", "[", "]"));  // no trimming
}
