#!/usr/bin/env bash
# Coverage-guided fuzzing of Carepath with Jazzer: the .journey parser and validator, the SVG, PNG and
# PDF renderers, the workshop pack and the CSV, Mermaid and XMI imports (see README.md here).
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS: how long each target fuzzes (default 10; 0 runs only the committed corpus, as regression
# inputs). TARGET: class names in carepath.fuzz (default: all). Assumes the product has been built
# (releng/carepath.repository/target/repository/plugins/*.jar; another folder with CAREPATH_PLUGINS).
# Exits 1 when a target finds an input that breaks its contract; the input is written to
# tests/fuzz/target/findings/TARGET/ (crash-*, with a Java reproducer beside it) and the log to
# tests/fuzz/target/logs/TARGET.log. Environment: CAREPATH_FUZZ_JOBS (targets run at once, default 2),
# CAREPATH_FUZZ_KEEP_GOING (findings to collect per target before stopping, default 1),
# CAREPATH_FUZZ_PACK_PDF=1 (the workshop pack fuzzer makes the PDF pack too; slow),
# CAREPATH_FUZZ_KEEP_CORPUS=1 (keep the inputs found in tests/fuzz/target/corpus/ for the next run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-10}"
shift $(( $# > 0 ? 1 : 0 ))
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: tests/fuzz/run.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi
all_targets=(ParseFuzzer RenderSvgFuzzer RenderPngPdfFuzzer WorkshopPackFuzzer SheetImportFuzzer MermaidImportFuzzer XmiImportFuzzer)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
jobs="${CAREPATH_FUZZ_JOBS:-2}"
keep_going="${CAREPATH_FUZZ_KEEP_GOING:-1}"

# shellcheck source=../../releng/find-jdk.sh
source "$root/releng/find-jdk.sh"
plugins="${CAREPATH_PLUGINS:-$root/releng/carepath.repository/target/repository/plugins}"
if ! ls "$plugins"/carepath.dsl_*.jar >/dev/null 2>&1; then
  echo "fuzz: no built plugins in $plugins; build first (./dev build or ./carepath check examples/)" >&2
  exit 2
fi

major=$(carepath_java_major "$JAVA_HOME")
unsafe=()
# Guice (in Xtext, and in Maven) uses sun.misc.Unsafe; newer JDKs warn about it unless allowed.
if [ "${major:-0}" -ge 23 ]; then unsafe=(--sun-misc-unsafe-memory-access=allow); fi

out="$here/target"
lib="$out/lib"
mkdir -p "$out"
# Jazzer from Maven Central, through the plain pom.xml here (run from the repository root, whose
# .mvn/maven.config names the settings file by a relative path).
if ! ls "$lib"/jazzer-[0-9]*.jar "$lib"/jazzer-api-*.jar >/dev/null 2>&1; then
  (cd "$root" && MAVEN_OPTS="${MAVEN_OPTS:-} ${unsafe[*]}" ./mvnw -q -B -f tests/fuzz/pom.xml dependency:copy-dependencies -DoutputDirectory="$lib")
fi

# The plugins are copied, so that a build running meanwhile cannot replace them under a fuzzer.
rm -rf "$out/plugins" "$out/classes"
mkdir -p "$out/plugins" "$out/classes"
cp "$plugins"/*.jar "$out/plugins/"
"$JAVA_HOME/bin/javac" --release 21 -encoding UTF-8 -nowarn -d "$out/classes" -cp "$lib/*:$out/plugins/*" "$here"/src/carepath/fuzz/*.java

java_opts=(-Xss4m -Xmx1536m -XX:+UseSerialGC -Djava.awt.headless=true
  -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED "${unsafe[@]}")

run_target() { # runs one target; prints one line; returns non-zero on a finding
  local target="$1" corpus="$out/corpus/$1" findings="$out/findings/$1" log="$out/logs/$1.log" limit
  rm -rf "$findings"
  # A fresh working corpus each run keeps the run's length predictable, unless asked to keep it.
  [ "${CAREPATH_FUZZ_KEEP_CORPUS:-0}" = 1 ] || rm -rf "$corpus"
  mkdir -p "$corpus" "$findings" "$out/logs"
  # New inputs go to target/corpus; the committed corpus is read as seeds and regression inputs.
  if [ "$seconds" -eq 0 ]; then limit=(-runs=0); else limit=(-max_total_time="$seconds"); fi
  local dict=()
  case "$target" in ParseFuzzer | Render* | WorkshopPackFuzzer) dict=(-dict="$here/journey.dict") ;; esac
  local started=$SECONDS status=0
  (cd "$findings" && "$JAVA_HOME/bin/java" "${java_opts[@]}" -cp "$lib/*:$out/classes:$out/plugins/*" \
      com.code_intelligence.jazzer.Jazzer \
      --target_class="carepath.fuzz.$target" \
      --instrumentation_includes='carepath.**' \
      --custom_hook_includes='carepath.**' \
      --reproducer_path="$findings" \
      --keep_going="$keep_going" \
      -artifact_prefix="$findings/" \
      -rss_limit_mb=4096 -timeout=60 -print_final_stats=1 \
      "${limit[@]}" "${dict[@]}" "$corpus" "$here/corpus/$target") >"$log" 2>&1 || status=$?
  local runs
  runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
  # with --keep_going Jazzer may exit 0 after findings: the files it wrote tell
  # (read whole: `find | grep -q` can break find's pipe, which pipefail would count as no finding)
  if [ "$status" -ne 0 ] || [ -n "$(find "$findings" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \))" ]; then
    echo "FAIL $target ($((SECONDS - started)) s, exit $status): $(ls "$findings" | tr '\n' ' ')"
    grep -A 12 -E '^== Java Exception|^==[0-9]+== ERROR' "$log" | sed 's/^/    /' || tail -n 20 "$log" | sed 's/^/    /'
    return 1
  fi
  rmdir "$findings" 2>/dev/null || true
  echo "ok   $target ($((SECONDS - started)) s, ${runs:-?} runs)"
}

echo "fuzz: ${#targets[@]} targets, ${seconds} s each, $jobs at a time; logs in tests/fuzz/target/logs/"
mkdir -p "$out/logs"
for target in "${targets[@]}"; do
  if [ ! -f "$here/src/carepath/fuzz/$target.java" ]; then
    echo "fuzz: no target $target (one of: ${all_targets[*]})" >&2
    exit 2
  fi
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  rm -f "$out/logs/$target.result"
  run_target "$target" > "$out/logs/$target.result" 2>&1 &
done
wait
failed=0
for target in "${targets[@]}"; do
  cat "$out/logs/$target.result"
  grep -q '^ok ' "$out/logs/$target.result" || failed=$((failed + 1))
done
passed=$(( ${#targets[@]} - failed ))
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
