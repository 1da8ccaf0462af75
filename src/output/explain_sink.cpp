#include <fmt/format.h>

#include <algorithm>

#include "io/json.hpp"
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
  explicit ExplainSink(bool color) : color_(color) {}

  std::string_view separator() const override { return "\n"; }

  void format(const Article& article, std::string& out) const override {
    out += fmt::format("# {} article {} (lang {}", article.source, article.index, lang_code(article.lang));
    // A wrapped dump's rows are its paragraphs, each at its first line.
    if (article.joined_lines > 0) {
      out += fmt::format("; hard-wrapped at {} columns: {} lines joined into paragraphs", article.wrap_width,
                         article.joined_lines);
    }
    out += ")\n";
    // "file:12", or "file:12-15" for a joined paragraph; the column is as
    // wide as the article's widest, so fates align.
    const auto where_of = [&](const Line& line) {
      const std::size_t first = article.first_line + line.number - 1,
                        last = article.first_line + line.last_number() - 1;
      return last == first ? fmt::format("{}:{}", article.source, first)
                           : fmt::format("{}:{}-{}", article.source, first, last);
    };
    std::size_t width = 0;
    for (const Line& line : article.lines) width = std::max(width, where_of(line).size());
    for (std::size_t i = 0; i < article.lines.size(); ++i) {
      const Line& line = article.lines[i];
      if (line.blank()) continue;
      const std::string where = where_of(line);
      if (line.dropped()) {
        const Rule& rule = *line.dropped_by;
        const std::string named = rule.evidence.empty() ? rule.id : fmt::format("{} ({})", rule.id, rule.evidence);
        row(out, width, where, "drop", rule.category, named, line.text, kRed);
        continue;
      }
      for (const Edit& edit : line.edits) {
        row(out, width, where, "edit", edit.rule->category, edit.rule->id, "-" + edit.removed, kYellow);
      }
      row(out, width, where, article.title == i ? "title" : "keep", "", "", line.text, article.title == i ? kBold : "");
    }
  }

 private:
  void row(std::string& out, std::size_t width, const std::string& where, std::string_view fate,
           std::string_view category_name, std::string_view rule, std::string_view text, const char* color) const {
    const bool paint = color_ && *color;
    if (color_) out += kDim;
    out += fmt::format("{:<{}} ", where, width);
    if (color_) out += kReset;
    if (paint) out += color;
    out += fmt::format("{:<5} {:<10} {:<24} | {}", fate, category_name, rule, text);
    if (paint) out += kReset;
    out += '\n';
  }

  bool color_;
};

// The same rows as JSON objects, one per line: for tools and notebooks.
class ExplainJsonlSink final : public Sink {
 public:
  explicit ExplainJsonlSink(bool with_features) : with_features_(with_features) {}

  std::string_view separator() const override { return {}; }

  void format(const Article& article, std::string& out) const override {
    for (std::size_t i = 0; i < article.lines.size(); ++i) {
      const Line& line = article.lines[i];
      if (line.blank()) continue;
      const std::size_t number = article.first_line + line.number - 1;
      if (line.dropped()) {
        row(out, article, i, number, "drop", line.dropped_by, line.text);
        continue;
      }
      for (const Edit& edit : line.edits) row(out, article, i, number, "edit", edit.rule, edit.removed);
      row(out, article, i, number, article.title == i ? "title" : "keep", nullptr, line.text);
    }
  }

 private:
  void row(std::string& out, const Article& article, std::size_t i, std::size_t number, const char* fate,
           const Rule* rule, std::string_view text) const {
    out += "{\"source\":";
    append_json_string(out, article.source);
    out += fmt::format(",\"article\":{},\"line\":{},\"fate\":\"{}\"", article.index, number, fate);
    if (const std::size_t extra = article.lines[i].last_number() - article.lines[i].number; extra > 0) {
      out += fmt::format(",\"last_line\":{}", number + extra);  // a hard-wrapped paragraph's last line
    }
    if (rule) {
      out += ",\"category\":";
      append_json_string(out, rule->category);
      out += ",\"rule\":";
      append_json_string(out, rule->id);
      if (!rule->evidence.empty()) {
        out += ",\"evidence\":";
        append_json_string(out, rule->evidence);
      }
    }
    if (const float story = article.lines[i].story; story >= 0.0f) out += fmt::format(",\"story\":{:.3f}", story);
    out += ",\"text\":";
    append_json_string(out, text);
    if (with_features_ && !article.features.empty()) {
      const std::size_t width = article.features.size() / article.lines.size();
      out += ",\"features\":[";
      for (std::size_t f = 0; f < width; ++f) {
        if (f > 0) out += ',';
        out += fmt::format("{:.9g}", article.features[i * width + f]);
      }
      out += ']';
    }
    out += "}\n";
  }

  bool with_features_;
};

}  // namespace

std::unique_ptr<Sink> make_explain_jsonl_sink(bool with_features) {
  return std::make_unique<ExplainJsonlSink>(with_features);
}

std::unique_ptr<Sink> make_explain_sink(bool color) {
  return std::make_unique<ExplainSink>(color);
}

}  // namespace newsclean
