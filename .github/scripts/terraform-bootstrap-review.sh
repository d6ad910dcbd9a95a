#!/usr/bin/env bash
# The bootstrap stack on a pull request: terraform validate, and the resource addresses the pull
# request adds, changes and removes, against BASE ($1). It is applied by hand by an operator of the
# shared account (docs/infrastructure.md): CI has no role there.
set -euo pipefail

base="${1:?usage: terraform-bootstrap-review.sh <base sha>}"
stack=cdktf.out/stacks/bootstrap
terraform -chdir="$stack" init -no-color -backend=false
terraform -chdir="$stack" validate -no-color
git show "$base:$stack/cdk.tf.json" > bootstrap-base.json 2>/dev/null || echo '{}' > bootstrap-base.json
# shellcheck disable=SC2016 # a jq program
addresses='[.resource // {} | to_entries[] | .key as $type | .value | to_entries[] | {key: "\($type).\(.key)", value: .value}] | from_entries'
jq -S "$addresses" bootstrap-base.json > before.json
jq -S "$addresses" "$stack/cdk.tf.json" > after.json
{
  echo "### bootstrap stack: applied by hand after merge (docs/infrastructure.md)"
  echo
  jq -rn --slurpfile before before.json --slurpfile after after.json '
    ($before[0]) as $b | ($after[0]) as $a
    | ([$a | keys[] | select($b[.] == null) | "- add `\(.)`"]
      + [$a | keys[] | select($b[.] != null and $b[.] != $a[.]) | "- change `\(.)`"]
      + [$b | keys[] | select($a[.] == null) | "- remove `\(.)`"]) as $lines
    | if ($lines | length) == 0 then "No resource changes." else $lines[] end'
} | tee -a "${GITHUB_STEP_SUMMARY:-/dev/null}"
