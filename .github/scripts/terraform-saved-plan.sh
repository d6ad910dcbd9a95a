#!/usr/bin/env bash
# The plan a pull request saved for the exact tree of cdktf.out/stacks/$1 that main now has
# (artifact tfplan-<env>-<tree>), fetched into plan/ and shown in the run's summary, where the
# approver of the apply job reads it. Only an artifact of infra.yml run for a pull request of this
# repository counts; none, or a checksum that does not match, fails: main never re-plans.
set -euo pipefail

environment="${1:?usage: terraform-saved-plan.sh <environment>}"
: "${REPOSITORY:?}" "${GITHUB_STEP_SUMMARY:?}"
stack="cdktf.out/stacks/$environment"
tree="$(git rev-parse "HEAD:$stack")"
name="tfplan-$environment-$tree"
gh api "repos/$REPOSITORY/actions/artifacts?name=$name&per_page=100" > artifacts.json
artifact=""
while read -r id run; do
  read -r event path head < <(gh api "repos/$REPOSITORY/actions/runs/$run" \
    --jq '[.event, .path, .head_repository.full_name] | @tsv')
  if [[ "$event" == pull_request && "$path" == .github/workflows/infra.yml && "$head" == "$REPOSITORY" ]]; then
    artifact="$id"
    break
  fi
  echo "::warning::artifact $id of run $run ($event, $path, $head) is not a pull request plan of infra.yml"
done < <(jq -r '.artifacts | map(select(.expired == false)) | sort_by(.created_at) | reverse | .[] | "\(.id) \(.workflow_run.id)"' artifacts.json)
if [[ -z "$artifact" ]]; then
  echo "::error::no saved plan $name: open a pull request with this change so it is planned and reviewed"
  exit 1
fi
mkdir -p plan
gh api "repos/$REPOSITORY/actions/artifacts/$artifact/zip" > plan.zip
unzip -o -q plan.zip -d plan
[[ "$(cat plan/tree)" == "$tree" ]] || { echo "::error::the saved plan was made from another stack tree"; exit 1; }
(cd plan && sha256sum --check --strict tfplan.sha256)
lock=()
[[ -f "$stack/.terraform.lock.hcl" ]] && lock=(-lockfile=readonly)
terraform -chdir="$stack" init -no-color -backend=false "${lock[@]}"
terraform -chdir="$stack" show -no-color "$PWD/plan/tfplan" > plan/shown.txt
{
  echo "### The plan that the approval of \`$environment\` applies"
  echo
  echo "Saved by a pull request run for stack tree \`$tree\`; checksum \`$(cut -d' ' -f1 plan/tfplan.sha256)\`."
  echo
  echo '```terraform'
  head -c 60000 plan/shown.txt
  echo '```'
} >> "$GITHUB_STEP_SUMMARY"
