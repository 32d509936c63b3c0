#!/usr/bin/env bash
# Regenerates examples/expected/ from the CLI: for every examples/<name>.snapshot.json, what
# `npx tinhgon check examples/<name>.snapshot.json --json` prints (<name>.check.json) and the human
# report (<name>.check.txt); for every examples/<name>.plan.json, what `npx tinhgon plan
# examples/<name>.plan.json --json` prints (<name>.plan.json) and the human report (<name>.plan.txt).
# Run from anywhere: `bash examples/update-expected.sh`; then READ the diff: every finding must still be
# what the law says (../shared/domain/legal-rules.md).
set -euo pipefail

cd "$(dirname "$0")/.."
mkdir -p examples/expected

for snapshot in examples/*.snapshot.json; do
  name="$(basename "$snapshot" .snapshot.json)"
  for output in json txt; do
    target="examples/expected/$name.check.$output"
    flags=()
    if [ "$output" = json ]; then flags=(--json); fi
    status=0
    npx --no-install tinhgon check "$snapshot" "${flags[@]}" >"$target" || status=$?
    # 0 = no violation, 1 = violations (both are fine for a demo); 2 = the snapshot itself is invalid.
    if [ "$status" -gt 1 ]; then
      echo "$snapshot: exit code $status — the example is not a valid snapshot." >&2
      exit 1
    fi
    echo "$target (exit $status)"
  done
done

for plan in examples/*.plan.json; do
  name="$(basename "$plan" .plan.json)"
  for output in json txt; do
    target="examples/expected/$name.plan.$output"
    flags=()
    if [ "$output" = json ]; then flags=(--json); fi
    status=0
    npx --no-install tinhgon plan "$plan" "${flags[@]}" >"$target" || status=$?
    # 0 = no phase has a violation, 1 = some phase has one; 2 = the plan is invalid or an operation
    # cannot apply.
    if [ "$status" -gt 1 ]; then
      echo "$plan: exit code $status — the example is not a valid plan." >&2
      exit 1
    fi
    echo "$target (exit $status)"
  done
done

# The repository's formatter owns *.json: the committed JSON is the CLI's document as Prettier lays it
# out (the e2e test compares it as JSON, the .txt reports byte for byte).
npx --no-install prettier --write --log-level warn examples/expected
