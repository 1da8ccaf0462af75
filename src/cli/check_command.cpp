#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.hpp"
#include "rules/anchor.hpp"
#include "rules/embedded_packs.hpp"
#include "rules/examples.hpp"

namespace newsclean {

CLI::App* add_check_command(CLI::App& app, CheckOptions& o) {
  CLI::App* check = app.add_subcommand(
      "check",
      "Check rule files without input: syntax, regexes, and the examples each rule carries ('+ text' "
      "must be removed, '- text' must stay). No files: check the embedded packs.");
  check->add_option("rules", o.rule_files, "Rule files to check");
  check->add_flag("--with-default-rules", o.with_default_rules, "Check the embedded packs too");
  return check;
}

int run_check(const CheckOptions& o) {
  std::vector<RuleFile> files;
  int status = 0;
  const auto add = [&](ParsedRules parsed) {
    for (const RuleError& error : parsed.errors) {
      std::fprintf(stderr, "newsclean: %s: %s\n", error.where.c_str(), error.what.c_str());
      status = 2;
    }
    files.push_back(std::move(parsed.file));
  };
  if (o.rule_files.empty() || o.with_default_rules) {
    for (const EmbeddedPack& pack : embedded_packs()) add(parse_rule_file(pack.file_name, pack.text));
  }
  for (const std::string& path : o.rule_files) add(read_rule_file(path));
  if (status != 0) return status;
  // The user's own rules: a whole-line regex that may start anywhere is read
  // through every line (rules/anchor.hpp). Worth knowing, not an error.
  const std::size_t first_user_file = files.size() - o.rule_files.size();
  for (std::size_t f = first_user_file; f < files.size(); ++f) {
    for (const Rule& rule : files[f].rules) {
      if (rule.matcher != Matcher::kRegex || rule.scope == Scope::kInline || starts_anchored(rule.pattern)) continue;
      std::fprintf(stderr,
                   "newsclean: note: %s: not anchored at the start ('^'): every line is read to its end; "
                   "anchor it if it matches whole lines\n",
                   rule.id.c_str());
    }
  }

  std::size_t rules = 0, examples = 0;
  for (const RuleFile& file : files) {
    rules += file.rules.size();
    for (const Rule& rule : file.rules) examples += rule.examples.size();
  }
  const RuleSet set(std::move(files));
  try {
    set.compile_all();
  } catch (const RuleSetError& error) {
    std::fprintf(stderr, "newsclean: %s\n", error.what());
    return 2;
  }
  const std::vector<ExampleFailure> failures = check_examples(set);
  for (const ExampleFailure& failure : failures) {
    std::fprintf(stderr, "newsclean: %s: %s\n", failure.where.c_str(), failure.what.c_str());
  }
  std::fputs(fmt::format("{} rule file(s), {} rules, {} examples, {} failed\n", set.files().size(), rules, examples,
                         failures.size())
                 .c_str(),
             stdout);
  return failures.empty() ? 0 : 1;
}

}  // namespace newsclean
