#!/bin/sh
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

printf '%-26s %8s %9s %8s %9s %9s\n' file MB "best s" "MB/s" "peak MB" "JSON MB"
total_bytes=0
total_time=0
for file in "$@"; do
  bytes=$(wc -c < "$file")
  best=
  peak=0
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%M' -o "$out.time" "$cli" detect --json "$file" > "$out"
      kb=$(tail -n 1 "$out.time")
      [ "$kb" -gt "$peak" ] && peak=$kb
    else
      "$cli" detect --json "$file" > "$out"
    fi
    end=$(date +%s%N)
    ns=$((end - start))
    if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then
      best=$ns
    fi
    i=$((i + 1))
  done
  json_bytes=$(wc -c < "$out")
  total_bytes=$((total_bytes + bytes))
  total_time=$((total_time + best))
  awk -v name="$(basename "$file")" -v b="$bytes" -v ns="$best" -v kb="$peak" -v j="$json_bytes" 'BEGIN {
    mb = b / 1048576; s = ns / 1e9;
    printf "%-26s %8.2f %9.3f %8.1f %9.1f %9.2f\n", name, mb, s, mb / s, kb / 1024, j / 1048576 }'
done
awk -v b="$total_bytes" -v ns="$total_time" 'BEGIN {
  mb = b / 1048576; s = ns / 1e9;
  printf "%-26s %8.2f %9.3f %8.1f\n", "all", mb, s, mb / s }'
