// The subcommands beside the main cleaning run: `check` (rule files and their
// examples), `learn` (propose rules from a corpus) and `report` (an HTML page
// of what was removed). Each adds its flags to a CLI11 subcommand and runs
// from a plain options struct.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace newsclean {

struct CheckOptions {
  std::vector<std::string> rule_files;  // none: the embedded packs
  bool with_default_rules = false;
};
CLI::App* add_check_command(CLI::App& app, CheckOptions& options);
int run_check(const CheckOptions& options);

struct LearnOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> merge;  // count files to merge
  std::string save_counts;
  std::string output = "-";
  std::size_t min_articles = 20;
  double min_share = 0.01;
  std::size_t max_keys = 1000000;
  std::string site_field;  // JSONL field naming the site; empty: guess
  std::string text_field = "text";
};
CLI::App* add_learn_command(CLI::App& app, LearnOptions& options);
int run_learn(const LearnOptions& options);

struct ReportOptions {
  std::vector<std::string> inputs;
  std::string html = "report.html";
  std::vector<std::string> rule_files;
  bool no_default_rules = false;
  std::size_t max_articles = 500;
};
CLI::App* add_report_command(CLI::App& app, ReportOptions& options);
int run_report(const ReportOptions& options);

}  // namespace newsclean
