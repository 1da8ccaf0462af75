#include "learn/count_pass.hpp"

#include <fmt/format.h>

#include "page/page_model.hpp"
#include "text/normalize.hpp"

namespace newsclean {
namespace {

std::vector<std::string> normalized_lines(const std::string& raw) {
  std::vector<std::string> lines;
  for (NormalizedLine& line : normalize_text(raw).lines) lines.push_back(std::move(line.text));
  return lines;
}

// The index of the story's last line, as the page model finds it; past the
// end when it finds no story (then no line can be a list marker).
std::size_t story_end(const std::vector<std::string>& lines) {
  Article article;
  article.lines.resize(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) article.lines[i].text = lines[i];
  prepare_page_model(article, true);  // asked of every article, short ones too
  const StoryExtent extent = story_extent(article);
  return extent.empty ? lines.size() : extent.last;
}

}  // namespace

std::string count_inputs(const std::vector<InputFile>& inputs, const CountOptions& options, LineCounter& counter) {
  std::string messages;
  for (const InputFile& input : inputs) {
    try {
      ArticleReader reader(input, options.reader);
      Article article;
      Reject reject;
      for (;;) {
        const ArticleReader::Next next = reader.next(article, reject);
        if (next == ArticleReader::Next::kEnd) break;
        if (next == ArticleReader::Next::kReject) {
          messages += fmt::format("newsclean: {}: {}\n", reject.where, reject.reason);
          continue;
        }
        const std::vector<std::string> lines = normalized_lines(article.raw);
        const std::size_t end = options.markers_below_story ? story_end(lines) : 0;
        counter.add_article(site_of(article, input, options.sites), lines, end);
      }
    } catch (const InputError& error) {
      messages += fmt::format("newsclean: {}\n", error.what());
    }
  }
  return messages;
}

}  // namespace newsclean
