#!/usr/bin/env bash
# terraform plan of cdktf.out/stacks/$1, saved to plan/: tfplan (the binary plan), its checksum,
# the stack tree it was made from (git tree of cdktf.out/stacks/$1), plan.txt and plan.md.
# With DRIFT=true (the schedule) a plan with changes fails: the cloud drifted from main.
# Writes `tree=<stack tree>` to $GITHUB_OUTPUT (the artifact name).
set -euo pipefail

environment="${1:?usage: terraform-plan.sh <environment>}"
stack="cdktf.out/stacks/$environment"
out="$PWD/plan"
mkdir -p "$out"
tree="$(git rev-parse "HEAD:$stack")"
lock=()
[[ -f "$stack/.terraform.lock.hcl" ]] && lock=(-lockfile=readonly)
terraform -chdir="$stack" init -no-color "${lock[@]}"
status=0
terraform -chdir="$stack" plan -lock=false -no-color -detailed-exitcode -out="$out/tfplan" > "$out/plan.log" 2>&1 || status=$?
cat "$out/plan.log"
# 0: no changes, 2: changes; anything else is an error
[[ $status == 0 || $status == 2 ]] || exit "$status"
terraform -chdir="$stack" show -no-color "$out/tfplan" > "$out/plan.txt"
(cd "$out" && sha256sum tfplan > tfplan.sha256)
echo "$tree" > "$out/tree"
{
  echo "<details><summary><code>$environment</code>: $(grep -E '^(Plan:|No changes\.)' "$out/plan.txt" | head -1)</summary>"
  echo
  echo '```terraform'
  head -c 20000 "$out/plan.txt" # a comment holds 65536 characters; keep each environment's share
  echo '```'
  echo "</details>"
} > "$out/plan.md"
echo "tree=$tree" >> "$GITHUB_OUTPUT"
if [[ "${DRIFT:-false}" == true && $status == 2 ]]; then
  echo "::error::$environment has drifted from main: the plan above has changes"
  exit 1
fi
