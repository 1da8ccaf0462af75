// Splits an input into articles. Text: the whole input is one article unless
// lines holding a single form feed (or lines matching --separator) split it.
// JSONL: one JSON object per line, the raw text in a chosen field; every other
// field is kept for the output. Bad records come back as rejects, not errors.
#pragma once

#include <memory>
#include <string>

#include "core/article.hpp"
#include "io/byte_source.hpp"
#include "io/decoding_source.hpp"
#include "io/input_files.hpp"
#include "io/line_reader.hpp"
#include "io/spool.hpp"

namespace re2 {
class RE2;
}

namespace newsclean {

enum class InputFormat { kAuto, kText, kJsonl };

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  std::string text_field = "text";
  std::string id_field = "id";
  const re2::RE2* separator = nullptr;  // null: a line holding only "\f"
  std::string encoding = "utf-8";       // or "auto", or an ICU converter name
  // For --rejects: keep each JSONL record's line in Article::record, and an
  // oversized article's or record's bytes in Reject::file.
  bool keep_records = false;
  // Larger articles (text) or records (JSONL) are rejected without being held
  // in memory (with keep_records, their bytes go to a temporary file); 0: no limit.
  std::size_t max_article_bytes = std::size_t{64} << 20;
};

// A record that could not be read: where ("file:line"), why, and its bytes
// (in raw, or for one too large to hold, in file when the reader keeps records).
struct Reject {
  std::string where;
  std::string reason;
  std::string raw;
  std::shared_ptr<TempFile> file;
};

class ArticleReader {
 public:
  enum class Next { kArticle, kReject, kEnd };

  // path is what the user named ("-" for stdin); display_name goes in messages.
  // open_from, when given, is read instead of path (stdin spooled to a file).
  ArticleReader(const std::string& path, std::string display_name, const ReaderOptions& options,
                const std::string& open_from = {});
  // The same for an input of list_input_files().
  ArticleReader(const InputFile& input, const ReaderOptions& options)
      : ArticleReader(input.path, input.name, options, input.spooled) {}

  // Fills article (source, index, first_line, id, raw, extra fields) or
  // reject. Throws InputError when the input itself fails.
  Next next(Article& article, Reject& reject);

  // Articles returned so far.
  std::size_t count() const { return count_; }

  // The encoding the input got, and with --encoding auto a message when the
  // detector was unsure.
  const DecodeInfo& decoded() const { return decoded_; }

 private:
  Next next_text(Article& article, Reject& reject);
  Next next_jsonl(Article& article, Reject& reject);
  bool is_separator(std::string_view line) const;
  // The line read ahead while sniffing, else the next line; false at the end.
  // With a raw tap, raw_line_ then holds the same line's bytes as read.
  bool next_line(std::string_view& line);
  // The bytes as read of the line (or piece) next_line returned: the tap's
  // when the input was decoded, else the line itself.
  std::string_view as_read(std::string_view line) const { return tapped() ? std::string_view(raw_line_) : line; }
  bool tapped() const { return decoded_.raw && decoded_.raw->in_step(); }
  // The rest of an article or record too large to hold, from what was read
  // of it, into a temporary file; stops at the article's end (a separator,
  // for text) or the record's (JSONL).
  Next reject_oversized(std::string_view before, std::string_view piece, bool text, std::size_t line, Reject& reject);

  DecodeInfo decoded_;  // before source_: its constructor fills it
  std::unique_ptr<ByteSource> source_;
  LineReader lines_;
  std::string name_;
  const ReaderOptions& options_;
  InputFormat format_;
  std::size_t count_ = 0;
  std::size_t records_ = 0;
  bool done_ = false;
  // A line read ahead while sniffing the format.
  bool has_pending_ = false;
  std::string pending_;
  std::string pending_raw_;
  std::string raw_line_;
};

// True for names that say JSONL: .jsonl, .ndjson, optionally .gz or .zst.
bool has_jsonl_name(const std::string& path);

}  // namespace newsclean
