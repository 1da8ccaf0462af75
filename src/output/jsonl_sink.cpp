#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "io/json.hpp"
#include "output/sink.hpp"

namespace newsclean {
namespace {

// Lines of one category joined by newlines, for the byline and copyright fields.
std::string lines_of(const Article& article, std::string_view category_name) {
  std::string out;
  for (const Line& line : article.lines) {
    if (line.dropped_as(category_name)) {
      if (!out.empty()) out += '\n';
      out += line.text;
    }
  }
  return out;
}

void append_removal(std::string& out, std::size_t number, const Rule& rule, std::string_view text, bool edit) {
  out += "{\"line\":";
  out += fmt::format_int(number).c_str();
  out += edit ? ",\"action\":\"edit\",\"category\":" : ",\"action\":\"drop\",\"category\":";
  append_json_string(out, rule.category);
  out += ",\"rule\":";
  append_json_string(out, rule.id);
  if (!rule.evidence.empty()) {
    out += ",\"evidence\":";
    append_json_string(out, rule.evidence);
  }
  out += ",\"text\":";
  append_json_string(out, text);
  out += '}';
}

class JsonlSink final : public Sink {
 public:
  JsonlSink(std::string text_field, bool join_wrapped)
      : text_field_(std::move(text_field)), join_wrapped_(join_wrapped) {}

  std::string_view separator() const override { return {}; }

  void format(const Article& article, std::string& out) const override {
    // The record is about the size of the input (clean text plus removed
    // lines) with some escapes: one allocation instead of a dozen regrowths.
    out.reserve(out.size() + article.raw_bytes + article.raw_bytes / 4 + 256);
    out += '{';
    bool first = true;
    const auto key = [&](std::string_view name) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, name);
      out += ':';
    };
    const auto has_input_field = [&](std::string_view name) {
      return std::any_of(article.extra_fields.begin(), article.extra_fields.end(),
                         [&](const ExtraField& field) { return field.key == name; });
    };
    // The input's own fields first, untouched; the text field gets the clean text.
    bool wrote_text = false;
    for (const ExtraField& field : article.extra_fields) {
      key(field.key);
      if (field.key == text_field_) {
        append_json_string(out, clean_text(article, false, join_wrapped_));
        wrote_text = true;
      } else {
        out += field.raw_value;
      }
    }
    const auto ours = [&](std::string_view name) { return !has_input_field(name); };

    if (ours("id")) {
      key("id");
      append_json_string(out, article.id);
    }
    // A record with its own id needs no position: leaving it out also makes
    // sharded runs (parallel --pipe) print exactly what one run prints.
    if (ours("source") && !article.id_from_input) {
      key("source");
      out += "{\"path\":";
      append_json_string(out, article.source);
      fmt::format_to(std::back_inserter(out), ",\"index\":{},\"line\":{}}}", article.index, article.first_line);
    }
    if (ours("title")) {
      key("title");
      if (article.title)
        append_json_string(out, article.lines[*article.title].text);
      else
        out += "null";
    }
    if (!wrote_text) {
      key(text_field_);
      append_json_string(out, clean_text(article, false, join_wrapped_));
    }
    for (const char* name : {category::kByline, category::kCopyright}) {
      if (!ours(name)) continue;
      key(name);
      append_json_string(out, lines_of(article, name));
    }
    if (ours("lang")) {
      key("lang");
      append_json_string(out, lang_code(article.lang));
    }
    std::size_t kept = 0, dropped = 0, edited = 0;
    if (ours("removed")) {
      key("removed");
      out += '[';
      bool first_removal = true;
      for (const Line& line : article.lines) {
        if (line.blank()) continue;
        for (const Edit& edit : line.edits) {
          if (line.dropped()) break;  // the drop below says it all
          if (!first_removal) out += ',';
          first_removal = false;
          append_removal(out, line.number, *edit.rule, edit.removed, true);
        }
        if (line.dropped()) {
          if (!first_removal) out += ',';
          first_removal = false;
          append_removal(out, line.number, *line.dropped_by, line.text, false);
        }
      }
      out += ']';
    }
    for (const Line& line : article.lines) {
      if (line.blank()) continue;
      if (line.dropped())
        ++dropped;
      else
        ++kept;
      if (!line.dropped() && !line.edits.empty()) ++edited;
    }
    if (ours("counts")) {
      key("counts");
      fmt::format_to(std::back_inserter(out), "{{\"lines\":{},\"kept\":{},\"dropped\":{},\"edited\":{}}}",
                     kept + dropped, kept, dropped, edited);
    }
    out += "}\n";
  }

 private:
  std::string text_field_;
  bool join_wrapped_;
};

}  // namespace

std::unique_ptr<Sink> make_jsonl_sink(std::string text_field, bool join_wrapped) {
  return std::make_unique<JsonlSink>(std::move(text_field), join_wrapped);
}

}  // namespace newsclean
