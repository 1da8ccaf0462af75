// Sentence boundaries from ICU's BreakIterator, run over UTF-8 through UText
// (no UTF-16 copy). One splitter per thread: BreakIterator is not thread-safe.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>  // declares the versioned icu namespace

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace newsclean {

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Sentences of text, as views into it, trimmed, blank ones left out.
  // split("One. Two?") gives {"One.", "Two?"}.
  std::vector<std::string_view> split(std::string_view text);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace newsclean
