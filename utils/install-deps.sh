#!/usr/bin/env bash
# Installs everything goruntime needs from Debian 12 packages. Idempotent: a
# second run installs nothing and exits 0. Run as root (or with sudo available).
set -euo pipefail

pkgs=(
  # LLVM 19: libraries for goshim, clang for the runtime, lld for cross links,
  # llvm-19-tools for FileCheck/not/count used by lit tests, llvm-19 for
  # llvm-symbolizer (the Symtab oracle test), libclang-rt-19-dev for the
  # sanitizer-built fuzzers.
  llvm-19-dev llvm-19 clang-19 lld-19 llvm-19-tools libclang-rt-19-dev
  libffi-dev libgc-dev zlib1g-dev libzstd-dev libxml2-dev libedit-dev libcurl4-openssl-dev
  cmake ninja-build python3 git
  util-linux  # taskset, for the GOMAXPROCS affinity test
  strace      # the system calls behind GODEBUG=decoratemappings
  libgtest-dev
  # Cross targets: compilers, C/C++ sysroots (runtime is built with clang
  # against these), and user-mode emulation to run the results.
  qemu-user
  gcc-aarch64-linux-gnu g++-aarch64-linux-gnu
  gcc-arm-linux-gnueabihf g++-arm-linux-gnueabihf
  gcc-riscv64-linux-gnu g++-riscv64-linux-gnu
  # Oracles: gc Go for expected test output, gccgo for the benchmark anchor.
  golang-go gccgo-12
)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
