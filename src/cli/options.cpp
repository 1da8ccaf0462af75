#include "cli/options.hpp"

#include <fmt/format.h>
#include <re2/re2.h>
#include <CLI/CLI.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "io/decoding_source.hpp"
#include "rules/embedded_packs.hpp"

namespace newsclean {

// --help lists the flags of learning while cleaning under their own heading.
constexpr const char* kLearnGroup = "Learning while cleaning";

void add_options(CLI::App& app, Options& o) {
  app.add_option("paths", o.inputs, "Files or folders to clean (folders recursively); '-' or none: stdin");
  app.add_option("-o,--output", o.output,
                 "Write here instead of stdout (a file through a temporary one, renamed when done; a device, FIFO or "
                 "symlink in place)");
  app.add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->default_str("text");
  app.add_option("--input-format", o.input_format, "Input format: auto (JSONL for .jsonl files), text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->default_str("auto");
  // One value per flag, so "--rules x.rules input.txt" leaves input.txt an input.
  app.add_option("-r,--rules", o.rule_files, "A rule file to use (repeatable); see docs/rules.md")
      ->allow_extra_args(false);
  app.add_flag("--no-default-rules", o.no_default_rules, "Do not use the embedded rule packs");
  app.add_option("--packs", o.packs, "Embedded packs to use, comma separated (default: all; see --list-packs)");
  app.add_flag("--list-packs", o.list_packs, "List the embedded packs and exit");
  app.add_flag("--explain{text}", o.explain,
               "Print every input line with its fate and the rule that removed it; --explain=jsonl: one JSON "
               "object per line with the page model's story score, for tools; --explain=features: the same with "
               "the model's input features (for scripts/train_story_model.py)")
      ->check(CLI::IsMember({"text", "jsonl", "features"}));
  app.add_option("--title", o.title, "Title: auto (the first line if it looks like a headline), first-line or none")
      ->check(CLI::IsMember({"auto", "first-line", "none"}))
      ->default_str("auto");
  app.add_flag("--join-wrapped", o.join_wrapped,
               "Print a hard-wrapped dump's paragraphs (lynx -dump, w3m -dump) as one line each; by default they "
               "are judged joined and printed as the input broke them");
  app.add_option("--separator", o.separator,
                 "Regex (RE2) for lines that separate articles in text input (default: a line holding a form feed)");
  app.add_option("--text-field", o.text_field, "JSONL field holding the raw text (input) and clean text (output)")
      ->default_str("text");
  app.add_option("--id-field", o.id_field, "JSONL field holding the article id")->default_str("id");
  app.add_option("--max-article-bytes", o.max_article_bytes,
                 "Skip larger articles (JSONL: records), kept byte for byte in --rejects without holding them in "
                 "memory; a size such as 200MB, 0 for no limit")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("64MiB");
  app.add_option("--encoding", o.encoding,
                 "Input encoding: utf-8 (default), auto (BOM, else UTF-8 if valid, else ICU's guess), or an ICU "
                 "name such as euc-kr, cp949, shift_jis, gb18030, utf-16")
      ->default_str("utf-8");
  app.add_option("--invalid", o.invalid,
                 "Invalid UTF-8: replace with U+FFFD and warn (default), skip the article, or fail")
      ->check(CLI::IsMember({"replace", "skip", "fail"}))
      ->default_str("replace");
  app.add_option("--output-dir", o.output_dir,
                 "Write one output file per input file here, mirroring the input folders (for cron jobs)");
  app.add_option("--glob", o.glob, "In folders, read only files whose name matches this pattern (e.g. '*.txt')");
  app.add_flag("--progress", o.progress, "Show a progress line on stderr (default: when stderr is a terminal)");
  app.add_flag("--no-progress", o.no_progress, "Never show the progress line");
  app.add_option("-j,--threads", o.threads, "Worker threads (default: one per core); output order never changes");
  app.add_option("--stats-json", o.stats_json, "Write the counts of --stats to this file as JSON");
  app.add_option("--rejects", o.rejects, "Write JSONL records that could not be read here, unchanged");
  app.add_flag("--stats", o.stats, "Print counts of articles and removals per category and rule to stderr");
  app.add_flag("--no-detectors", o.no_detectors,
               "Apply rules only: no duplicate-lead, headline-list or byline detector, no page model");
  app.add_flag("--no-page-model", o.no_page_model,
               "Rules and detectors only: no story model, no story extent (see docs/accuracy.md)");
  app.add_option("--story-scores", o.story_scores,
                 "Evaluation only: a TSV of line and P(story) that replaces the story model's scores")
      ->group("");
  app.add_flag("--learn-from-input", o.learn_from_input,
               "Read the input twice: count the lines that repeat across each site's articles, then clean with "
               "them as evidence (outside the story they go, as learned:SITE); stdin is copied to $TMPDIR first")
      ->group(kLearnGroup);
  app.add_option("--learn-min-articles", o.learn_thresholds.min_articles,
                 "A line is evidence when seen in at least this many articles of its site")
      ->capture_default_str()
      ->group(kLearnGroup);
  app.add_option("--learn-min-share", o.learn_thresholds.min_share,
                 "... and in at least this share of them (0.05 = 5%)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0))
      ->group(kLearnGroup);
  app.add_option("--counts", o.counts,
                 "Start from counts saved earlier by --save-counts or `learn --save-counts` (repeatable)")
      ->allow_extra_args(false)  // `--counts c.tsv input.txt`: the input is no counts file
      ->group(kLearnGroup);
  app.add_option("--save-counts", o.save_counts, "Save the counts (those loaded plus this run's) here")
      ->group(kLearnGroup);
  app.add_option("--site-field", o.site_field,
                 "JSONL field naming an article's site (default: site, domain, url's host, source)")
      ->group(kLearnGroup);
  app.add_option("--site-from", o.site_from,
                 "A regex on each input's path whose first group names its site (default: the JSONL fields, else "
                 "the folder the file is in)")
      ->group(kLearnGroup);
  app.add_option("--color", o.color,
                 "Colour in --explain: auto (when stdout is a terminal and NO_COLOR is unset), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_str("auto");
}

namespace {

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> items;
  std::string item;
  std::istringstream in(list);
  while (std::getline(in, item, ',')) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

void add_parsed(ParsedRules parsed, std::vector<RuleFile>& files, ConfigError& error) {
  for (const RuleError& e : parsed.errors) error.messages.push_back(fmt::format("{}: {}", e.where, e.what));
  files.push_back(std::move(parsed.file));
}

}  // namespace

std::optional<Config> build_config(const Options& o, bool stdout_is_tty, ConfigError& error, bool stderr_is_tty) {
  Config config;
  config.inputs = o.inputs;
  config.output = o.output;
  config.rejects = o.rejects;
  config.stats = o.stats;
  config.sink.format = o.explain == "text"       ? OutputFormat::kExplain
                       : o.explain == "jsonl"    ? OutputFormat::kExplainJsonl
                       : o.explain == "features" ? OutputFormat::kExplainFeatures
                       : o.format == "jsonl"     ? OutputFormat::kJsonl
                                                 : OutputFormat::kText;
  config.sink.text_field = o.text_field;
  config.sink.join_wrapped = o.join_wrapped;
  config.sink.color = o.color == "always" || (o.color == "auto" && stdout_is_tty && !std::getenv("NO_COLOR"));
  config.reader.format = o.input_format == "jsonl"  ? InputFormat::kJsonl
                         : o.input_format == "text" ? InputFormat::kText
                                                    : InputFormat::kAuto;
  config.reader.text_field = o.text_field;
  config.reader.id_field = o.id_field;
  config.reader.keep_records = !o.rejects.empty();
  config.reader.max_article_bytes = o.max_article_bytes;
  config.clean.title = o.title == "none"         ? TitleMode::kNone
                       : o.title == "first-line" ? TitleMode::kFirstLine
                                                 : TitleMode::kAuto;
  config.clean.detectors = !o.no_detectors;
  config.clean.page_model = !o.no_page_model;
  if (!o.story_scores.empty()) {
    auto scores = std::make_shared<std::unordered_map<std::size_t, float>>();
    std::ifstream in(o.story_scores);
    std::size_t line = 0;
    float story = 0.0f;
    while (in >> line >> story) (*scores)[line] = story;
    if (!in.eof()) error.messages.push_back(fmt::format("--story-scores: cannot read '{}'", o.story_scores));
    config.clean.story_scores = std::move(scores);
  }
  config.clean.keep_features = config.sink.format == OutputFormat::kExplainFeatures;
  config.clean.score_all = config.clean.keep_features || config.sink.format == OutputFormat::kExplainJsonl;
  if (o.text_field.empty()) error.messages.push_back("--text-field: must not be empty");
  if (!is_known_encoding(o.encoding))
    error.messages.push_back(fmt::format("--encoding: unknown encoding '{}'", o.encoding));
  config.reader.encoding = o.encoding;
  config.invalid = o.invalid == "skip"   ? InvalidMode::kSkip
                   : o.invalid == "fail" ? InvalidMode::kFail
                                         : InvalidMode::kReplace;
  config.output_dir = o.output_dir;
  config.stats_json = o.stats_json;
  config.glob = o.glob;
  config.progress = !o.no_progress && (o.progress || stderr_is_tty);
  config.threads = o.threads > 0 ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  if (!o.output_dir.empty() && o.output != "-") error.messages.push_back("--output-dir: cannot be combined with -o");

  config.learn.enabled = o.learn_from_input;
  config.learn.thresholds = o.learn_thresholds;
  config.learn.counts_in = o.counts;
  config.learn.counts_out = o.save_counts;
  config.learn.sites.field = o.site_field;
  config.learn.sites.folder = true;
  if (!o.site_from.empty()) {
    RE2::Options options;
    options.set_log_errors(false);
    auto pattern = std::make_shared<const RE2>(o.site_from, options);
    if (!pattern->ok()) {
      error.messages.push_back(fmt::format("--site-from: bad regex: {}", pattern->error()));
    } else if (pattern->NumberOfCapturingGroups() < 1) {
      error.messages.push_back("--site-from: needs a group, (...), around the part that names the site");
    }
    config.learn.sites.path_pattern = std::move(pattern);
  }
  const bool learn_options = !o.counts.empty() || !o.save_counts.empty() || !o.site_field.empty() ||
                             !o.site_from.empty() ||
                             o.learn_thresholds.min_articles != LearnWhileCleaning{}.thresholds.min_articles ||
                             o.learn_thresholds.min_share != LearnWhileCleaning{}.thresholds.min_share;
  if (learn_options && !o.learn_from_input) {
    error.messages.push_back(
        "--counts, --save-counts, --site-field, --site-from and --learn-min-*: need --learn-from-input");
  }

  if (!o.separator.empty()) {
    RE2::Options options;
    options.set_log_errors(false);
    auto separator = std::make_shared<RE2>(o.separator, options);
    if (!separator->ok()) error.messages.push_back(fmt::format("--separator: bad regex: {}", separator->error()));
    config.separator = separator;
    config.reader.separator = separator.get();
  }

  std::vector<RuleFile> files;
  if (!o.no_default_rules) {
    const std::vector<std::string> wanted = split_list(o.packs);
    std::set<std::string> found;
    for (const EmbeddedPack& pack : embedded_packs()) {
      ParsedRules parsed = parse_rule_file(pack.file_name, pack.text, RegexCheck::kTrusted);
      if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), parsed.file.name) == wanted.end()) continue;
      found.insert(parsed.file.name);
      add_parsed(std::move(parsed), files, error);
    }
    for (const std::string& name : wanted) {
      if (!found.count(name)) {
        error.messages.push_back(fmt::format("--packs: no embedded pack '{}' (see --list-packs)", name));
      }
    }
  } else if (!o.packs.empty()) {
    error.messages.push_back("--packs: cannot be combined with --no-default-rules");
  }
  for (const std::string& path : o.rule_files) add_parsed(read_rule_file(path), files, error);
  if (!error.messages.empty()) return std::nullopt;
  config.rules = std::make_shared<const RuleSet>(std::move(files));
  return config;
}

std::string list_packs_text() {
  std::string out;
  for (const EmbeddedPack& pack : embedded_packs()) {
    const ParsedRules parsed = parse_rule_file(pack.file_name, pack.text, RegexCheck::kTrusted);
    std::string langs;
    if (!parsed.file.rules.empty()) {
      for (const Lang lang : parsed.file.rules.front().langs) {
        if (!langs.empty()) langs += ',';
        langs += lang_code(lang);
      }
    }
    out += fmt::format("{:<10} {:>4} rules  lang {:<6} {}\n", parsed.file.name, parsed.file.rules.size(),
                       langs.empty() ? "any" : langs, parsed.file.description);
  }
  return out;
}

}  // namespace newsclean
