#!/usr/bin/env bash
# Wait until $ENVIRONMENT reports, from inside its cluster, that it serves the promoted digests.
# CI has no path into the cluster: Argo CD's notifications controller posts a GitHub commit status
# on the revision it synced once the `contexter` Application is Synced and Healthy, one per image,
# context `contexter/<env>/<workload>`, description the digests the live objects run, as hex
# without `sha256:` (read from the Application's status.summary.images;
# notifications() in charts/gitops/addons/argo_cd.py).
#
# COMMIT is the merge commit of the promotion pull request (or, when nothing changed, the last
# commit that changed dist/$ENVIRONMENT). Argo CD may sync a later commit of main when main moved
# on before it polled, so a status on any commit of main after COMMIT counts too.
# For each promoted workload the newest status of its context must be `success` and list the
# promoted digest; for an image that runs in pods (a service) it must list no other digest (old
# pods gone). An image that runs in CronJobs (backup) keeps earlier runs' pods, so other digests
# may remain; its status is posted again once a Job of the new template has run.
# Only statuses created by REPORTER count (the login of the deployment-status GitHub App, e.g.
# `contexter-deployment-status[bot]`): any workflow with `statuses: write` could post a context.
# A status `failure` or `error` fails at once; no status before DEADLINE_SECONDS (default 2700)
# fails naming what is missing (2700: the backups run every 20 minutes, each within 10). DIGESTS: {"<workload>": {"digest": "sha256:..."}, ...}.
set -euo pipefail

: "${ENVIRONMENT:?}" "${DIGESTS:?}" "${COMMIT:?}" "${REPOSITORY:?}" "${REPORTER:?}"
[[ "$COMMIT" =~ ^[0-9a-f]{40}$ ]] || { echo "::error::COMMIT is not a commit SHA: $COMMIT"; exit 1; }
deadline=$((SECONDS + ${DEADLINE_SECONDS:-2700}))
poll="${POLL_SECONDS:-20}"
jq -e 'type == "object" and length > 0' <<<"$DIGESTS" >/dev/null || { echo "::error::DIGESTS must be a non-empty JSON object"; exit 1; }

declare -A wanted strict
while IFS=$'\t' read -r workload digest; do
  [[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "::error::$workload: not a digest: $digest"; exit 1; }
  wanted[$workload]="$digest"
  # pods only (a service): exactly this digest; any CronJob: this digest among others
  kinds="$(.venv/bin/contexter-deploy live-targets --env "$ENVIRONMENT" --workload "$workload" | jq -r '[.[].kind] | unique | join(",")')"
  [[ -n "$kinds" ]] || { echo "::error::$workload runs nowhere in dist/$ENVIRONMENT"; exit 1; }
  [[ "$kinds" == pods ]] && strict[$workload]=true || strict[$workload]=false
done < <(jq -r 'to_entries[] | [.key, .value.digest] | @tsv' <<<"$DIGESTS")

while :; do
  # the merge commit, then every later commit of main (newest last)
  commits=("$COMMIT")
  while IFS= read -r sha; do [[ -n "$sha" ]] && commits+=("$sha"); done \
    < <(gh api "repos/$REPOSITORY/compare/$COMMIT...main" --jq '.commits[].sha')
  pending=()
  for workload in "${!wanted[@]}"; do
    context="contexter/$ENVIRONMENT/$workload"
    digest="${wanted[$workload]}"
    verdict=missing
    for sha in "${commits[@]}"; do
      # newest first; only the reporter's
      status="$(gh api "repos/$REPOSITORY/commits/$sha/statuses?per_page=100" | jq -r --arg context "$context" --arg reporter "$REPORTER" \
        '([.[] | select(.context == $context and .creator.login == $reporter)][0] // {}) | [.state // "", .description // ""] | @tsv')"
      IFS=$'\t' read -r state description <<<"$status" || true
      [[ -n "$state" ]] || continue
      case "$state" in
        failure | error) echo "::error::$context on $sha is $state: $description"; exit 1 ;;
        success) ;;
        *) verdict="$state on $sha"; continue ;;
      esac
      read -ra reported <<<"$description"
      found=false others=()
      for d in "${reported[@]}"; do
        if [[ "$d" == "${digest#sha256:}" ]]; then found=true; else others+=("$d"); fi
      done
      if $found && { [[ "${strict[$workload]}" == false ]] || ((${#others[@]} == 0)); }; then
        verdict=ok
        break
      fi
      verdict="$sha reports ${description:-no digest}"
    done
    [[ "$verdict" == ok ]] || pending+=("$context (wants $digest; $verdict)")
  done
  if ((${#pending[@]} == 0)); then
    echo "$ENVIRONMENT reports every promoted digest as synced and healthy"
    exit 0
  fi
  if ((SECONDS >= deadline)); then
    echo "::error::$ENVIRONMENT did not report the promoted digests before the deadline: ${pending[*]}"
    exit 1
  fi
  echo "waiting for: ${pending[*]}"
  sleep "$poll"
done
