#include "detect/duplicate_lead.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "detect/detector_rule.hpp"
#include "text/fold.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

const Rule kDupleadRule = make_detector_rule("duplead", category::kDuplead);

// Shorter copies are too likely to be natural repetition ("Yes.", a name).
constexpr std::size_t kMinCopyChars = 12;
// A truncated copy must keep this much of the sentence it cuts short.
constexpr std::size_t kMinTruncatedChars = 8;

struct Sentence {
  std::string key;
  bool truncated;  // ends with an ellipsis: may be a prefix of a longer sentence
};

struct Paragraph {
  std::size_t line;
  std::vector<Sentence> sentences;
  std::size_t key_chars = 0;
};

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool covers(const Paragraph& big, const Sentence& sentence) {
  for (const Sentence& other : big.sentences) {
    if (other.key == sentence.key) return true;
    if (sentence.truncated && char_count(sentence.key) >= kMinTruncatedChars && starts_with(other.key, sentence.key)) {
      return true;
    }
  }
  return false;
}

bool covers(const Paragraph& big, const Paragraph& small) {
  for (const Sentence& sentence : small.sentences) {
    if (!covers(big, sentence)) return false;
  }
  return true;
}

}  // namespace

void detect_duplicate_lead(Article& article) {
  std::vector<Paragraph> paragraphs;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    Paragraph paragraph{i, {}, 0};
    for (const std::string_view text : split_sentences(line.text)) {
      Sentence sentence{fold_key(text), ends_with_ellipsis(text)};
      if (sentence.key.empty()) continue;
      paragraph.key_chars += char_count(sentence.key);
      paragraph.sentences.push_back(std::move(sentence));
    }
    if (!paragraph.sentences.empty()) paragraphs.push_back(std::move(paragraph));
  }
  // Every sentence key with its paragraph, sorted: equal keys and keys that
  // start with a truncated sentence are neighbours (views stay valid, as
  // paragraphs no longer moves).
  std::vector<std::pair<std::string_view, std::size_t>> keys;
  for (std::size_t q = 0; q < paragraphs.size(); ++q) {
    for (const Sentence& sentence : paragraphs[q].sentences) keys.emplace_back(sentence.key, q);
  }
  std::sort(keys.begin(), keys.end());

  std::vector<std::size_t> duplicates;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& small = paragraphs[p];
    if (small.key_chars < kMinCopyChars || article.title == small.line) continue;
    // A paragraph that covers this one holds its first sentence, or, when
    // that sentence is truncated, a sentence starting with it.
    const Sentence& first = small.sentences.front();
    const bool by_prefix = first.truncated && char_count(first.key) >= kMinTruncatedChars;
    const std::string_view key = first.key;
    for (auto at = std::lower_bound(keys.begin(), keys.end(), std::make_pair(key, std::size_t{0}));
         at != keys.end() && (by_prefix ? at->first.substr(0, key.size()) == key : at->first == key); ++at) {
      const std::size_t q = at->second;
      if (q == p) continue;
      const Paragraph& big = paragraphs[q];
      const bool keeps_big = big.key_chars > small.key_chars || (big.key_chars == small.key_chars && q < p);
      if (keeps_big && covers(big, small)) {
        duplicates.push_back(small.line);
        break;
      }
    }
  }
  for (const std::size_t line : duplicates) article.drop(line, kDupleadRule);
}

}  // namespace newsclean
