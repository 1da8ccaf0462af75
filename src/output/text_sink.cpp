#include "output/sink.hpp"

namespace newsclean {

std::string clean_text(const Article& article, bool with_title) {
  std::string out;
  bool pending_blank = false;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.dropped()) continue;
    if (!with_title && article.title == i) continue;
    if (line.blank()) {
      pending_blank = !out.empty();
      continue;
    }
    if (pending_blank) out += '\n';
    pending_blank = false;
    out += line.text;
    out += '\n';
  }
  if (!out.empty()) out.pop_back();
  return out;
}

namespace {

// Articles are separated by a line holding a form feed, the default input
// separator, so that the output can be cleaned again.
class TextSink final : public Sink {
 public:
  void format(const Article& article, std::string& out) const override {
    const std::size_t start = out.size();
    out += clean_text(article, true);
    if (out.size() > start) out += '\n';
  }
  std::string_view separator() const override { return "\f\n"; }
};

}  // namespace

std::unique_ptr<Sink> make_text_sink() {
  return std::make_unique<TextSink>();
}

}  // namespace newsclean
