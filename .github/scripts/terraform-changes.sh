#!/usr/bin/env bash
# Which Terraform stacks a run plans or applies (infra.yml, job `changes`).
# pull_request and push: the environment stacks whose cdktf.out/stacks/<env> differs between BASE
# and HEAD, in apply order (a change of infra.yml or its scripts in a pull request plans all);
# schedule and workflow_dispatch: every environment (the drift plan). Writes
# `environments=<JSON list>` and `bootstrap=true|false` (whether the bootstrap stack changed).
set -euo pipefail

: "${EVENT:?}" "${GITHUB_OUTPUT:?}"
read -r -a order <<<"${ENVIRONMENTS:-dev staging prod}"
selected=()
bootstrap=false
base="${BASE:-}"
if [[ "$EVENT" == schedule || "$EVENT" == workflow_dispatch || ! "$base" =~ ^[0-9a-f]{40}$ || "$base" =~ ^0+$ ]]; then
  selected=("${order[@]}")
else
  all=false
  if [[ "$EVENT" == pull_request ]] && ! git diff --quiet "$base" HEAD -- .github/workflows/infra.yml .github/scripts/; then
    all=true
  fi
  for environment in "${order[@]}"; do
    if [[ "$all" == true ]] || ! git diff --quiet "$base" HEAD -- "cdktf.out/stacks/$environment"; then
      selected+=("$environment")
    fi
  done
  git diff --quiet "$base" HEAD -- cdktf.out/stacks/bootstrap || bootstrap=true
fi
[[ "$EVENT" == pull_request ]] || bootstrap=false
json="$(printf '%s\n' "${selected[@]}" | jq -R . | jq -cs 'map(select(. != ""))')"
echo "environments=$json" >> "$GITHUB_OUTPUT"
echo "bootstrap=$bootstrap" >> "$GITHUB_OUTPUT"
echo "stacks: $json; bootstrap changed: $bootstrap"
