#include <fmt/format.h>

#include "output/sink.hpp"

namespace newsclean {
namespace {

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kRed = "\x1b[31m";
constexpr const char* kYellow = "\x1b[33m";
constexpr const char* kBold = "\x1b[1m";

// One row per input line: where, fate, category, rule, text. For rule
// authors: every removal names the rule that did it.
class ExplainSink final : public Sink {
 public:
  ExplainSink(Writer& writer, bool color) : writer_(writer), color_(color) {}

  void write(const Article& article) override {
    if (written_++ > 0) writer_.write("\n");
    std::string out = fmt::format("# {} article {} (lang {})\n", article.source, article.index, lang_code(article.lang));
    // The location column is as wide as the article's widest, so fates align.
    const std::size_t last_line = article.lines.empty() ? 0 : article.first_line + article.lines.back().number - 1;
    width_ = fmt::format("{}:{}", article.source, last_line).size();
    for (std::size_t i = 0; i < article.lines.size(); ++i) {
      const Line& line = article.lines[i];
      if (line.blank()) continue;
      const std::string where = fmt::format("{}:{}", article.source, article.first_line + line.number - 1);
      if (line.dropped()) {
        row(out, where, "drop", line.dropped_by->category, line.dropped_by->id, line.text, kRed);
        continue;
      }
      for (const Edit& edit : line.edits) {
        row(out, where, "edit", edit.rule->category, edit.rule->id, "-" + edit.removed, kYellow);
      }
      row(out, where, article.title == i ? "title" : "keep", "", "", line.text, article.title == i ? kBold : "");
    }
    writer_.write(out);
  }

 private:
  void row(std::string& out, const std::string& where, std::string_view fate, std::string_view category_name,
           std::string_view rule, std::string_view text, const char* color) {
    const bool paint = color_ && *color;
    if (color_) out += kDim;
    out += fmt::format("{:<{}} ", where, width_);
    if (color_) out += kReset;
    if (paint) out += color;
    out += fmt::format("{:<5} {:<10} {:<24} | {}", fate, category_name, rule, text);
    if (paint) out += kReset;
    out += '\n';
  }

  Writer& writer_;
  bool color_;
  std::size_t written_ = 0;
  std::size_t width_ = 0;
};

}  // namespace

std::unique_ptr<Sink> make_explain_sink(Writer& writer, bool color) {
  return std::make_unique<ExplainSink>(writer, color);
}

}  // namespace newsclean
