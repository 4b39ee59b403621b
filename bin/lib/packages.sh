# Sourced by the bin/ scripts: installs Debian packages Tolk can use when they are missing.
# Only as root with apt-get; otherwise says once what is missing and goes on.

ensure_packages() { # ensure_packages WHY PACKAGE...
  local why="$1" missing=() pkg
  shift
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} ($why)…" >&2
    if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1; then
      return 0
    fi
    echo "tolk: could not install ${missing[*]} ($why); going on without." >&2
  else
    echo "tolk: ${missing[*]} not installed ($why); install with: sudo apt-get install ${missing[*]}" >&2
  fi
  return 0
}
