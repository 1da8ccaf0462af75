// newsclean: cleans raw news dumps into article text or JSONL.
// Thin on purpose: parse flags, build the Config, run, map errors to exit codes.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "output/writer.hpp"
#include "rules/rule_set.hpp"

namespace {

// Maps what a run can throw to the documented exit codes and one message.
template <typename Run>
int with_exit_codes(Run run) {
  using namespace newsclean;
  try {
    return run();
  } catch (const BrokenPipe&) {
    return 0;  // the reader went away (| head): not an error
  } catch (const RuleSetError& e) {
    std::fprintf(stderr, "newsclean: rules: %s\n", e.what());
  } catch (const OutputError& e) {
    std::fprintf(stderr, "newsclean: %s\n", e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsclean: internal error: %s\n", e.what());
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsclean;
  // A closed pipe shows up as EPIPE from write(), which ends the run quietly.
  std::signal(SIGPIPE, SIG_IGN);
  install_interrupt_cleanup();

  CLI::App app(
      "Clean raw news article dumps: strip page chrome, duplicate leads, bylines, copyright\n"
      "lines and headline lists, with rules you can read. Writes text or JSONL.",
      "newsclean");
  app.set_version_flag("-V,--version", "newsclean " NEWSCLEAN_VERSION);
  Options options;
  add_options(app, options);
  CheckOptions check_options;
  LearnOptions learn_options;
  ReportOptions report_options;
  CLI::App* check = add_check_command(app, check_options);
  CLI::App* learn = add_learn_command(app, learn_options);
  CLI::App* report = add_report_command(app, report_options);
  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "newsclean: %s\n(run 'newsclean --help' for the options)\n", e.what());
    return 2;
  }
  if (check->parsed()) return with_exit_codes([&] { return run_check(check_options); });
  if (learn->parsed()) return with_exit_codes([&] { return run_learn(learn_options); });
  if (report->parsed()) return with_exit_codes([&] { return run_report(report_options); });
  if (options.list_packs) {
    std::fputs(list_packs_text().c_str(), stdout);
    return 0;
  }

  ConfigError error;
  const std::optional<Config> config =
      build_config(options, ::isatty(STDOUT_FILENO) != 0, error, ::isatty(STDERR_FILENO) != 0);
  if (!config) {
    for (const std::string& message : error.messages) std::fprintf(stderr, "newsclean: %s\n", message.c_str());
    return 2;
  }
  return with_exit_codes([&] {
    RunStats stats;
    return run(*config, stats);
  });
}
