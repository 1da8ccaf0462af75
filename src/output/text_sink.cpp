#include "output/sink.hpp"
#include "text/unwrap.hpp"

namespace newsclean {

std::string clean_text(const Article& article, bool with_title, bool join_wrapped) {
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
    // A hard-wrapped paragraph is judged joined and printed as it came,
    // less what rules cut out of it.
    if (join_wrapped || line.wrapped.empty()) {
      out += line.text;
    } else if (line.edits.empty()) {
      out += line.wrapped;
    } else {
      const std::string lines = rewrapped(line.text, line.wrapped);
      out += lines.empty() ? line.text : lines;
    }
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
  explicit TextSink(bool join_wrapped) : join_wrapped_(join_wrapped) {}
  void format(const Article& article, std::string& out) const override {
    const std::size_t start = out.size();
    out += clean_text(article, true, join_wrapped_);
    if (out.size() > start) out += '\n';
  }
  std::string_view separator() const override { return "\f\n"; }

 private:
  bool join_wrapped_;
};

}  // namespace

std::unique_ptr<Sink> make_text_sink(bool join_wrapped) {
  return std::make_unique<TextSink>(join_wrapped);
}

}  // namespace newsclean
