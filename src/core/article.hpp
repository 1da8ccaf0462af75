// The article as every stage sees it: normalised lines, each either kept,
// edited (inline removals) or dropped, with the rule that did it. Stages only
// mark lines; the sinks decide what to print.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/rule.hpp"
#include "text/lang.hpp"

namespace newsclean {

struct Edit {
  const Rule* rule;
  std::string removed;  // the text the rule took out of the line
};

struct Line {
  std::string text;            // current text, after any edits
  std::size_t number = 0;      // 1-based line number within the article's raw text
  Lang lang = Lang::kUnknown;  // which language's rules judge this line
  float story = -1.0f;         // the page model's P(story text); -1: not scored (blank, or model off)
  const Rule* dropped_by = nullptr;
  std::vector<Edit> edits;
  std::string wrapped;     // a hard-wrapped paragraph: its lines as the input broke them (text/unwrap)
  bool heads_cut = false;  // a cut rule's marker: a cut starts here (rules/apply), even below another cut

  bool dropped() const { return dropped_by != nullptr; }
  // Dropped by a rule or detector of this category ("byline", "caption").
  bool dropped_as(std::string_view category_name) const {
    return dropped_by != nullptr && dropped_by->category == category_name;
  }
  bool blank() const { return text.empty(); }
  // The raw line this one ends on: its own, or a joined paragraph's last.
  std::size_t last_number() const {
    return number + static_cast<std::size_t>(std::count(wrapped.begin(), wrapped.end(), '\n'));
  }
  // Kept and not blank: a line of the output.
  bool visible() const { return !dropped() && !blank(); }
};

// An input field carried through to JSONL output untouched.
struct ExtraField {
  std::string key;        // decoded key
  std::string raw_value;  // the value's JSON text, as it was
};

struct Article {
  std::string raw;             // the input text; the cleaner turns it into lines and empties it
  std::string record;          // JSONL with --rejects: the record's line as read, to reject it byte for byte
  std::string source;          // path, or "<stdin>"
  std::size_t index = 1;       // 1-based position of the article in its source
  std::size_t first_line = 1;  // line of the source where the article starts
  std::string id;              // from the input's id field, or "<source>#<index>"
  std::string site;            // --learn-from-input: the site its evidence is counted for
  bool id_from_input = false;  // the record carried its own id
  std::vector<Line> lines;
  Lang lang = Lang::kUnknown;
  std::optional<std::size_t> title;  // index into lines
  std::vector<ExtraField> extra_fields;
  std::vector<float> features;  // --explain=features: the page model's inputs, one row per line
  std::size_t invalid_bytes = 0;
  std::size_t first_invalid_line = 0;  // line of the source holding the first bad byte
  std::size_t first_invalid_column = 0;
  std::size_t raw_bytes = 0;      // size of the input text, for the byte counts
  std::size_t wrap_width = 0;     // a hard-wrapped dump: the columns its paragraphs were wrapped at
  std::size_t joined_lines = 0;   // ... and the wrapped lines joined into the paragraphs' first lines
  bool kept_densest_run = false;  // everything would have gone: the densest prose run was kept

  void drop(std::size_t i, const Rule& rule) {
    if (!lines[i].dropped()) lines[i].dropped_by = &rule;
  }
};

}  // namespace newsclean
