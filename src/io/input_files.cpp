#include "io/input_files.hpp"

#include <fmt/format.h>
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace newsclean {

std::vector<InputFile> list_input_files(const std::vector<std::string>& paths, const std::string& glob,
                                        std::string& messages) {
  namespace fs = std::filesystem;
  std::vector<InputFile> inputs;
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back({"-", "<stdin>", "stdin", {}});
      continue;
    }
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      inputs.push_back({path, path, fs::path(path).filename().string(), {}});
      continue;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
      const bool wanted = glob.empty() || ::fnmatch(glob.c_str(), it->path().filename().c_str(), 0) == 0;
      if (wanted && it->is_regular_file(error)) found.push_back(it->path());
    }
    if (error)
      messages += fmt::format("newsclean: {}: cannot read folder: {}\n", path, error.message());
    else if (found.empty())
      messages += fmt::format("newsclean: {}: no files in this folder{}\n", path, glob.empty() ? "" : " match --glob");
    std::sort(found.begin(), found.end());
    for (const fs::path& file : found) {
      inputs.push_back({file.string(), file.string(), file.lexically_relative(path).string(), {}});
    }
  }
  return inputs;
}

}  // namespace newsclean
