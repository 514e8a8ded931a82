#!/usr/bin/env bash
# Carepath Studio as the build materializes it: starts the real product with a fresh workspace and
# an example file named on the command line (as `./carepath studio WORKSPACE FILE` does), waits
# until the window's title shows that file open, prints the time it took, photographs the screen
# into tests/product/target/ and fails if the workspace's log has an error.
# Needs a built product (./dev build); CAREPATH_STUDIO=DIR runs another copy of it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/releng/find-jdk.sh"
. "$root/releng/ensure-fontconfig.sh"
. "$root/releng/ensure-display.sh"

timeout_s=${CAREPATH_STUDIO_TIMEOUT:-120}
product="${CAREPATH_STUDIO:-$root/releng/carepath.product/target/products/carepath.studio/linux/gtk/x86_64/carepath-studio}"
example="$root/examples/mental-health/sam-challenges.journey"
out="$here/target"

if [ -z "${DISPLAY:-}" ]; then
  ensure_display_packages
  ensure_screen_tools
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
ensure_fontconfig
ensure_display_packages
ensure_screen_tools

launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$launcher" ]; then
  echo "carepath: no Carepath Studio in $product; run ./dev build first" >&2
  exit 2
fi

rm -rf "$out"
mkdir -p "$out"
scratch=$(mktemp -d)
workspace="$scratch/workspace"
studio_pid=
stop_studio() {
  if [ -n "$studio_pid" ] && kill -0 "$studio_pid" 2>/dev/null; then
    kill "$studio_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$studio_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$studio_pid" 2>/dev/null || true
  fi
  studio_pid=
}
trap 'stop_studio; rm -rf "$scratch"' EXIT

fail() {
  echo "product test: FAILED: $*" >&2
  echo "--- Studio's output ($out/studio.out)" >&2
  tail -n 40 "$out/studio.out" >&2 || true
  if [ -f "$workspace/.metadata/.log" ]; then
    cp "$workspace/.metadata/.log" "$out/workspace.log"
    echo "--- the workspace's log ($out/workspace.log)" >&2
    cat "$workspace/.metadata/.log" >&2
  fi
  exit 1
}

# The build's configuration is read, never written: this run keeps its own, so it starts cold.
java_opts=(-Xmx1g
  "-Dosgi.sharedConfiguration.area=$product/configuration"
  "-Dosgi.configuration.area=$scratch/configuration"
  -Dosgi.configuration.cascaded=true)
if [ "$(carepath_java_major "$JAVA_HOME")" -ge 23 ]; then java_opts+=(--sun-misc-unsafe-memory-access=allow); fi

title="sam-challenges.journey"
# Starts Studio and waits until the window's title names the file: the editor is open.
start_studio() {
  started=$(date +%s%N)
  "$JAVA_HOME/bin/java" "${java_opts[@]}" -jar "$launcher" -data "$workspace" "$example" >>"$out/studio.out" 2>&1 &
  studio_pid=$!
  # The window list is read whole: `| grep -q` would break the pipe early, which pipefail counts as failure.
  while ! grep -F "Carepath Studio" <<<"$(xwininfo -root -tree 2>/dev/null || true)" | grep -F "$title" >/dev/null; do
    kill -0 "$studio_pid" 2>/dev/null || fail "Studio ended before showing $title"
    if [ $(( ($(date +%s%N) - started) / 1000000000 )) -ge "$timeout_s" ]; then
      xwininfo -root -tree 2>/dev/null | grep -E '^ +0x[0-9a-f]+ "' | sed 's/^/  window: /' >"$out/windows.txt" || true
      fail "no window titled with $title after ${timeout_s}s; windows open: $(cat "$out/windows.txt")"
    fi
    sleep 0.1
  done
  echo "BENCHMARK studio $1 start to open editor: $(( ($(date +%s%N) - started) / 1000000 )) ms"
}

# Cold: a configuration area of its own, never used (the bundles are resolved, Xtext's injector made).
start_studio cold
# The diagram is drawn after the check of the text, off the UI thread: give it time to show.
sleep "${CAREPATH_STUDIO_SETTLE:-8}"
import -window root "$out/studio.png"
echo "product test: screenshot $out/studio.png"
kill -0 "$studio_pid" 2>/dev/null || fail "Studio ended after opening the editor"
stop_studio
# Warm: the same configuration area and workspace again, as when a person starts Studio a second time.
start_studio warm
sleep 2
stop_studio

if grep -qE '^!ENTRY [^ ]+ 4 ' "$workspace/.metadata/.log" 2>/dev/null; then
  fail "the workspace's log has errors"
fi
echo "product test: passed"
