// Command-line options: CLI11 fills a plain Options struct (parse), then
// build_config() checks it, loads and compiles the rules, and returns the
// Config that runs (validate). Each flag is described once, here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/run.hpp"

namespace CLI {
class App;
}

namespace newsclean {

struct Options {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string format = "text";
  std::string input_format = "auto";
  std::vector<std::string> rule_files;
  bool no_default_rules = false;
  std::string packs;  // comma list; empty: all embedded packs
  bool list_packs = false;
  std::string explain;  // "" (off), "text" or "jsonl"
  std::string title = "auto";
  std::string separator;
  std::string text_field = "text";
  std::string id_field = "id";
  std::string rejects;
  bool stats = false;
  bool no_detectors = false;
  bool no_page_model = false;
  bool join_wrapped = false;
  std::string story_scores;  // evaluation: P(story) per line from a file instead of the model
  std::string color = "auto";
  std::string encoding = "utf-8";
  std::string invalid = "replace";
  std::size_t max_article_bytes = std::size_t{64} << 20;
  std::string output_dir;
  std::string stats_json;
  std::string glob;
  std::size_t threads = 0;  // 0: one per core
  bool progress = false;
  bool no_progress = false;
  // Learning while cleaning.
  bool learn_from_input = false;
  LearnThresholds learn_thresholds = LearnWhileCleaning{}.thresholds;
  std::vector<std::string> counts;
  std::string save_counts;
  std::string site_field;
  std::string site_from;
};

// Adds every flag to app, bound to options.
void add_options(CLI::App& app, Options& options);

// A problem with the options or the rules: one message per line, each
// "WHERE: WHAT" (rule errors as file:line:column).
struct ConfigError {
  std::vector<std::string> messages;
};

// Checks options, loads rule files and embedded packs, compiles them.
// stdout_is_tty decides --color=auto.
std::optional<Config> build_config(const Options& options, bool stdout_is_tty, ConfigError& error,
                                   bool stderr_is_tty = false);

// "common.rules  common  34 rules  Copyright lines in many languages" per pack.
std::string list_packs_text();

}  // namespace newsclean
