#include "text/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

#include "text/utf8.hpp"

namespace newsclean {

SentenceSplitter::SentenceSplitter() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU sentence break data is missing");
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string_view> SentenceSplitter::split(std::string_view text) {
  std::vector<std::string_view> sentences;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    sentences.push_back(trim(text));
    return sentences;
  }
  iterator_->setText(utext, status);
  // With a UTF-8 UText, boundaries are byte offsets into text.
  int32_t start = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; start = end, end = iterator_->next()) {
    const std::string_view sentence =
        trim(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    if (!sentence.empty()) sentences.push_back(sentence);
  }
  utext_close(utext);
  return sentences;
}

}  // namespace newsclean
