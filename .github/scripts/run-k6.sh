#!/usr/bin/env bash
# Run the k6 Job (perf/k6-job.yaml) against environment $1, `runs` times (perf.regression target),
# and write each run's summary to runs/run-<n>.json: the gate needs repeated runs for a variance.
# The script and the target (URL, load and SLO thresholds from environments/$1.yaml) go in
# ConfigMaps. The namespace, its ServiceAccount, NetworkPolicy and the token Secret come from
# dist/$1 (Argo CD); the promote role may edit only this namespace, so the script creates nothing
# outside it.
set -euo pipefail

environment="$1"
namespace=contexter-perf
job=k6-api-gateway
poll="${POLL_SECONDS:-10}"

if ! kubectl -n "$namespace" get serviceaccount/k6 secret/perf-api-token -o name >/dev/null; then
  echo "::error::$namespace is not synced in $environment: set performance_test.enabled in environments/$environment.yaml and let Argo CD sync dist/$environment"
  exit 1
fi
.venv/bin/python -m perf.regression target --env "$environment" > k6-target.env
runs="$(sed -n 's/^runs=//p' k6-target.env)"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "::error::perf.regression target printed no run count"; exit 1; }
kubectl -n "$namespace" create configmap k6-script --from-file=api-gateway.js=perf/k6/api-gateway.js \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$namespace" create configmap k6-target --from-env-file=k6-target.env \
  --dry-run=client -o yaml | kubectl apply -f -

mkdir -p runs
for run in $(seq 1 "$runs"); do
  kubectl -n "$namespace" delete job "$job" --ignore-not-found --wait=true
  kubectl apply -f perf/k6-job.yaml
  # k6 exits 99 when a threshold breaks; backoffLimit 0 makes that the Job's outcome
  deadline=$((SECONDS + 900))
  until status="$(kubectl -n "$namespace" get job "$job" -o jsonpath='{.status.succeeded}/{.status.failed}')" \
    && [[ "$status" == 1/* || "$status" == */1 ]]; do
    ((SECONDS < deadline)) || { echo "::error::k6 run $run did not finish within 15 minutes"; exit 1; }
    sleep "$poll"
  done
  kubectl -n "$namespace" logs "job/$job" > "runs/k6-$run.log"
  .venv/bin/python -m perf.regression extract "runs/k6-$run.log" > "runs/run-$run.json"
  if [[ "$status" != 1/* ]]; then
    echo "::error::k6 run $run failed: an SLO threshold broke"
    tail -n 50 "runs/k6-$run.log"
    exit 1
  fi
done
