#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "output/html_report.hpp"
#include "output/writer.hpp"

namespace newsclean {

CLI::App* add_report_command(CLI::App& app, ReportOptions& o) {
  CLI::App* report = app.add_subcommand(
      "report",
      "Write one self-contained HTML page showing each article with its removed lines struck through "
      "and coloured by category (the rule on hover), and charts of removals by category and rule");
  report->add_option("paths", o.inputs, "Files or folders to clean; '-' or none: stdin");
  report->add_option("--html", o.html, "The page to write")->default_val("report.html");
  report->add_option("-r,--rules", o.rule_files, "A rule file to use (repeatable)")->allow_extra_args(false);
  report->add_flag("--no-default-rules", o.no_default_rules, "Do not use the embedded rule packs");
  report->add_option("--max-articles", o.max_articles, "Articles shown on the page (all are counted)")
      ->default_val(500);
  return report;
}

int run_report(const ReportOptions& o) {
  Options options;
  options.inputs = o.inputs;
  options.rule_files = o.rule_files;
  options.no_default_rules = o.no_default_rules;
  options.threads = 1;
  ConfigError error;
  const std::optional<Config> config = build_config(options, false, error);
  if (!config) {
    for (const std::string& message : error.messages) std::fprintf(stderr, "newsclean: %s\n", message.c_str());
    return 2;
  }
  HtmlReport report(o.max_articles);
  RunStats stats;
  const int status = for_each_cleaned(*config, stats, [&](const Article& article) { report.add(article); });
  Writer out(o.html);
  out.write(report.finish());
  out.commit();
  return status;
}

}  // namespace newsclean
