// Standard input copied to a temporary file, so that a job that reads its
// input twice (learning, then cleaning) can read stdin too. The bytes are
// copied as they come (compressed input stays compressed); the file goes
// when the Spool does.
#pragma once

#include <string>

namespace newsclean {

class Spool {
 public:
  // Copies all of stdin into a new file under $TMPDIR (or /tmp). Throws
  // InputError when the file cannot be written (a full disk, say).
  Spool();
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  const std::string& path() const { return path_; }
  std::size_t bytes() const { return bytes_; }

 private:
  std::string path_;
  std::size_t bytes_ = 0;
};

}  // namespace newsclean
