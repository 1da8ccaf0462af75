// Output sinks: one per format, each turning a cleaned article into bytes.
// Text prints the kept lines, JSONL one object per article, explain every
// line with its fate. Sinks keep no state, so worker threads format articles
// in parallel and the writer only joins them with the separator.
#pragma once

#include <memory>
#include <string>

#include "core/article.hpp"

namespace newsclean {

enum class OutputFormat { kText, kJsonl, kExplain, kExplainJsonl, kExplainFeatures };

struct SinkOptions {
  OutputFormat format = OutputFormat::kText;
  std::string text_field = "text";  // JSONL: the field that carries the clean text
  bool color = false;               // explain: ANSI colours
  bool join_wrapped = false;        // a hard-wrapped paragraph as one line (default: as the input broke it)
};

class Sink {
 public:
  virtual ~Sink() = default;
  // Appends the article's output to out.
  virtual void format(const Article& article, std::string& out) const = 0;
  // What goes between two articles of one output.
  virtual std::string_view separator() const = 0;
};

std::unique_ptr<Sink> make_sink(const SinkOptions& options);
std::unique_ptr<Sink> make_text_sink(bool join_wrapped = false);
std::unique_ptr<Sink> make_jsonl_sink(std::string text_field, bool join_wrapped = false);
std::unique_ptr<Sink> make_explain_sink(bool color);
// with_features: each row also carries the page model's feature row (for training).
std::unique_ptr<Sink> make_explain_jsonl_sink(bool with_features = false);

// The article's clean text: kept lines, blank lines between paragraphs kept
// once, the title line excluded when with_title is false.
std::string clean_text(const Article& article, bool with_title, bool join_wrapped = false);

}  // namespace newsclean
