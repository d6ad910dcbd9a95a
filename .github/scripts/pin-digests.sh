#!/usr/bin/env bash
# Pin each image digest in environments/$ENVIRONMENT.yaml with `contexter-deploy set-image`.
# DIGESTS: {"<workload>": {"digest": "sha256:...", "tag": "<commit sha>"}, ...}. set-image checks
# every value (digest, tag, workload) and validates the file; values are passed as arguments only.
set -euo pipefail

pinnable="$(.venv/bin/python -c 'from contexter_deploy.promote import image_fields; print(" ".join(image_fields()))')"
jq -e 'type == "object"' <<<"$DIGESTS" >/dev/null || { echo "::error::digests must be a JSON object"; exit 1; }
while IFS=$'\t' read -r workload digest tag; do
  if [[ " $pinnable " != *" $workload "* ]]; then
    echo "::notice::$workload has no image in environments/$ENVIRONMENT.yaml; not pinned there"
    continue
  fi
  .venv/bin/contexter-deploy set-image --env "$ENVIRONMENT" --workload "$workload" --digest "$digest" --tag "$tag"
done < <(jq -r 'to_entries[] | [.key, .value.digest, .value.tag] | @tsv' <<<"$DIGESTS")
