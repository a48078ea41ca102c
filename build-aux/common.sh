# Shared by build-aux/run and build-aux/test: install what is missing, then build.
# Sourced, not run.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir="$top/build"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

install_missing_packages() {
  local wanted missing=()
  wanted=$(grep -v '^#' "$top/build-aux/packages.txt" | tr -s ' \n' ' ')
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

build_project() {
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$top"
  fi
  ninja -C "$builddir"
}
