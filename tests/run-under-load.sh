#!/usr/bin/env bash
# Runs the whole suite N times in a row (default 3) while two busy loops keep both cores at 100%:
# a test that can fail by chance on a loaded machine fails here first. Exits non-zero if any run fails.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
for _ in 1 2; do (while :; do :; done) & done
trap 'kill $(jobs -p) 2>/dev/null' EXIT
failed=0
for run in $(seq 1 "$runs"); do
  start=$(date +%s)
  if dotnet test > "/tmp/under-load-$run.log" 2>&1; then verdict=passed; else verdict=FAILED; failed=1; fi
  echo "run $run: $verdict in $(( $(date +%s) - start )) s — $(grep -E 'Passed!|Failed!' "/tmp/under-load-$run.log")"
done
exit $failed
