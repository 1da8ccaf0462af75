// libFuzzer target: the whole cleaner (embedded packs, every detector, every
// sink) on arbitrary bytes as one article.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "output/sink.hpp"
#include "pipeline/cleaner.hpp"
#include "rules/embedded_packs.hpp"

namespace {

const newsclean::RuleSet& default_rules() {
  static const newsclean::RuleSet rules = [] {
    std::vector<newsclean::RuleFile> files;
    for (const auto& pack : newsclean::embedded_packs()) {
      files.push_back(newsclean::parse_rule_file(pack.file_name, pack.text).file);
    }
    return newsclean::RuleSet(std::move(files));
  }();
  return rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsclean::Cleaner cleaner(default_rules(), {});
  newsclean::Article article;
  article.raw.assign(reinterpret_cast<const char*>(data), size);
  cleaner.clean(article);
  newsclean::clean_text(article, true);
  return 0;
}
