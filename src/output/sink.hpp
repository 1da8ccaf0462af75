// Output sinks: one per format, each turning a cleaned article into bytes for
// a Writer. Text prints the kept lines, JSONL one object per article, explain
// every line with its fate.
#pragma once

#include <memory>
#include <string>

#include "core/article.hpp"
#include "output/writer.hpp"

namespace newsclean {

enum class OutputFormat { kText, kJsonl, kExplain };

struct SinkOptions {
  OutputFormat format = OutputFormat::kText;
  std::string text_field = "text";  // JSONL: the field that carries the clean text
  bool color = false;               // explain: ANSI colours
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const Article& article) = 0;
};

std::unique_ptr<Sink> make_sink(const SinkOptions& options, Writer& writer);
std::unique_ptr<Sink> make_text_sink(Writer& writer);
std::unique_ptr<Sink> make_jsonl_sink(Writer& writer, std::string text_field);
std::unique_ptr<Sink> make_explain_sink(Writer& writer, bool color);

// The article's clean text: kept lines, blank lines between paragraphs kept
// once, the title line excluded when with_title is false.
std::string clean_text(const Article& article, bool with_title);

}  // namespace newsclean
