#!/usr/bin/env bash
# Wait until every promoted image is live in $ENVIRONMENT: Argo CD has synced dist/$ENVIRONMENT
# and each place the image runs (`contexter-deploy live-targets`, read from the synthesized
# manifests) serves the promoted digest:
#   - pods (Rollouts, Deployments, StatefulSets): every pod that is not terminating runs the
#     digest in that container and is ready; an old ReplicaSet's pod keeps it waiting, so a
#     rollout still in its canary steps, or aborted by its analysis, never passes;
#   - CronJobs (the backup image, in contexter-data and vault): the Job template carries the
#     digest, and for the backups themselves (label contexter.io/backup-component) a Job of that
#     template has succeeded: a backup image that cannot back up is not live.
# DIGESTS: {"<workload>": {"digest": "sha256:...", ...}, ...}. DEADLINE_SECONDS (default 2700: the
# backups run every 20 minutes, each within 10) bounds the wait; it fails naming what is pending.
set -euo pipefail

: "${ENVIRONMENT:?}" "${DIGESTS:?}"
deadline=$((SECONDS + ${DEADLINE_SECONDS:-2700}))
poll="${POLL_SECONDS:-20}"
jq -e 'type == "object"' <<<"$DIGESTS" >/dev/null || { echo "::error::digests must be a JSON object"; exit 1; }
pinnable="$(.venv/bin/python -c 'from contexter_deploy.promote import image_fields; print(" ".join(image_fields()))')"

checks=()
while IFS=$'\t' read -r workload digest; do
  [[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "::error::$workload: not a digest: $digest"; exit 1; }
  if [[ " $pinnable " != *" $workload "* ]]; then
    echo "::notice::$workload has no image in environments/$ENVIRONMENT.yaml; nothing to wait for"
    continue
  fi
  while IFS= read -r target; do
    checks+=("$workload	$digest	$target")
  done < <(.venv/bin/contexter-deploy live-targets --env "$ENVIRONMENT" --workload "$workload" | jq -c '.[]')
done < <(jq -r 'to_entries[] | [.key, .value.digest] | @tsv' <<<"$DIGESTS")
((${#checks[@]})) || { echo "::error::no promoted image runs in dist/$ENVIRONMENT"; exit 1; }

live() { # workload digest target-json: exit 0 when the digest is live there
  local digest="$2" target="$3" namespace container
  namespace="$(jq -r .namespace <<<"$target")"
  container="$(jq -r .container <<<"$target")"
  case "$(jq -r .kind <<<"$target")" in
    pods)
      kubectl -n "$namespace" get pods -l "$(jq -r .selector <<<"$target")" -o json | jq -e \
        --arg name "$container" --arg digest "$digest" '
          [.items[] | select(.metadata.deletionTimestamp == null)] as $pods
          | ($pods | length) > 0 and all($pods[];
              any(.status.containerStatuses[]?; .name == $name and (.imageID | endswith("@" + $digest)) and .ready))
        ' >/dev/null
      ;;
    cronjob)
      local name
      name="$(jq -r .name <<<"$target")"
      kubectl -n "$namespace" get cronjob "$name" -o json | jq -e --arg name "$container" --arg digest "$digest" '
          any(.spec.jobTemplate.spec.template.spec.containers[]; .name == $name and (.image | endswith("@" + $digest)))
        ' >/dev/null || return 1
      [[ "$(jq -r .needs_run <<<"$target")" == true ]] || return 0
      kubectl -n "$namespace" get jobs -o json | jq -e --arg cronjob "$name" --arg name "$container" --arg digest "$digest" '
          any(.items[];
            any(.metadata.ownerReferences[]?; .kind == "CronJob" and .name == $cronjob)
            and ((.status.succeeded // 0) >= 1)
            and any(.spec.template.spec.containers[]; .name == $name and (.image | endswith("@" + $digest))))
        ' >/dev/null
      ;;
    *) echo "::error::unknown target: $target"; return 2 ;;
  esac
}

while :; do
  pending=()
  for check in "${checks[@]}"; do
    IFS=$'\t' read -r workload digest target <<<"$check"
    live "$workload" "$digest" "$target" || pending+=("$workload in $(jq -r '.namespace + "/" + (.name // .selector)' <<<"$target")")
  done
  if ((${#pending[@]} == 0)); then
    echo "every promoted digest is live in $ENVIRONMENT"
    exit 0
  fi
  if ((SECONDS >= deadline)); then
    echo "::error::not live in $ENVIRONMENT before the deadline: ${pending[*]}"
    exit 1
  fi
  echo "waiting for: ${pending[*]}"
  sleep "$poll"
done
