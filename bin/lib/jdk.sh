# Sourced by the bin/ scripts: finds a JDK 21+ and exports JAVA_HOME and JAVA.
# Order: $JAVA_HOME, the `java` on PATH, then the usual install folders (newest first).

java_major() { # prints the major version of the java binary $1, or 0
  # A JDK's release file names its version; reading it is much faster than starting a JVM.
  local release version
  release="$(dirname "$(dirname "$1")")/release"
  version=$(sed -n 's/^JAVA_VERSION="\([0-9._]*\).*/\1/p' "$release" 2>/dev/null || true)
  if [ -n "$version" ]; then
    awk -F. '{ print ($1 == "1" ? $2 : $1) }' <<<"$version"
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); found = 1 }
                  END { if (!found) print 0 }'
}

find_jdk() {
  local candidates=() home major best="" best_major=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for home in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home/bin/java")
    # The first JDK 21+ in the order above wins; otherwise remember the newest seen.
    if [ "$major" -ge 21 ]; then best="$home"; break; fi
    if [ "$major" -gt "$best_major" ]; then best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "tolk: needs a JDK 21 or newer (found ${best_major:-none}); install one, e.g. Temurin 21+, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export JAVA="$best/bin/java"
}

find_jdk || exit 1
if ! command -v mvn >/dev/null 2>&1; then
  echo "tolk: needs Apache Maven 3.8+ to build (on Debian: apt-get install maven)." >&2
  exit 1
fi
