#!/usr/bin/env bash
# Commit the pinned digests and the re-synthesized dist/$ENVIRONMENT on a new branch, open a pull
# request to main, put it in main's merge queue (auto-merge: the required checks, and for prod
# paths the code owners' review, gate it), and wait until it is merged.
# Writes `changed=true|false` and, once merged, `commit=<merge commit on main>` to $GITHUB_OUTPUT.
# Nothing to change (the environment pins these digests already) is a success with changed=false:
# the caller still checks that the digests are live. A pull request closed without merging, or not
# merged within MERGE_TIMEOUT_SECONDS (default 2700), fails.
set -euo pipefail

: "${ENVIRONMENT:?}" "${RUN_ID:?}" "${GITHUB_OUTPUT:?}"
if git diff --quiet -- "environments/$ENVIRONMENT.yaml" "dist/$ENVIRONMENT"; then
  echo "::notice::environments/$ENVIRONMENT.yaml already pins these digests"
  echo "changed=false" >> "$GITHUB_OUTPUT"
  exit 0
fi
branch="promote/$ENVIRONMENT/$RUN_ID-${RUN_ATTEMPT:-1}"
gh auth setup-git
git config user.name "contexter-promotion[bot]"
git config user.email "contexter-promotion[bot]@users.noreply.github.com"
git switch --create "$branch"
git add -- "environments/$ENVIRONMENT.yaml" "dist/$ENVIRONMENT"
git commit --quiet --message "Promote new image digests to $ENVIRONMENT"
git push --quiet origin "HEAD:refs/heads/$branch"
{
  echo "Pins the image digests built by run $RUN_ID in \`environments/$ENVIRONMENT.yaml\`"
  echo "and re-synthesizes \`dist/$ENVIRONMENT\`. Argo CD syncs it once merged."
  echo
  echo '```diff'
  git diff HEAD~1 -- "environments/$ENVIRONMENT.yaml"
  echo '```'
} > pull-request.md
url="$(gh pr create --base main --head "$branch" --title "Promote images to $ENVIRONMENT" --body-file pull-request.md)"
echo "changed=true" >> "$GITHUB_OUTPUT"
gh pr merge "$url" --auto --squash --delete-branch

deadline=$((SECONDS + ${MERGE_TIMEOUT_SECONDS:-2700}))
while :; do
  read -r state commit < <(gh pr view "$url" --json state,mergeCommit --jq '[.state, (.mergeCommit.oid // "-")] | @tsv')
  case "$state" in
    MERGED) echo "commit=$commit" >> "$GITHUB_OUTPUT"; echo "$url merged as $commit"; exit 0 ;;
    CLOSED) echo "::error::$url was closed without merging"; exit 1 ;;
  esac
  ((SECONDS < deadline)) || { echo "::error::$url was not merged in time (checks or review pending)"; exit 1; }
  sleep "${POLL_SECONDS:-20}"
done
