#!/usr/bin/env bash
# Installs the Debian packages newsclean builds and tests with (as root, or
# with sudo). Installs nothing that is already there. --browser adds Chromium,
# which the HTML report test renders the page in; --scale adds Dask, which
# scale/dask_clean.py runs on (their tests skip without them).
set -euo pipefail
packages=(cmake g++ make pkg-config libcli11-dev libicu-dev libre2-dev libfmt-dev catch2 zlib1g-dev libzstd-dev
          libmimalloc-dev zstd python3 bc help2man parallel clang libclang-rt-14-dev)
for option in "$@"; do
  case $option in
    --browser) packages+=(chromium) ;;
    --scale) packages+=(python3-distributed) ;;
    *) echo "install-deps.sh: unknown option $option" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
