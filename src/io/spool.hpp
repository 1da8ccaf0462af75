// Temporary files under $TMPDIR (or /tmp), removed when their owner goes:
// standard input copied to be read twice (learning, then cleaning), and a
// record too large to hold in memory, kept byte for byte for --rejects.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace newsclean {

class TempFile {
 public:
  // Creates an empty file named after what it holds. Throws InputError.
  explicit TempFile(std::string_view what);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Appends bytes. Throws InputError (a full disk, say).
  void write(std::string_view bytes);
  // Closes the file for writing; reading it is then safe.
  void close();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

// All of standard input, copied as it comes (compressed input stays
// compressed). Throws InputError.
std::unique_ptr<TempFile> spool_stdin();

// Hands the file's bytes to write, a block at a time. Throws InputError.
void copy_file(const TempFile& file, const std::function<void(std::string_view)>& write);

}  // namespace newsclean
