#include "io/article_reader.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <vector>

#include "io/decoding_source.hpp"
#include "io/json.hpp"

namespace newsclean {
namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string_view strip_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

bool has_jsonl_name(const std::string& path) {
  for (const std::string_view compression : {"", ".gz", ".zst"}) {
    for (const std::string_view ext : {".jsonl", ".ndjson"}) {
      if (ends_with(path, std::string(ext) + std::string(compression))) return true;
    }
  }
  return false;
}

ArticleReader::ArticleReader(const std::string& path, std::string display_name, const ReaderOptions& options,
                             const std::string& open_from)
    : source_(decode_input(open_input(open_from.empty() ? path : open_from, display_name), options.encoding,
                           display_name, &decoded_, options.keep_records)),
      lines_(*source_, options.max_article_bytes),
      name_(std::move(display_name)),
      options_(options),
      format_(options.format) {
  if (format_ == InputFormat::kAuto && has_jsonl_name(path)) format_ = InputFormat::kJsonl;
  if (format_ == InputFormat::kAuto && path != "-") format_ = InputFormat::kText;
}

bool ArticleReader::next_line(std::string_view& line) {
  if (has_pending_) {
    line = pending_;
    raw_line_ = pending_raw_;
    has_pending_ = false;
    return true;
  }
  if (!lines_.next(line)) {
    done_ = true;
    return false;
  }
  if (decoded_.raw) {
    if (lines_.partial() ? decoded_.raw->take_piece(raw_line_) : decoded_.raw->take_line(raw_line_)) return true;
    raw_line_.clear();  // out of step: records fall back to the decoded text
  }
  return true;
}

bool ArticleReader::is_separator(std::string_view line) const {
  line = strip_cr(line);
  if (options_.separator) return RE2::FullMatch(line, *options_.separator);
  return line == "\f";
}

ArticleReader::Next ArticleReader::next(Article& article, Reject& reject) {
  if (done_) return Next::kEnd;
  if (format_ == InputFormat::kAuto) {
    // stdin with no name to go by: JSONL when the first line is a JSON object.
    std::string_view first;
    if (!next_line(first)) return Next::kEnd;
    std::vector<JsonMember> members;
    format_ = parse_json_object(strip_cr(first), members).empty() ? InputFormat::kJsonl : InputFormat::kText;
    pending_ = std::string(first);
    pending_raw_ = raw_line_;
    has_pending_ = true;
  }
  return format_ == InputFormat::kJsonl ? next_jsonl(article, reject) : next_text(article, reject);
}

ArticleReader::Next ArticleReader::next_text(Article& article, Reject& reject) {
  article = Article();
  article.source = name_;
  std::string_view line;
  bool any_line = false;
  bool any_text = false;
  for (;;) {
    if (!next_line(line)) break;
    if (is_separator(line)) {
      if (!any_line) article.first_line = lines_.line_number();
      break;
    }
    if (!any_line) article.first_line = lines_.line_number();
    any_line = true;
    any_text = any_text || line.find_first_not_of(" \t\r") != std::string_view::npos;
    if (options_.max_article_bytes > 0 && article.raw.size() + line.size() + 1 > options_.max_article_bytes) {
      article.index = ++count_;  // the articles after it keep their numbers
      return reject_oversized(tapped() ? article.record : article.raw, as_read(line), true, article.first_line, reject);
    }
    article.raw.append(line);
    article.raw += '\n';
    if (tapped()) {  // --rejects of a decoded input: the article as read
      article.record.append(raw_line_);
      article.record += '\n';
    }
  }
  // What follows the last separator is an article only if it has text; an
  // empty piece between two separators is returned (and reported empty).
  if (done_ && !any_text) return Next::kEnd;
  if (!tapped()) article.record.clear();  // the tap lost step: the decoded text it is
  article.index = ++count_;
  article.id = fmt::format("{}#{}", name_, article.index);
  return Next::kArticle;
}

ArticleReader::Next ArticleReader::next_jsonl(Article& article, Reject& reject) {
  std::string_view line, record;  // record: the line as read, for --rejects
  for (;;) {
    if (!next_line(line)) return Next::kEnd;
    record = as_read(line);
    line = strip_cr(line);
    if (lines_.partial() || line.find_first_not_of(" \t") != std::string_view::npos) break;
  }
  ++records_;
  if (lines_.partial()) return reject_oversized({}, record, false, lines_.line_number(), reject);
  const std::string where = fmt::format("{}:{}", name_, lines_.line_number() == 0 ? 1 : lines_.line_number());
  std::vector<JsonMember> members;
  if (std::string error = parse_json_object(line, members); !error.empty()) {
    reject = {where, "not a JSON object: " + error, std::string(record), {}};
    return Next::kReject;
  }
  article = Article();
  article.source = name_;
  article.first_line = lines_.line_number() == 0 ? 1 : lines_.line_number();
  bool has_text = false;
  for (const JsonMember& member : members) {
    if (member.key == options_.text_field) {
      if (!decode_json_string(member.raw_value, article.raw)) {
        reject = {where, fmt::format("field '{}' is not a string", options_.text_field), std::string(record), {}};
        return Next::kReject;
      }
      has_text = true;
      article.extra_fields.push_back({member.key, std::string()});  // the sink writes the clean text here
    } else {
      if (member.key == options_.id_field) {
        if (!decode_json_string(member.raw_value, article.id)) article.id = std::string(member.raw_value);
        article.id_from_input = true;
      }
      article.extra_fields.push_back({member.key, std::string(member.raw_value)});
    }
  }
  if (!has_text) {
    reject = {where, fmt::format("no '{}' field", options_.text_field), std::string(record), {}};
    return Next::kReject;
  }
  article.index = ++count_;
  if (article.id.empty()) article.id = fmt::format("{}#{}", name_, article.index);
  if (options_.keep_records) article.record = std::string(record);
  return Next::kArticle;
}

ArticleReader::Next ArticleReader::reject_oversized(std::string_view before, std::string_view piece, bool text,
                                                    std::size_t line, Reject& reject) {
  // Only --rejects needs the bytes: without it they are read past, not written.
  std::shared_ptr<TempFile> file = options_.keep_records ? std::make_shared<TempFile>("record") : nullptr;
  const auto keep = [&](std::string_view bytes) {
    if (file) file->write(bytes);
  };
  keep(before);
  keep(piece);
  bool inside_line = lines_.partial();  // the piece ends in the middle of its line
  if (!inside_line && text) keep("\n");
  while (inside_line || text) {
    if (!next_line(piece)) break;
    if (text && !inside_line && is_separator(piece)) break;
    keep(as_read(piece));
    inside_line = lines_.partial();
    if (!inside_line && text) keep("\n");
  }
  if (!text) keep("\n");
  if (file) file->close();
  reject = {fmt::format("{}:{}", name_, line == 0 ? 1 : line),
            fmt::format("{} larger than --max-article-bytes ({} bytes), skipped", text ? "article" : "record",
                        options_.max_article_bytes),
            std::string(), std::move(file)};
  return Next::kReject;
}

}  // namespace newsclean
