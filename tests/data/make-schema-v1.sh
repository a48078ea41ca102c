#!/usr/bin/env bash
# Writes tests/data/schema-v1.db: a database as Quotecheck's store schema
# version 1 writes it, for the migration test in tests/core/test-store.c
# (/qc/store/migration/v1). Run it once with the build of the commit that
# introduced schema version 1 and commit the result; never regenerate it
# with a later schema (that would defeat the test).
#
#   tests/data/make-schema-v1.sh build/src/cli/quotecheck-cli
set -euo pipefail

cli=${1:?usage: make-schema-v1.sh PATH/TO/quotecheck-cli}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/schema-v1.db"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Our own text (not corpus text).
cat > "$work/fixture.txt" <<'TEXT'
Schema one fixture

The city council said on Monday that the harbour bridge would open in May, two months later than planned.

“We will not cut corners on safety,” said Mayor Jane Porter. “The bridge has to last a hundred years.”

“It was a wet year,” Baker told reporters.
TEXT

db="$work/v1.db"
"$cli" import --db "$db" --outlet "Test Gazette" --date 2026-01-15 "$work/fixture.txt" > /dev/null

# A manual claim over the first quote, assessed, with a note and a source.
read -r start end < <(python3 - "$work/fixture.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
quote = "“We will not cut corners on safety,”"
start = text.index(quote)
print(start, start + len(quote))
PY
)
claim=$("$cli" claim add --db "$db" --speaker "Jane Porter" 1 "$start" "$end")
"$cli" claim set --db "$db" "$claim" --evidence supported --note "checked against the minutes"
"$cli" source add --db "$db" "$claim" https://example.org/minutes --stance supports > /dev/null

test ! -e "$db-wal" || { echo "make-schema-v1.sh: $db-wal left behind" >&2; exit 1; }
version=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$db")
test "$version" = 1 || { echo "make-schema-v1.sh: the build writes schema $version, not 1" >&2; exit 1; }
cp "$db" "$out"
echo "wrote $out"
