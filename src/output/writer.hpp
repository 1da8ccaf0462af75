// Where output bytes go: stdout or a file written under a temporary name and
// renamed on success, so a failed run never leaves half a file. Buffered.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace newsclean {

// Writing failed (disk full, unwritable path); what() is "WHERE: WHAT".
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The reader of our stdout went away (`| head`): stop quietly.
class BrokenPipe : public std::exception {
 public:
  const char* what() const noexcept override { return "broken pipe"; }
};

// On SIGINT or SIGTERM, removes the temporary files of open Writers, then
// dies of the signal as usual. Call once at start-up.
void install_interrupt_cleanup();

class Writer {
 public:
  // path "-" is stdout; a device, FIFO or symlink is written in place; any
  // other path through a temporary file renamed over it by commit(). Throws
  // OutputError when the file cannot be created.
  explicit Writer(const std::string& path);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void write(std::string_view bytes) {
    buffer_.append(bytes);
    if (buffer_.size() >= kFlushAt) flush();
  }
  void flush();
  // Flushes and, for a file, renames it into place. Without commit() the
  // temporary file is removed.
  void commit();

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  std::string path_;
  std::string temp_path_;
  int slot_ = -1;  // in the interrupt-cleanup registry
  int fd_ = -1;
  bool owns_fd_ = false;  // a device, FIFO or symlink opened in place (no temporary file)
  std::string buffer_;
  bool committed_ = false;
};

}  // namespace newsclean
