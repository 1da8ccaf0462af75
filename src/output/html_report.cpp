#include "output/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace newsclean {
namespace {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Category colours; other categories share the last one.
const char* colour(std::string_view category_name) {
  static const std::pair<const char*, const char*> kColours[] = {
      {"ui", "#8e44ad"},        {"duplead", "#2980b9"}, {"byline", "#16a085"}, {"copyright", "#c0392b"},
      {"headlines", "#d35400"}, {"caption", "#7f8c8d"}, {"ad", "#e84393"},
  };
  for (const auto& [name, value] : kColours) {
    if (category_name == name) return value;
  }
  return "#2c3e50";
}

// Horizontal bars as inline SVG: no script, no external asset.
std::string bar_chart(const std::string& title, const std::vector<std::pair<std::string, std::size_t>>& rows,
                      bool by_category) {
  if (rows.empty()) return {};
  const std::size_t max =
      std::max_element(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second < b.second; })->second;
  constexpr int kRow = 22, kLabel = 190, kWidth = 420;
  std::string svg =
      fmt::format("<h2>{}</h2>\n<svg class=\"chart\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">\n",
                  escape(title), kLabel + kWidth + 60, static_cast<int>(rows.size()) * kRow + 4, escape(title));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& [label, n] = rows[i];
    const int y = static_cast<int>(i) * kRow;
    const int width = std::max(1, static_cast<int>(static_cast<double>(n) / static_cast<double>(max) * kWidth));
    const char* fill = by_category ? colour(label) : "#34495e";
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\" class=\"count\">{}</text>\n",
        kLabel - 6, y + 15, escape(label), kLabel, y + 3, width, kRow - 6, fill, kLabel + width + 6, y + 15, n);
  }
  return svg + "</svg>\n";
}

std::vector<std::pair<std::string, std::size_t>> top(const std::map<std::string, std::size_t>& counts, std::size_t n) {
  std::vector<std::pair<std::string, std::size_t>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second > b.second; });
  if (rows.size() > n) rows.resize(n);
  return rows;
}

}  // namespace

void HtmlReport::add(const Article& article) {
  ++articles_;
  const bool show = articles_ <= max_shown_;
  std::string section;
  if (show) {
    section = fmt::format(
        "<section class=\"article\" id=\"a{}\"><h3>{} <span class=\"where\">article {} &middot; {}</span></h3>\n",
        articles_, escape(article.title ? article.lines[*article.title].text : article.id), article.index,
        escape(article.source));
  }
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.blank()) continue;
    ++lines_;
    if (line.dropped()) {
      ++removed_;
      ++by_category_[line.dropped_by->category];
      ++by_rule_[line.dropped_by->id];
      if (show) {
        section += fmt::format(
            "<p class=\"drop\" data-category=\"{0}\" style=\"--c:{1}\" title=\"{2} ({0})\"><del>{3}</del></p>\n",
            escape(line.dropped_by->category), colour(line.dropped_by->category), escape(line.dropped_by->id),
            escape(line.text));
      }
      continue;
    }
    for (const Edit& edit : line.edits) {
      ++by_category_[edit.rule->category];
      ++by_rule_[edit.rule->id];
    }
    if (!show) continue;
    std::string edits;
    for (const Edit& edit : line.edits) {
      edits += fmt::format(" <del class=\"edit\" data-category=\"{0}\" style=\"--c:{1}\" title=\"{2} ({0})\">{3}</del>",
                           escape(edit.rule->category), colour(edit.rule->category), escape(edit.rule->id),
                           escape(edit.removed));
    }
    section +=
        fmt::format("<p class=\"{}\">{}{}</p>\n", article.title == i ? "keep title" : "keep", escape(line.text), edits);
  }
  if (show) body_ += section + "</section>\n";
}

std::string HtmlReport::finish() const {
  std::string legend;
  for (const auto& [name, n] : by_category_) {
    legend += fmt::format("<span class=\"legend\" data-category=\"{0}\" style=\"--c:{1}\">{0}: {2}</span> ",
                          escape(name), colour(name), n);
  }
  return fmt::format(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsclean report: {0} articles</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }}
h1 {{ font-size: 1.5em; }} h2 {{ font-size: 1.15em; margin-top: 1.5em; }}
.summary span {{ margin-right: 1.5em; }}
.legend {{ border-left: 0.8em solid var(--c); padding-left: 0.4em; }}
.chart .label, .chart .count {{ font-size: 12px; fill: #333; }}
.article {{ border-top: 1px solid #ccc; margin-top: 1.5em; }}
.article h3 {{ font-size: 1em; }} .where {{ color: #888; font-weight: normal; font-size: 0.85em; }}
p {{ margin: 0.25em 0; white-space: pre-wrap; }}
.drop {{ color: var(--c); border-left: 0.3em solid var(--c); padding-left: 0.5em; }}
.drop del, del.edit {{ text-decoration-color: var(--c); text-decoration-thickness: 2px; }}
del.edit {{ color: var(--c); }} .title {{ font-weight: bold; }}
</style></head>
<body data-articles="{0}" data-removed="{2}">
<h1>newsclean report</h1>
<p class="summary"><span id="articles">{0} articles</span><span id="lines">{1} lines</span><span id="removed">{2} removed</span></p>
<p>{3}</p>
{4}{5}<h2>Articles{6}</h2>
{7}</body></html>
)",
                     articles_, lines_, removed_, legend,
                     bar_chart("Removed lines by category", top(by_category_, 20), true),
                     bar_chart("Removed lines by rule (top 20)", top(by_rule_, 20), false),
                     articles_ > max_shown_ ? fmt::format(" (first {} shown)", max_shown_) : "", body_);
}

}  // namespace newsclean
