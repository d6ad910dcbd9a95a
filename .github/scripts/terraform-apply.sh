#!/usr/bin/env bash
# terraform apply of the plan file the approver saw (plan/, from the `show` job): the checksum
# and the stack tree must match, and terraform refuses a plan whose state has changed since
# ("Saved plan is stale"): then the change needs a new pull request plan. Nothing is re-planned.
set -euo pipefail

environment="${1:?usage: terraform-apply.sh <environment>}"
stack="cdktf.out/stacks/$environment"
[[ -f plan/tfplan && -f plan/tfplan.sha256 && -f plan/tree ]] || { echo "::error::no approved plan in plan/"; exit 1; }
(cd plan && sha256sum --check --strict tfplan.sha256)
[[ "$(cat plan/tree)" == "$(git rev-parse "HEAD:$stack")" ]] \
  || { echo "::error::the approved plan was made from another tree of $stack"; exit 1; }
lock=()
[[ -f "$stack/.terraform.lock.hcl" ]] && lock=(-lockfile=readonly)
terraform -chdir="$stack" init -no-color "${lock[@]}"
terraform -chdir="$stack" apply -no-color -input=false "$PWD/plan/tfplan"
