#!/usr/bin/env bash
# Runs the CI entry (.ci/run) in fresh clones while two CPU-bound processes keep both cores busy,
# to prove the suite does not depend on an idle machine (issue 11).
#
#   bash scripts/ci-under-load.sh [runs]      # default 3 runs
#
# Each run clones this checkout's HEAD (commit first: uncommitted changes are not tested) into a
# temp dir, puts a copy of ../shared beside it (the tests read ../shared/seeds and spec), and runs
# `CI=true bash .ci/run` there. The closing "N passed, N failed" line of every run is printed at
# the end; the script exits non-zero when any run failed. Clones are removed afterwards unless
# KEEP_CLONES=1.
set -uo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared" 2>/dev/null && pwd) || shared=/work/shared
[ -d "$shared" ] || { echo "no shared directory beside the repo or at /work/shared" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/codestate-under-load.XXXXXX")
hogs=()

cleanup() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done
  wait "${hogs[@]}" 2>/dev/null
  [ "${KEEP_CLONES:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for _ in 1 2; do
  node -e 'for(;;);' &
  hogs+=($!)
done
echo "load: CPU-bound pids ${hogs[*]} on $(nproc) cores; work dir $work"

cp -a "$shared" "$work/shared"
results=()
failed=0
for i in $(seq 1 "$runs"); do
  clone="$work/run$i/codestate"
  mkdir -p "$work/run$i"
  ln -s "$work/shared" "$work/run$i/shared"
  git clone -q "$repo" "$clone"
  echo "== run $i/$runs: $(git -C "$clone" log --oneline -1) ($(date -u +%H:%M:%S))"
  start=$(date +%s)
  ( cd "$clone" && CI=true bash .ci/run ) >"$work/run$i.log" 2>&1
  rc=$?
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$work/run$i.log" | tail -n 1)
  [ -n "$line" ] || line="(no closing line)"
  results+=("run $i: $line (exit $rc, $(( $(date +%s) - start )) s)")
  echo "${results[-1]}"
  if [ "$rc" -ne 0 ]; then
    failed=1
    cp "$work/run$i.log" "$repo/.ci-under-load-run$i.log" 2>/dev/null
    grep -E 'FAIL|✗|×|AssertionError|Error:' "$work/run$i.log" | head -n 20
    echo "full log: $repo/.ci-under-load-run$i.log"
  fi
  rm -rf "$work/run$i"
done

echo "== summary ($runs runs under load)"
printf '%s\n' "${results[@]}"
exit "$failed"
