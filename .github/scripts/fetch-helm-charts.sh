#!/usr/bin/env bash
# Fetch the upstream Helm chart files that the values checks read into DEST (default
# ../shared/helm-charts, where contexter-deploy and the tests look), each folder from the commit its
# `# source:` line in .github/helm-charts.sha256 names, and check every file against its checksum.
# Any download error or checksum mismatch fails: CI never checks values against a chart it has not
# verified, and never runs without them (the tests marked `shared` would otherwise not run).
set -euo pipefail

lock=.github/helm-charts.sha256
dest="${1:-../shared/helm-charts}"
base="${HELM_CHARTS_BASE_URL:-https://raw.githubusercontent.com}"

declare -A repository=() commit=() subpath=()
while read -r _ _ folder repo sha path; do
  [[ "$folder" =~ ^[a-z0-9.-]+$ && "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ && "$sha" =~ ^[0-9a-f]{40}$ ]] ||
    { echo "::error::$lock: bad source line for '$folder'"; exit 1; }
  repository[$folder]=$repo commit[$folder]=$sha subpath[$folder]=${path#.}
done < <(grep '^# source: ' "$lock")
((${#repository[@]} > 0)) || { echo "::error::$lock names no source"; exit 1; }

count=0
while read -r _ file; do
  folder=${file%%/*}
  [[ -n "${repository[$folder]:-}" && "$file" =~ ^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$ ]] ||
    { echo "::error::$lock: $file has no source line, or a bad path"; exit 1; }
  url="$base/${repository[$folder]}/${commit[$folder]}${subpath[$folder]:+/${subpath[$folder]}}/${file#*/}"
  mkdir -p "$dest/$(dirname "$file")"
  curl --fail --silent --show-error --location --retry 3 --output "$dest/$file" "$url"
  count=$((count + 1))
done < <(grep -v '^#' "$lock")
grep -v '^#' "$lock" | (cd "$dest" && sha256sum --check --strict --quiet)
echo "$count files of ${#repository[@]} Helm charts, checksums verified, in $dest"
