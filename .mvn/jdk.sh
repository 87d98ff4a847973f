# Sourced by ./mvnw. The build needs JDK 21 or newer (Vaadin 25, jOOQ 3.21).
# If JAVA_HOME is unset or points to an older JDK, pick the newest JDK >= 21
# under /usr/lib/jvm (Debian's layout; Temurin 25 on our machines).
# Set JAVA_HOME yourself to override; set QUERSCHNITT_KEEP_JAVA_HOME=1 to skip this.
querschnitt_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
if [ -z "${QUERSCHNITT_KEEP_JAVA_HOME-}" ]; then
  if [ -z "${JAVA_HOME-}" ] && command -v java >/dev/null 2>&1; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  if [ -z "${JAVA_HOME-}" ] || [ "$(querschnitt_java_major "$JAVA_HOME" || echo 0)" -lt 21 ] 2>/dev/null; then
    for candidate in /usr/lib/jvm/*; do
      [ -x "$candidate/bin/javac" ] || continue
      major="$(querschnitt_java_major "$candidate")"
      if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "${best_major:-0}" ]; then
        best_major="$major"
        JAVA_HOME="$candidate"
      fi
    done
  fi
  export JAVA_HOME
fi
