#include "output/writer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace newsclean {
namespace {

// Temporary paths the signal handler removes. Fixed storage: a handler may
// not allocate. A slot is claimed by a compare-and-swap on its flag.
constexpr int kSlots = 64;
constexpr std::size_t kPathMax = 4096;
char g_paths[kSlots][kPathMax];
std::atomic<bool> g_used[kSlots];

int claim_slot(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (int i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_used[i].compare_exchange_strong(expected, true)) {
      std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
      return i;
    }
  }
  return -1;
}

void release_slot(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

extern "C" void remove_temporaries_and_die(int signal_number) {
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load()) ::unlink(g_paths[i]);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

void install_interrupt_cleanup() {
  std::signal(SIGINT, remove_temporaries_and_die);
  std::signal(SIGTERM, remove_temporaries_and_die);
}

Writer::Writer(const std::string& path) : path_(path) {
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    return;
  }
  // A device, a named pipe or a symlink is written in place: a file renamed
  // over /dev/null (root may) or a FIFO would replace it, over a symlink it
  // would cut the link. Only a regular file (or a new one) is replaced whole.
  struct stat status;
  if (::lstat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd_ < 0) throw OutputError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
    owns_fd_ = true;
    return;
  }
  std::string pattern = path + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw OutputError(fmt::format("{}: cannot create: {}", path, std::strerror(errno)));
  temp_path_ = name.data();
  slot_ = claim_slot(temp_path_);
  // mkstemp makes 0600; an output file should have the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
}

Writer::~Writer() {
  if (owns_fd_ && !committed_) ::close(fd_);
  if (!temp_path_.empty() && !committed_) {
    ::close(fd_);
    ::unlink(temp_path_.c_str());
  }
  release_slot(slot_);
}

void Writer::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && temp_path_.empty()) throw BrokenPipe();
      const std::string where = path_ == "-" ? "<stdout>" : path_;
      throw OutputError(fmt::format("{}: write failed: {}", where, std::strerror(errno)));
    }
    done += static_cast<std::size_t>(n);
  }
  buffer_.clear();
}

void Writer::commit() {
  flush();
  if (owns_fd_) {
    committed_ = true;
    if (::close(fd_) != 0) throw OutputError(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
    return;
  }
  if (temp_path_.empty()) return;
  if (::close(fd_) != 0) throw OutputError(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp_path_.c_str());
    committed_ = true;
    release_slot(slot_);
    slot_ = -1;
    throw OutputError(fmt::format("{}: cannot rename into place: {}", path_, std::strerror(error)));
  }
  committed_ = true;
  release_slot(slot_);
  slot_ = -1;
}

}  // namespace newsclean
