#include "io/spool.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "io/byte_source.hpp"

namespace newsclean {

Spool::Spool() {
  const char* dir = std::getenv("TMPDIR");
  std::string name = fmt::format("{}/newsclean-stdin-XXXXXX", dir && *dir ? dir : "/tmp");
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    throw InputError(fmt::format("<stdin>: cannot create a file to hold it ({}): {}", name, std::strerror(errno)));
  }
  // A constructor that throws runs no destructor: the file goes here.
  const auto fail = [&](const char* what) {
    const int error = errno;
    ::close(fd);
    ::unlink(name.c_str());
    throw InputError(fmt::format("<stdin>: {} ({}): {}", what, name, std::strerror(error)));
  };
  std::vector<char> buffer(1 << 20);
  for (;;) {
    const ssize_t n = ::read(STDIN_FILENO, buffer.data(), buffer.size());
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("read failed");
    }
    for (ssize_t done = 0; done < n;) {
      const ssize_t written = ::write(fd, buffer.data() + done, static_cast<std::size_t>(n - done));
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) fail("cannot hold it");
      done += written;
    }
    bytes_ += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    ::unlink(name.c_str());
    throw InputError(fmt::format("<stdin>: cannot hold it ({}): {}", name, std::strerror(errno)));
  }
  path_ = std::move(name);
}

Spool::~Spool() {
  if (!path_.empty()) ::unlink(path_.c_str());
}

}  // namespace newsclean
