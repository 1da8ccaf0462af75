#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.hpp"
#include "io/article_reader.hpp"
#include "io/input_files.hpp"
#include "io/json.hpp"
#include "learn/line_counter.hpp"
#include "output/writer.hpp"
#include "page/page_model.hpp"
#include "text/normalize.hpp"

namespace newsclean {
namespace {

// The site an article came from: the named JSONL field, or the first of
// site, domain, url (its host) and source that holds a string.
std::string site_of(const Article& article, const std::string& field) {
  const std::vector<std::string> names =
      field.empty() ? std::vector<std::string>{"site", "domain", "url", "source"} : std::vector<std::string>{field};
  for (const std::string& name : names) {
    for (const ExtraField& extra : article.extra_fields) {
      std::string value;
      if (extra.key != name || !decode_json_string(extra.raw_value, value) || value.empty()) continue;
      if (name == "url") {
        const std::size_t scheme = value.find("://");
        const std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
        value = value.substr(start, value.find('/', start) - start);
        if (value.rfind("www.", 0) == 0) value.erase(0, 4);
      }
      return value;
    }
  }
  return {};
}

std::vector<std::string> normalized_lines(const std::string& raw) {
  std::vector<std::string> lines;
  for (NormalizedLine& line : normalize_text(raw).lines) lines.push_back(std::move(line.text));
  return lines;
}

// The index of the story's last line, as the page model finds it; past the
// end when it finds no story (then no line can be a list marker).
std::size_t story_end(const std::vector<std::string>& lines) {
  Article article;
  article.lines.resize(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) article.lines[i].text = lines[i];
  prepare_page_model(article, true);  // learn asks of every article, short ones too
  const StoryExtent extent = story_extent(article);
  return extent.empty ? lines.size() : extent.last;
}

}  // namespace

CLI::App* add_learn_command(CLI::App& app, LearnOptions& o) {
  CLI::App* learn =
      app.add_subcommand("learn",
                         "Find lines that repeat across many articles (per site when the input names one) and write a "
                         "rule file proposing to remove them");
  learn->add_option("paths", o.inputs, "Files or folders to learn from (text or JSONL); '-' is stdin");
  learn->add_option("-o,--output", o.output, "Write the rule file here (default: stdout)");
  learn->add_option("--min-articles", o.min_articles, "Propose a line seen in at least this many articles of its site")
      ->default_val(20);
  learn->add_option("--min-share", o.min_share, "... and in at least this share of them (0.01 = 1%)")
      ->default_val(0.01);
  learn->add_option("--save-counts", o.save_counts, "Also save the counts here, to merge later (map-reduce)");
  learn->add_option("--merge", o.merge, "Add counts saved by --save-counts (repeatable)")->allow_extra_args(false);
  learn->add_option("--site-field", o.site_field, "JSONL field naming the site (default: site, domain, url, source)");
  learn->add_option("--text-field", o.text_field, "JSONL field holding the text")->default_val("text");
  learn->add_option("--max-keys", o.max_keys, "Distinct lines kept in memory before the rarest are dropped")
      ->default_val(1000000);
  return learn;
}

int run_learn(const LearnOptions& o) {
  LineCounter counter(o.max_keys);
  int status = 0;
  for (const std::string& path : o.merge) {
    if (std::string error = counter.merge(path); !error.empty()) {
      std::fprintf(stderr, "newsclean: %s\n", error.c_str());
      return 2;
    }
  }
  ReaderOptions reader_options;
  reader_options.text_field = o.text_field;
  const std::vector<std::string> inputs =
      o.inputs.empty() && o.merge.empty() ? std::vector<std::string>{"-"} : o.inputs;
  std::string messages;
  const std::vector<InputFile> files = list_input_files(inputs, "", messages);
  if (!messages.empty()) {
    std::fputs(messages.c_str(), stderr);
    status = 1;
  }
  for (const InputFile& file : files) {
    try {
      ArticleReader reader(file.path, file.name, reader_options);
      Article article;
      Reject reject;
      for (;;) {
        const ArticleReader::Next next = reader.next(article, reject);
        if (next == ArticleReader::Next::kEnd) break;
        if (next == ArticleReader::Next::kReject) {
          std::fprintf(stderr, "newsclean: %s: %s\n", reject.where.c_str(), reject.reason.c_str());
          status = 1;
          continue;
        }
        const std::vector<std::string> lines = normalized_lines(article.raw);
        counter.add_article(site_of(article, o.site_field), lines, story_end(lines));
      }
    } catch (const InputError& error) {
      std::fprintf(stderr, "newsclean: %s\n", error.what());
      status = 1;
    }
  }
  if (!o.save_counts.empty()) {
    if (std::string error = counter.save(o.save_counts); !error.empty()) {
      std::fprintf(stderr, "newsclean: %s\n", error.c_str());
      return 2;
    }
  }
  Writer out(o.output);
  out.write(counter.rules({o.min_articles, o.min_share}));
  out.commit();
  return status;
}

}  // namespace newsclean
