#include <catch2/catch.hpp>

#include <CLI/CLI.hpp>

#include "cli/options.hpp"

using namespace newsclean;

namespace {

std::optional<Config> configure(std::vector<std::string> args, ConfigError& error) {
  CLI::App app;
  Options options;
  add_options(app, options);
  std::reverse(args.begin(), args.end());  // CLI11 takes a reversed vector
  app.parse(args);
  return build_config(options, false, error);
}

}  // namespace

TEST_CASE("options: defaults use every embedded pack", "[cli]") {
  ConfigError error;
  const auto config = configure({}, error);
  REQUIRE(config);
  CHECK(config->sink.format == OutputFormat::kText);
  CHECK(config->rules->files().size() >= 5);
}

TEST_CASE("options: --packs picks packs, unknown names are errors", "[cli]") {
  ConfigError error;
  auto config = configure({"--packs", "ko,common", "--format", "jsonl"}, error);
  REQUIRE(config);
  CHECK(config->rules->files().size() == 2);
  CHECK(config->sink.format == OutputFormat::kJsonl);
  config = configure({"--packs", "nope"}, error);
  CHECK_FALSE(config);
  REQUIRE(error.messages.size() == 1);
  CHECK(error.messages[0].find("no embedded pack 'nope'") != std::string::npos);
}

TEST_CASE("options: unreadable rule file and bad separator", "[cli]") {
  ConfigError error;
  const auto config = configure({"--rules", "/nonexistent.rules", "--separator", "(", "--no-default-rules"}, error);
  CHECK_FALSE(config);
  CHECK(error.messages.size() == 2);
}

TEST_CASE("options: unknown format is a parse error", "[cli]") {
  CLI::App app;
  Options options;
  add_options(app, options);
  std::vector<std::string> args = {"xml", "--format"};
  CHECK_THROWS_AS(app.parse(args), CLI::ValidationError);
}

TEST_CASE("options: --rules takes one file, the next word is an input", "[cli]") {
  // Regression: CLI11 let a vector option swallow the inputs that followed it.
  CLI::App app;
  Options options;
  add_options(app, options);
  std::vector<std::string> args = {"b.txt", "a.txt", "x.rules", "--rules"};
  app.parse(args);
  CHECK(options.rule_files == std::vector<std::string>{"x.rules"});
  CHECK(options.inputs == std::vector<std::string>{"a.txt", "b.txt"});
}
