#include "io/spool.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "io/byte_source.hpp"

namespace newsclean {
namespace {

constexpr std::size_t kBlock = 1 << 20;

// Hands everything read from fd to write, a block at a time; name is for
// messages. Throws InputError.
void read_all(int fd, const std::string& name, const std::function<void(std::string_view)>& write) {
  std::vector<char> buffer(kBlock);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(fmt::format("{}: read failed: {}", name, std::strerror(errno)));
    if (n == 0) return;
    write(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
  }
}

}  // namespace

TempFile::TempFile(std::string_view what) {
  const char* dir = std::getenv("TMPDIR");
  std::string name = fmt::format("{}/newsclean-{}-XXXXXX", dir && *dir ? dir : "/tmp", what);
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw InputError(fmt::format("{}: cannot create a temporary file: {}", name, std::strerror(errno)));
  path_ = std::move(name);
}

TempFile::~TempFile() {
  if (fd_ >= 0) ::close(fd_);
  ::unlink(path_.c_str());
}

void TempFile::write(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) throw InputError(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

void TempFile::close() {
  if (fd_ >= 0 && ::close(fd_) != 0) {
    fd_ = -1;
    throw InputError(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
  }
  fd_ = -1;
}

std::unique_ptr<TempFile> spool_stdin() {
  auto file = std::make_unique<TempFile>("stdin");
  read_all(STDIN_FILENO, "<stdin>", [&](std::string_view bytes) { file->write(bytes); });
  file->close();
  return file;
}

void copy_file(const TempFile& file, const std::function<void(std::string_view)>& write) {
  const int fd = ::open(file.path().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(fmt::format("{}: cannot open: {}", file.path(), std::strerror(errno)));
  try {
    read_all(fd, file.path(), write);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

}  // namespace newsclean
