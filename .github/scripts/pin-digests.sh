#!/usr/bin/env bash
# Pin each image digest in environments/$ENVIRONMENT.yaml with `contexter-deploy set-image`.
# DIGESTS: {"<workload>": {"digest": "sha256:...", "tag": "<source sha>-<run id>-<attempt>"}, ...}.
# set-image checks every value (digest, tag, workload) and validates the file; values are passed
# as arguments only. Promotions run concurrently (no concurrency group drops or delays one), so
# unless ROLLBACK=true an image that already pins a later build is left as it is (--keep-newer).
set -euo pipefail

: "${ENVIRONMENT:?}" "${DIGESTS:?}"
pinnable="$(.venv/bin/python -c 'from contexter_deploy.promote import image_fields; print(" ".join(image_fields()))')"
jq -e 'type == "object"' <<<"$DIGESTS" >/dev/null || { echo "::error::digests must be a JSON object"; exit 1; }
order=(--keep-newer)
[[ "${ROLLBACK:-false}" == true ]] && order=()
while IFS=$'\t' read -r workload digest tag; do
  if [[ " $pinnable " != *" $workload "* ]]; then
    echo "::notice::$workload has no image in environments/$ENVIRONMENT.yaml; not pinned there"
    continue
  fi
  tagged=()
  [[ -n "$tag" ]] && tagged=(--tag "$tag")
  .venv/bin/contexter-deploy set-image --env "$ENVIRONMENT" --workload "$workload" --digest "$digest" \
    "${tagged[@]}" "${order[@]}"
done < <(jq -r 'to_entries[] | [.key, .value.digest, (.value.tag // "")] | @tsv' <<<"$DIGESTS")
