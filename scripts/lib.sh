# Shared set-up for scripts/*.sh: install missing Debian packages, configure and build.
# Sourced, not run. Honours BUILD_DIR (default: build) and CMAKE_ARGS.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}

# install_packages LIST_FILE...: apt-get installs whatever the lists name that is not installed.
install_packages() {
  local missing=()
  local pkg
  for pkg in $(grep -hv '^#' "$@"); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo > /dev/null || {
      echo "Missing Debian packages and no sudo to install them: as root, run" \
        "'apt-get update && apt-get install -y --no-install-recommends ${missing[*]}', then run $0 again" >&2
      exit 1
    }
    sudo="sudo"
  fi
  echo "Installing missing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# build TARGET...: configures (once) and builds the targets with all cores.
build() {
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_ARGS:-} >&2
  fi
  cmake --build "$BUILD_DIR" -j "$(nproc)" --target "$@" >&2
}
