#!/usr/bin/env bash
# The workshop pack in a real browser: makes the packs of the examples and of a hostile model with
# the built command line, then opens every page in Debian's headless Chromium (pack.test.mjs).
# Needs a built p2 repository (./dev build or ./dev test); ./dev test runs this after the unit tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/releng/find-jdk.sh"
. "$root/releng/ensure-fontconfig.sh"
. "$root/releng/ensure-browser.sh"
ensure_fontconfig
ensure_browser

plugins="$root/releng/carepath.repository/target/repository/plugins"
if [ ! -d "$plugins" ]; then
  echo "carepath: no built command line in $plugins; run ./dev build first" >&2
  exit 2
fi
out="$here/target"
rm -rf "$out/pack" "$out/hostile" "$out/screenshots"
java_opts=(-Xss4m -XX:+UseSerialGC)
if [ "$(carepath_java_major "$JAVA_HOME")" -ge 23 ]; then java_opts+=(--sun-misc-unsafe-memory-access=allow); fi
carepath() { "$JAVA_HOME/bin/java" "${java_opts[@]}" -cp "$plugins/*" carepath.cli.Main "$@"; }
carepath report "$root/examples" -o "$out/pack" >/dev/null
carepath report "$here/fixtures/hostile.journey" -o "$out/hostile" >/dev/null

cd "$here"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
PACK_DIR="$out/pack" HOSTILE_DIR="$out/hostile" SHOTS_DIR="$out/screenshots" node --test pack.test.mjs
