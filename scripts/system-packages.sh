#!/usr/bin/env bash
# Make sure every Debian package in system-packages.txt is installed.
#   scripts/system-packages.sh          install what is missing (root or password-less sudo), else stop
#   scripts/system-packages.sh --list   print the package names, one per line
# As root, or with password-less sudo, it installs the missing packages with apt-get and prints one line
# saying which and why. Otherwise it prints the one command to run and exits 1 within a second.
set -euo pipefail
cd "$(dirname "$0")/.."
list=system-packages.txt

packages=()
declare -A why=()
while IFS= read -r line; do
  line=${line%%$'\r'}
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  package=${line%%#*}
  package=${package//[[:space:]]/}
  packages+=("$package")
  reason=${line#*#}
  [[ $reason == "$line" ]] && reason=""
  why[$package]=${reason# }
done <"$list"

if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
((${#missing[@]})) || exit 0

command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "error: the tests need the Debian packages ${missing[*]} ($list); run: sudo sh -c '$command'" >&2
  exit 1
fi

reasons=""
for package in "${missing[@]}"; do reasons+="${reasons:+; }$package (${why[$package]})"; done
echo "==> installing the Debian packages the tests need: $reasons"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${sudo[@]}" apt-get update -qq &&
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "error: apt-get could not install ${missing[*]}; the output is above" >&2
  exit 1
fi
