#include "learn/site.hpp"

#include <re2/re2.h>

#include <filesystem>
#include <vector>

#include "io/json.hpp"

namespace newsclean {

std::string site_from_fields(const Article& article, const std::string& field) {
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

std::string site_of(const Article& article, const InputFile& input, const SiteSource& source) {
  if (source.path_pattern) {
    std::string site;
    if (RE2::PartialMatch(input.path, *source.path_pattern, &site)) return site;
  }
  if (std::string site = site_from_fields(article, source.field); !site.empty()) return site;
  if (!source.folder || input.path == "-") return {};
  return std::filesystem::path(input.path).parent_path().filename().string();
}

}  // namespace newsclean
