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
// A copy of the story repeats at least this many sentences of other paragraphs.
constexpr std::size_t kMinCopiedSentences = 3;
// A truncated copy must keep this much of the sentence it cuts short.
constexpr std::size_t kMinTruncatedChars = 8;

struct Sentence {
  std::string_view key;  // into the article's key buffer
  std::size_t chars;     // characters in key
  bool truncated;        // ends with an ellipsis: may be a prefix of a longer sentence
};

struct Paragraph {
  std::size_t line;
  std::vector<Sentence>::const_iterator first, last;  // its sentences
  std::size_t key_chars = 0;
};

bool covers(const Paragraph& big, const Sentence& sentence) {
  for (auto other = big.first; other != big.last; ++other) {
    if (other->key == sentence.key) return true;
    if (sentence.truncated && sentence.chars >= kMinTruncatedChars &&
        other->key.substr(0, sentence.key.size()) == sentence.key) {
      return true;
    }
  }
  return false;
}

bool covers(const Paragraph& big, const Paragraph& small) {
  for (auto sentence = small.first; sentence != small.last; ++sentence) {
    if (!covers(big, *sentence)) return false;
  }
  return true;
}

using SentenceKeys = std::vector<std::pair<std::string_view, std::size_t>>;  // sorted: key, paragraph

// Paragraphs whose sentences are mostly sentences of smaller paragraphs, two
// or more: copies of the story (a page's structured-data article body
// printed as one line, where headings run into the sentences). The copy
// goes and the paragraphs stay. A lead repeated in a fuller paragraph is a
// small part of it, and a copy printed twice is two copies.
std::vector<bool> story_copies(const std::vector<Paragraph>& paragraphs, const SentenceKeys& keys) {
  // For each run of equal keys, the smallest paragraph holding that sentence
  // (stored at the run's first entry): one lookup per sentence, however
  // often a sentence repeats.
  std::vector<std::size_t> smallest(keys.size());
  for (std::size_t run = 0; run < keys.size();) {
    std::size_t best = keys[run].second, end = run;
    for (; end < keys.size() && keys[end].first == keys[run].first; ++end) {
      if (paragraphs[keys[end].second].key_chars < paragraphs[best].key_chars) best = keys[end].second;
    }
    smallest[run] = best;
    run = end;
  }
  std::vector<bool> copies(paragraphs.size(), false);
  for (std::size_t q = 0; q < paragraphs.size(); ++q) {
    const Paragraph& big = paragraphs[q];
    if (big.last - big.first < static_cast<std::ptrdiff_t>(kMinCopiedSentences)) continue;
    std::size_t found = 0, found_chars = 0, first_source = paragraphs.size();
    bool two_sources = false;
    for (auto sentence = big.first; sentence != big.last; ++sentence) {
      const auto at = std::lower_bound(keys.begin(), keys.end(), std::make_pair(sentence->key, std::size_t{0}));
      const std::size_t source = smallest[static_cast<std::size_t>(at - keys.begin())];
      if (paragraphs[source].key_chars >= big.key_chars) continue;
      ++found;
      found_chars += sentence->chars;
      if (first_source == paragraphs.size()) first_source = source;
      two_sources = two_sources || source != first_source;
    }
    copies[q] = two_sources && found >= kMinCopiedSentences && 2 * found_chars >= big.key_chars;
  }
  return copies;
}

}  // namespace

void detect_duplicate_lead(Article& article) {
  // All sentence keys of the article go into one buffer, one allocation for
  // the lot: the views into it are taken once it stops growing.
  std::string keys_text;
  std::vector<Sentence> sentences;
  std::vector<std::pair<std::size_t, std::size_t>> spans;   // sentence -> key offset, size
  std::vector<std::pair<std::size_t, std::size_t>> owners;  // paragraph -> line, sentence count
  std::vector<std::string_view> pieces;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (!line.visible()) continue;
    pieces.clear();
    split_sentences(line.text, pieces);
    std::size_t count = 0;
    for (const std::string_view text : pieces) {
      const std::size_t offset = keys_text.size();
      const std::size_t chars = append_fold_key(keys_text, text);
      if (chars == 0) continue;
      spans.emplace_back(offset, keys_text.size() - offset);
      sentences.push_back({{}, chars, ends_with_ellipsis(text)});
      ++count;
    }
    if (count > 0) owners.emplace_back(i, count);
  }
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    sentences[k].key = std::string_view(keys_text).substr(spans[k].first, spans[k].second);
  }
  std::vector<Paragraph> paragraphs;
  paragraphs.reserve(owners.size());
  auto next = sentences.cbegin();
  for (const auto& [line, count] : owners) {
    Paragraph paragraph{line, next, next + static_cast<std::ptrdiff_t>(count), 0};
    for (auto sentence = paragraph.first; sentence != paragraph.last; ++sentence)
      paragraph.key_chars += sentence->chars;
    paragraphs.push_back(paragraph);
    next = paragraph.last;
  }
  // Every sentence key with its paragraph, sorted: equal keys and keys that
  // start with a truncated sentence are neighbours.
  SentenceKeys keys;
  for (std::size_t q = 0; q < paragraphs.size(); ++q) {
    for (auto sentence = paragraphs[q].first; sentence != paragraphs[q].last; ++sentence) {
      keys.emplace_back(sentence->key, q);
    }
  }
  std::sort(keys.begin(), keys.end());

  const std::vector<bool> copies = story_copies(paragraphs, keys);
  std::vector<std::size_t> duplicates;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& small = paragraphs[p];
    if (copies[p]) {
      duplicates.push_back(small.line);
      continue;
    }
    if (small.key_chars < kMinCopyChars || article.title == small.line) continue;
    // A paragraph that covers this one holds its first sentence, or, when
    // that sentence is truncated, a sentence starting with it.
    const Sentence& first = *small.first;
    const bool by_prefix = first.truncated && first.chars >= kMinTruncatedChars;
    const std::string_view key = first.key;
    for (auto at = std::lower_bound(keys.begin(), keys.end(), std::make_pair(key, std::size_t{0}));
         at != keys.end() && (by_prefix ? at->first.substr(0, key.size()) == key : at->first == key); ++at) {
      const std::size_t q = at->second;
      if (q == p || copies[q]) continue;
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
