#!/usr/bin/env bash
# Wait until every pod of every promoted workload runs the promoted digest and is ready: Argo CD
# has synced dist/<env> and the rollouts (analysis included) have finished. 20 minutes at most.
# DIGESTS: {"<workload>": {"digest": "sha256:...", ...}, ...}; the workloads live in namespace contexter.
set -euo pipefail

namespace=contexter
deadline=$((SECONDS + 1200))
mapfile -t expected < <(jq -r 'to_entries[] | select(.value.digest | test("^sha256:[0-9a-f]{64}$")) | "\(.key) \(.value.digest)"' <<<"$DIGESTS")
while :; do
  pending=()
  for entry in "${expected[@]}"; do
    read -r workload digest <<<"$entry"
    pods="$(kubectl -n "$namespace" get pods -l "app.kubernetes.io/name=$workload" -o json)"
    # every pod that is not terminating runs the digest in its main container and is ready
    if ! jq -e --arg name "$workload" --arg digest "$digest" '
        [.items[] | select(.metadata.deletionTimestamp == null)] as $pods
        | ($pods | length) > 0 and all($pods[];
            any(.status.containerStatuses[]?; .name == $name and (.imageID | endswith("@" + $digest)) and .ready))
      ' <<<"$pods" >/dev/null; then
      pending+=("$workload")
    fi
  done
  if ((${#pending[@]} == 0)); then
    echo "every pod runs the promoted digests"
    exit 0
  fi
  if ((SECONDS > deadline)); then
    echo "::error::still not running the promoted digests after 20 minutes: ${pending[*]}"
    exit 1
  fi
  echo "waiting for: ${pending[*]}"
  sleep 20
done
