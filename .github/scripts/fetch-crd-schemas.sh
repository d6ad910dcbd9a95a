#!/usr/bin/env bash
# Fetch the CRD JSON schemas that validation reads into DEST (default ../shared/crd-schemas, where
# contexter-deploy and the tests look), from the upstream commit .github/crd-schemas.sha256 pins
# (cdk8s.yaml names the same commit), and check every file against the recorded checksum.
# Any download error or checksum mismatch fails: CI never validates against a schema it has not
# checked, and never runs without them (a missing folder would skip the custom-resource checks).
set -euo pipefail

lock=.github/crd-schemas.sha256
dest="${1:-../shared/crd-schemas}"
source="$(sed -n 's/^# source: https:\/\/github.com\///p' "$lock")"
commit="$(sed -n 's/^# commit: //p' "$lock")"
[[ "$source" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || { echo "::error::$lock: no '# source:' line"; exit 1; }
[[ "$commit" =~ ^[0-9a-f]{40}$ ]] || { echo "::error::$lock: no '# commit:' line with a 40-hex commit"; exit 1; }
base="${CRD_SCHEMAS_BASE_URL:-https://raw.githubusercontent.com}/$source/$commit"

mkdir -p "$dest"
count=0
while read -r _ path; do
  [[ "$path" =~ ^[a-z0-9.-]+/[a-z0-9_.-]+\.json$ ]] || { echo "::error::$lock: bad path $path"; exit 1; }
  mkdir -p "$dest/${path%/*}"
  curl --fail --silent --show-error --location --retry 3 --output "$dest/$path" "$base/$path"
  count=$((count + 1))
done < <(grep -v '^#' "$lock")
((count > 0)) || { echo "::error::$lock lists no schema"; exit 1; }
grep -v '^#' "$lock" | (cd "$dest" && sha256sum --check --strict --quiet)
echo "$count CRD schemas from $source@$commit, checksums verified, in $dest"
