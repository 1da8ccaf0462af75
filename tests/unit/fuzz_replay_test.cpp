// Replays the fuzzers' seed corpora and kept crash inputs through the same
// code paths as the fuzz targets, so CI's sanitizer build re-checks them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/json.hpp"
#include "output/sink.hpp"
#include "pipeline/cleaner.hpp"
#include "rules/embedded_packs.hpp"
#include "rules/examples.hpp"

using namespace newsclean;

namespace {

std::vector<std::string> inputs_of(const std::string& target) {
  std::vector<std::string> out;
  for (const char* folder : {"corpus", "regressions"}) {
    const std::filesystem::path dir = std::filesystem::path(NEWSCLEAN_SOURCE_DIR) / "fuzz" / folder / target;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().filename().string()[0] == '.') continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      out.push_back(bytes.str());
    }
  }
  return out;
}

}  // namespace

TEST_CASE("fuzz replay: rule parser", "[fuzz]") {
  const auto inputs = inputs_of("rule_parser");
  CHECK(inputs.size() >= 5);
  for (const std::string& text : inputs) {
    ParsedRules parsed = parse_rule_file("replay.rules", text);
    if (!parsed.errors.empty()) continue;
    std::vector<RuleFile> files;
    files.push_back(std::move(parsed.file));
    const RuleSet rules(std::move(files));
    rules.match(Scope::kLine, Lang::kEn, std::string_view(text).substr(0, 200));
    check_examples(rules);
  }
}

TEST_CASE("fuzz replay: JSON", "[fuzz]") {
  const auto inputs = inputs_of("jsonl");
  CHECK(inputs.size() >= 2);
  for (const std::string& text : inputs) {
    std::vector<JsonMember> members;
    parse_json_object(text, members);
  }
}

TEST_CASE("fuzz replay: cleaner", "[fuzz]") {
  std::vector<RuleFile> files;
  for (const EmbeddedPack& pack : embedded_packs()) files.push_back(parse_rule_file(pack.file_name, pack.text).file);
  const RuleSet rules(std::move(files));
  Cleaner cleaner(rules, {});
  const auto inputs = inputs_of("cleaner");
  CHECK(inputs.size() >= 5);
  for (const std::string& text : inputs) {
    Article article;
    article.raw = text;
    cleaner.clean(article);
    CHECK_FALSE(article.lines.empty());
  }
}
