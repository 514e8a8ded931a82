#!/usr/bin/env bash
# Start-up benchmark of the command line as a user runs it: `./carepath check` of one small file,
# a whole process each time (JVM start, Xtext's set-up, parse, checks), as pre-commit hooks and CI
# run it many times a day. Prints the median of RUNS runs with the ahead-of-time class cache and
# without it (CAREPATH_AOT=0). Target: under 1.2 s. Usage: tests/startup/run.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-7}"
file="$(mktemp -d)/one.journey"
printf 'need care "Care"\npersona pat "Pat" { needs care }\njourney j "J" { persona pat stage s { step a "A" } }\n' >"$file"
"$root/carepath" check "$file" >/dev/null 2>&1 || true # builds if needed, and makes the cache

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() {
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    echo $(( ($(date +%s%N) - start) / 1000000 ))
  done | median
}
echo "BENCHMARK carepath check, one file, whole process (median of $runs): $(measure "$root/carepath" check "$file") ms with the class cache (target 1200 ms)"
echo "BENCHMARK carepath check, one file, whole process (median of $runs): $(CAREPATH_AOT=0 measure "$root/carepath" check "$file") ms without it"
