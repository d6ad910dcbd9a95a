#!/usr/bin/env bash
# Every scanner of ci.yml's scan job: keep going, write SARIF to sarif/, and fail at the end naming
# each scanner with findings. Each gate is the scanner's own exit status in a mode that reports
# findings through it: zizmor exits 0 with --format sarif whatever it finds, so it gates in plain
# format and writes its SARIF in a second run whose status is not the gate.
set -euo pipefail

bin="${SCANNER_BIN:-.venv/bin}"
mkdir -p sarif
failed=()
"$bin/checkov" -d dist --framework kubernetes --skip-download --compact \
  -o cli -o sarif --output-file-path console,sarif/checkov-kubernetes.sarif || failed+=(checkov-kubernetes)
"$bin/checkov" -d cdktf.out/stacks --framework terraform_json --skip-download --compact \
  -o cli -o sarif --output-file-path console,sarif/checkov-terraform.sarif || failed+=(checkov-terraform)
"$bin/checkov" -d Dockerfiles --framework dockerfile --skip-download --compact \
  -o cli -o sarif --output-file-path console,sarif/checkov-dockerfile.sarif || failed+=(checkov-dockerfile)
"$bin/hadolint" -f sarif Dockerfiles/*.Dockerfile > sarif/hadolint.sarif || failed+=(hadolint)
"$bin/zizmor" ${ZIZMOR_OFFLINE:+--offline} --format plain .github/workflows || failed+=(zizmor)
"$bin/zizmor" ${ZIZMOR_OFFLINE:+--offline} --format sarif .github/workflows > sarif/zizmor.sarif || true
"$bin/actionlint" || failed+=(actionlint)
if ((${#failed[@]})); then
  echo "::error::scanners with findings: ${failed[*]}"
  exit 1
fi
