// The default rule packs (rules/*.rules), compiled into the binary by
// cmake/embed_packs.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace newsclean {

struct EmbeddedPack {
  std::string_view file_name;  // "ko.rules"
  std::string_view text;
};

// Every embedded pack, sorted by file name.
const std::vector<EmbeddedPack>& embedded_packs();

}  // namespace newsclean
