#include <fmt/format.h>

#include "io/json.hpp"
#include "pipeline/run.hpp"

namespace newsclean {

void add_stats(RunStats& total, const RunStats& part) {
  total.inputs += part.inputs;
  total.articles_read += part.articles_read;
  total.written += part.written;
  total.rejected += part.rejected;
  total.empty += part.empty;
  total.emptied += part.emptied;
  total.kept_densest_run += part.kept_densest_run;
  total.unwrapped += part.unwrapped;
  total.lines_joined += part.lines_joined;
  total.learned_from += part.learned_from;
  total.learned_lines += part.learned_lines;
  total.lines_in += part.lines_in;
  total.lines_dropped += part.lines_dropped;
  total.lines_edited += part.lines_edited;
  total.invalid_bytes += part.invalid_bytes;
  total.bytes_in += part.bytes_in;
  total.bytes_out += part.bytes_out;
  total.problems += part.problems;
  for (const auto& [name, n] : part.by_category) total.by_category[name] += n;
  for (const auto& [name, n] : part.by_rule) total.by_rule[name] += n;
  for (const auto& [name, n] : part.by_encoding) total.by_encoding[name] += n;
}

std::string format_stats(const RunStats& stats) {
  std::string out = fmt::format(
      "newsclean: stats: inputs {} articles {} written {} rejected {} empty {} emptied {}\n"
      "newsclean: stats: lines {} dropped {} edited {} invalid-utf8 {}\n"
      "newsclean: stats: bytes in {} out {}\n",
      stats.inputs, stats.articles_read, stats.written, stats.rejected, stats.empty, stats.emptied, stats.lines_in,
      stats.lines_dropped, stats.lines_edited, stats.invalid_bytes, stats.bytes_in, stats.bytes_out);
  if (stats.kept_densest_run > 0) out += fmt::format("newsclean: stats: kept-densest-run {}\n", stats.kept_densest_run);
  if (stats.unwrapped > 0) {
    out += fmt::format("newsclean: stats: unwrapped {} articles: {} wrapped lines joined into paragraphs\n",
                       stats.unwrapped, stats.lines_joined);
  }
  if (stats.learned_from > 0) {
    out += fmt::format("newsclean: stats: learned from {} articles: {} repeated lines\n", stats.learned_from,
                       stats.learned_lines);
  }
  for (const auto& [name, n] : stats.by_category) out += fmt::format("newsclean: stats: category {} {}\n", name, n);
  for (const auto& [name, n] : stats.by_rule) out += fmt::format("newsclean: stats: rule {} {}\n", name, n);
  for (const auto& [name, n] : stats.by_encoding) out += fmt::format("newsclean: stats: encoding {} {}\n", name, n);
  return out;
}

std::string format_stats_json(const RunStats& stats) {
  std::string out = fmt::format(
      "{{\"inputs\":{},\"articles_read\":{},\"written\":{},\"rejected\":{},\"empty\":{},\"emptied\":{},\"kept_densest_"
      "run\":{},"
      "\"lines_in\":{},\"lines_dropped\":{},\"lines_edited\":{},\"invalid_utf8\":{},\"bytes_in\":{},\"bytes_out\":{}",
      stats.inputs, stats.articles_read, stats.written, stats.rejected, stats.empty, stats.emptied,
      stats.kept_densest_run, stats.lines_in, stats.lines_dropped, stats.lines_edited, stats.invalid_bytes,
      stats.bytes_in, stats.bytes_out);
  for (const auto& [field, counts] :
       {std::pair{"by_category", &stats.by_category}, std::pair{"by_rule", &stats.by_rule},
        std::pair{"by_encoding", &stats.by_encoding}}) {
    out += fmt::format(",\"{}\":{{", field);
    bool first = true;
    for (const auto& [name, n] : *counts) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, name);
      out += fmt::format(":{}", n);
    }
    out += '}';
  }
  if (stats.unwrapped > 0) {
    out += fmt::format(",\"unwrapped\":{{\"articles\":{},\"lines_joined\":{}}}", stats.unwrapped, stats.lines_joined);
  }
  if (stats.learned_from > 0) {
    out += fmt::format(",\"learned\":{{\"articles\":{},\"lines\":{}}}", stats.learned_from, stats.learned_lines);
  }
  out += "}\n";
  return out;
}

}  // namespace newsclean
