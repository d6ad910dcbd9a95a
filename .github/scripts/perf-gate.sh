#!/usr/bin/env bash
# The performance gate of a staging promotion (promote.yml, staging-check): compare this
# release's k6 runs (runs/run-*.json, run-k6.sh) with the baseline of the release prod runs.
#
# - The baseline is the artifact perf-baseline-<key of prod's images>, uploaded by a successful
#   promotion from main (perf/artifacts.py refuses every other, e.g. one from a pull request).
# - No trusted baseline, or an expired one: the gate fails closed. When staging runs prod's own
#   release (a re-measurement), the runs are judged against the SLO only and become the baseline.
# - The report goes to $GITHUB_STEP_SUMMARY; the exit status is compare's, never a pipe's.
# Writes perf-baseline/baseline.json (this release's record, the next baseline once it reaches
# prod) and `key=<its key>` to $GITHUB_OUTPUT, only when the gate passed.
set -euo pipefail

environment="${1:?usage: perf-gate.sh <environment>}"
: "${REPOSITORY:?}" "${GITHUB_OUTPUT:?}" "${GITHUB_STEP_SUMMARY:?}"
shopt -s nullglob
candidates=(runs/run-*.json)
((${#candidates[@]})) || { echo "::error::no k6 summaries in runs/: run-k6.sh made none"; exit 1; }

prod_key="$(.venv/bin/python -m perf.regression baseline-key --env prod)"
candidate_key="$(.venv/bin/python -m perf.regression baseline-key --env "$environment")"
mkdir -p baseline
if [[ "$candidate_key" == "$prod_key" ]]; then
  echo "::notice::$environment runs prod's release $prod_key: measuring it as the baseline"
  source=(--record-baseline)
else
  gh api "repos/$REPOSITORY/actions/artifacts?name=perf-baseline-$prod_key&per_page=100" > baseline/artifacts.json
  jq -r '.artifacts[].workflow_run.id' baseline/artifacts.json | sort -u | while read -r run; do
    gh api "repos/$REPOSITORY/actions/runs/$run"
  done | jq -s . > baseline/runs.json
  if ! artifact="$(.venv/bin/python -m perf.artifacts choose --repository "$REPOSITORY" \
      --artifacts baseline/artifacts.json --runs baseline/runs.json)"; then
    echo "::error::no trusted baseline for the release prod runs ($prod_key): the gate fails closed; see docs/ci-cd.md"
    exit 1
  fi
  gh api "repos/$REPOSITORY/actions/artifacts/$artifact/zip" > baseline/baseline.zip
  unzip -o -q baseline/baseline.zip baseline.json -d baseline
  source=(--baseline baseline/baseline.json)
fi

status=0
.venv/bin/python -m perf.regression compare --env "$environment" --candidate "${candidates[@]}" \
  "${source[@]}" > perf-report.md || status=$?
cat perf-report.md >> "$GITHUB_STEP_SUMMARY"
cat perf-report.md
if ((status != 0)); then
  echo "::error::the performance gate failed (exit $status)"
  exit "$status"
fi
mkdir -p perf-baseline
.venv/bin/python -m perf.regression record --env "$environment" --candidate "${candidates[@]}" \
  > perf-baseline/baseline.json
echo "key=$candidate_key" >> "$GITHUB_OUTPUT"
