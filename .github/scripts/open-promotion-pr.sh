#!/usr/bin/env bash
# Commit the pinned digests and the re-synthesized dist/$ENVIRONMENT on a new branch, open a pull
# request to main and, with AUTO_MERGE=true, let GitHub merge it once the required checks pass.
# Writes `url=<pull request>` to $GITHUB_OUTPUT; nothing when there was nothing to change.
set -euo pipefail

if git diff --quiet -- "environments/$ENVIRONMENT.yaml" "dist/$ENVIRONMENT"; then
  echo "::notice::environments/$ENVIRONMENT.yaml already pins these digests"
  exit 0
fi
branch="promote/$ENVIRONMENT/$RUN_ID"
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
if [[ "${AUTO_MERGE:-false}" == true ]]; then
  gh pr merge "$url" --auto --squash --delete-branch
fi
echo "url=$url" >> "$GITHUB_OUTPUT"
