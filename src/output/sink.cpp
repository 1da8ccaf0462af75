#include "output/sink.hpp"

namespace newsclean {

std::unique_ptr<Sink> make_sink(const SinkOptions& options) {
  switch (options.format) {
    case OutputFormat::kText: return make_text_sink(options.join_wrapped);
    case OutputFormat::kJsonl: return make_jsonl_sink(options.text_field, options.join_wrapped);
    case OutputFormat::kExplain: return make_explain_sink(options.color);
    case OutputFormat::kExplainJsonl: return make_explain_jsonl_sink();
    case OutputFormat::kExplainFeatures: return make_explain_jsonl_sink(true);
  }
  return make_text_sink();
}

}  // namespace newsclean
