// Which files a list of paths names: files as given, "-" as stdin, folders
// walked recursively in sorted order (optionally only names matching a glob).
#pragma once

#include <string>
#include <vector>

namespace newsclean {

struct InputFile {
  std::string path;      // what to open ("-" for stdin)
  std::string name;      // what to call it in messages
  std::string relative;  // its path below the folder named (or its file name)
  std::string spooled;   // stdin copied here first, to be read twice; read as stdin
};

// Appends "newsclean: WHERE: WHAT" lines to messages for unreadable folders.
std::vector<InputFile> list_input_files(const std::vector<std::string>& paths, const std::string& glob,
                                        std::string& messages);

}  // namespace newsclean
