#include "pipeline/run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace newsclean {
namespace {

namespace fs = std::filesystem;

void report(const std::string& where, const std::string& what) {
  std::fputs(fmt::format("newsclean: {}: {}\n", where, what).c_str(), stderr);
}

struct Input {
  std::string path;  // what to open
  std::string name;  // what to call it
};

// Files in the order given; a folder's files sorted by path, recursively.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths, RunStats& stats) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back({"-", "<stdin>"});
      continue;
    }
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      inputs.push_back({path, path});
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
      if (it->is_regular_file(error)) found.push_back(it->path().string());
    }
    if (error) {
      report(path, "cannot read folder: " + error.message());
      ++stats.problems;
    }
    std::sort(found.begin(), found.end());
    for (std::string& file : found) inputs.push_back({file, file});
  }
  return inputs;
}

void count(const Article& article, RunStats& stats) {
  bool any_kept = false;
  for (const Line& line : article.lines) {
    if (line.blank()) continue;
    ++stats.lines_in;
    if (line.dropped()) {
      ++stats.lines_dropped;
      ++stats.by_category[line.dropped_by->category];
      ++stats.by_rule[line.dropped_by->id];
    } else {
      any_kept = true;
      for (const Edit& edit : line.edits) {
        ++stats.by_category[edit.rule->category];
        ++stats.by_rule[edit.rule->id];
      }
      stats.lines_edited += !line.edits.empty();
    }
  }
  stats.emptied += !any_kept;
  stats.invalid_bytes += article.invalid_bytes;
}

}  // namespace

int run(const Config& config, RunStats& stats) {
  Writer writer(config.output);
  std::unique_ptr<Writer> rejects;
  if (!config.rejects.empty()) rejects = std::make_unique<Writer>(config.rejects);
  const std::unique_ptr<Sink> sink = make_sink(config.sink, writer);
  Cleaner cleaner(*config.rules, config.clean);

  const std::vector<std::string> paths = config.inputs.empty() ? std::vector<std::string>{"-"} : config.inputs;
  Article article;
  Reject reject;
  for (const Input& input : expand_inputs(paths, stats)) {
    ++stats.inputs;
    try {
      ArticleReader reader(input.path, input.name, config.reader);
      const std::size_t invalid_before = stats.invalid_bytes;
      const std::size_t rejected_before = stats.rejected;
      for (;;) {
        const ArticleReader::Next next = reader.next(article, reject);
        if (next == ArticleReader::Next::kEnd) break;
        ++stats.articles_read;
        if (next == ArticleReader::Next::kReject) {
          report(reject.where, reject.reason);
          ++stats.rejected;
          ++stats.problems;
          if (rejects) {
            rejects->write(reject.raw);
            rejects->write("\n");
          }
          continue;
        }
        const std::size_t first_line = article.first_line;
        cleaner.clean(article);
        if (article.lines.empty()) {
          report(fmt::format("{}:{}", input.name, first_line), "empty article (no text), not written");
          ++stats.empty;
          ++stats.problems;
          continue;
        }
        count(article, stats);
        sink->write(article);
        ++stats.written;
      }
      if (stats.invalid_bytes > invalid_before) {
        report(input.name, fmt::format("{} invalid UTF-8 sequence(s) replaced with U+FFFD",
                                       stats.invalid_bytes - invalid_before));
      }
      if (reader.count() == 0 && rejected_before == stats.rejected) {
        report(input.name, "empty input, no article");
        ++stats.problems;
      }
    } catch (const InputError& error) {
      std::fputs(fmt::format("newsclean: {}\n", error.what()).c_str(), stderr);
      ++stats.problems;
    }
  }
  writer.commit();
  if (rejects) rejects->commit();
  if (config.stats) std::fputs(format_stats(stats).c_str(), stderr);
  return stats.problems > 0 ? 1 : 0;
}

std::string format_stats(const RunStats& stats) {
  std::string out = fmt::format(
      "newsclean: stats: inputs {} articles {} written {} rejected {} empty {} emptied {}\n"
      "newsclean: stats: lines {} dropped {} edited {} invalid-utf8 {}\n",
      stats.inputs, stats.articles_read, stats.written, stats.rejected, stats.empty, stats.emptied, stats.lines_in,
      stats.lines_dropped, stats.lines_edited, stats.invalid_bytes);
  for (const auto& [name, n] : stats.by_category) out += fmt::format("newsclean: stats: category {} {}\n", name, n);
  for (const auto& [name, n] : stats.by_rule) out += fmt::format("newsclean: stats: rule {} {}\n", name, n);
  return out;
}

}  // namespace newsclean
