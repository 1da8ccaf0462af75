#include "output/sink.hpp"

namespace newsclean {

std::unique_ptr<Sink> make_sink(const SinkOptions& options, Writer& writer) {
  switch (options.format) {
    case OutputFormat::kText: return make_text_sink(writer);
    case OutputFormat::kJsonl: return make_jsonl_sink(writer, options.text_field);
    case OutputFormat::kExplain: return make_explain_sink(writer, options.color);
  }
  return make_text_sink(writer);
}

}  // namespace newsclean
