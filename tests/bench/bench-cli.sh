#!/bin/bash
# bench-cli.sh: time `quotecheck-cli detect --json` as a whole process
#
# Copyright 2026 The Quotecheck developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/bench/bench-cli.sh [CLI [FILE...]]
#   CLI defaults to build/src/cli/quotecheck-cli, FILEs to ../shared/large/*.txt.
# Prints, per file, the best wall-clock time of RUNS runs (default 3; set
# RUNS=n), the throughput in MB/s (1 MB = 2^20 bytes), the peak RSS and the
# size of the JSON. The output goes to a file, so a truncated or failed run
# shows up as an error instead of a fast time.
#
# A run is timed from just before the CLI is started to just after it has
# exited, with bash's $EPOCHREALTIME: process start, dynamic loading,
# reading, detection and writing the JSON count, and no other program runs
# inside the timed window (a `date` or /usr/bin/time there would add a few
# milliseconds of its own to each run). The peak RSS comes from one more,
# untimed run under /usr/bin/time. The last line times /bin/true the same
# way: what the timing itself costs.

# run by sh: bash has the clock needed
if [ -z "${BASH_VERSION:-}" ]; then
  exec bash "$0" "$@"
fi

set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${1:-$root/build/src/cli/quotecheck-cli}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
  set -- "$root"/../shared/large/*.txt
fi
runs=${RUNS:-3}

if [ ! -x "$cli" ]; then
  echo "bench-cli.sh: $cli is not an executable; build first or pass its path" >&2
  exit 2
fi

out=$(mktemp)
trap 'rm -f "$out" "$out.time"' EXIT INT TERM

# best_us COMMAND...: the best of $runs timed runs in microseconds, output
# to $out ($EPOCHREALTIME without its decimal separator, whatever the locale)
best_us () {
  local best= start end us i=0
  while [ "$i" -lt "$runs" ]; do
    start=${EPOCHREALTIME/[^0-9]/}
    "$@" > "$out"
    end=${EPOCHREALTIME/[^0-9]/}
    us=$((10#$end - 10#$start))
    if [ -z "$best" ] || [ "$us" -lt "$best" ]; then
      best=$us
    fi
    i=$((i + 1))
  done
  echo "$best"
}

printf '%-26s %8s %9s %8s %9s %9s\n' file MB "best s" "MB/s" "peak MB" "JSON MB"
total_bytes=0
total_us=0
for file in "$@"; do
  bytes=$(wc -c < "$file")
  best=$(best_us "$cli" detect --json "$file")
  json_bytes=$(wc -c < "$out")
  peak=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$out.time" "$cli" detect --json "$file" > "$out"
    peak=$(tail -n 1 "$out.time")
  fi
  total_bytes=$((total_bytes + bytes))
  total_us=$((total_us + best))
  awk -v name="$(basename "$file")" -v b="$bytes" -v us="$best" -v kb="$peak" -v j="$json_bytes" 'BEGIN {
    mb = b / 1048576; s = us / 1e6;
    printf "%-26s %8.2f %9.3f %8.1f %9.1f %9.2f\n", name, mb, s, mb / s, kb / 1024, j / 1048576 }'
done
awk -v b="$total_bytes" -v us="$total_us" 'BEGIN {
  mb = b / 1048576; s = us / 1e6;
  printf "%-26s %8.2f %9.3f %8.1f\n", "all", mb, s, mb / s }'
if [ -x /bin/true ]; then
  awk -v us="$(best_us /bin/true)" 'BEGIN {
    printf "(timing /bin/true the same way: %.1f ms a run)\n", us / 1000 }'
fi
