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
  explicit TextSink(Writer& writer) : writer_(writer) {}

  void write(const Article& article) override {
    if (written_++ > 0) writer_.write("\f\n");
    const std::string text = clean_text(article, true);
    writer_.write(text);
    if (!text.empty()) writer_.write("\n");
  }

 private:
  Writer& writer_;
  std::size_t written_ = 0;
};

}  // namespace

std::unique_ptr<Sink> make_text_sink(Writer& writer) { return std::make_unique<TextSink>(writer); }

}  // namespace newsclean
