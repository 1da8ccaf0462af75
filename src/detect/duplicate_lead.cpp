#include "detect/duplicate_lead.hpp"

#include <string>
#include <unordered_map>
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
  std::unordered_map<std::string, std::vector<std::size_t>> by_sentence;  // key -> paragraphs
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
    if (paragraph.sentences.empty()) continue;
    for (const Sentence& sentence : paragraph.sentences) by_sentence[sentence.key].push_back(paragraphs.size());
    paragraphs.push_back(std::move(paragraph));
  }

  std::vector<std::size_t> duplicates;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& small = paragraphs[p];
    if (small.key_chars < kMinCopyChars || article.title == small.line) continue;
    // Any paragraph that covers this one holds its first full sentence, unless
    // the only sentence is truncated; then every paragraph is a candidate.
    const Sentence& first = small.sentences.front();
    std::vector<std::size_t> all;
    const std::vector<std::size_t>* candidates = nullptr;
    if (const auto found = by_sentence.find(first.key); found != by_sentence.end() && !first.truncated) {
      candidates = &found->second;
    } else {
      for (std::size_t q = 0; q < paragraphs.size(); ++q) all.push_back(q);
      candidates = &all;
    }
    for (const std::size_t q : *candidates) {
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
