# Sourced by ./carepath, ./dev and .ci/run: sets JAVA_HOME to a JDK of version 21 or newer.
# Order: JAVA_HOME when recent enough, the JDK of `javac` on PATH, then the usual install places.

carepath_java_major() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  # The JDK's release file says it without starting a JVM (a tenth of a second on every command).
  local released
  released=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -n "$released" ]; then
    echo "$released"
    return 0
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

carepath_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(carepath_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! CAREPATH_JDK=$(carepath_find_jdk); then
  echo "carepath: no JDK 21 or newer found. Install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME to it." >&2
  exit 2
fi
export JAVA_HOME="$CAREPATH_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
