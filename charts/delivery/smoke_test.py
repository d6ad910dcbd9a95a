"""The pre-promotion smoke test: real requests to a blue-green preview before it gets any user.

Nothing else sends traffic to ``<name>-preview``, so without this the pre-promotion analysis
would judge an idle ReplicaSet. ``AnalysisTemplate <name>-smoke`` runs two things side by side
in one AnalysisRun:

- ``smoke-test``, Argo Rollouts' ``job`` provider: a k6 Job (ConfigMap ``<client>``, the script)
  that calls ``GET <path>`` on the preview Service at ``rate_per_second`` for ``duration_seconds``
  from inside the mesh. k6 is the callers' view: a timeout, a reset or a 5xx counts as a failed
  request (a 4xx is an answer: the edge, not this in-cluster client, holds the users' tokens), and
  k6 exits non-zero when the failed share reaches ``max_error_rate``, the p95 reaches the SLO, or
  fewer than ``min_requests`` requests were made. The Job then fails, and so does the analysis.
- the ``<name>-slo`` metrics on the preview's own series (``charts.delivery.analysis``), measured
  while and after the smoke traffic fills their window (``SmokeTestProps.measurement``), so the run
  takes no longer than the Job's deadline.

The Job's pod runs in the mesh as the ServiceAccount ``<client>``
(``contexter_deploy.ground.topology.SMOKE_TEST``),
which the target's AuthorizationPolicy and NetworkPolicy admit for exactly that path; its Istio
proxy is a native sidecar (``sidecar.istio.io/nativeSidecar``), which Kubernetes stops when k6
exits, so the Job completes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdk8s import ApiObjectMetadata, JsonPatch
from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.delivery.analysis import (
    CONSECUTIVE_ERROR_LIMIT,
    POD_TEMPLATE_HASH_ARG,
    Measurement,
    SloAnalysisProps,
    slo_metrics,
)
from charts.pod_spec import RUN_AS_USER, service_account
from contexter_deploy.ground.config.model import ResourceAmounts, Resources
from contexter_deploy.ground.labels import selector_labels, workload_labels
from contexter_deploy.ground.topology import Workload, cluster_host
from imports import argo_rollouts

SMOKE_TEST_METRIC = "smoke-test"
K6_IMAGE = (
    "docker.io/grafana/k6:0.54.0@sha256:1f40432b1cbe7234e977f96c362c9bc550a2d2b583d014dd8669fe40d3e9e755"
)
"""The k6 release the promotion's performance gate runs too (``perf/k6-job.yaml``), by digest."""
NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar"
"""Istio (1.24+) injects the proxy as a restartable init container: it stops when the Job's
container exits, instead of keeping the pod, and so the Job, running forever."""
START_BUDGET_SECONDS = 80
"""Worst case from Job creation to the first request: a new node (60 s), scheduling, the image
pull and the sidecar's start."""
SMOKE_TEST_RESOURCES = Resources(
    requests=ResourceAmounts(cpu="100m", memory="128Mi", ephemeral_storage="64Mi"),
    limits=ResourceAmounts(cpu="500m", memory="256Mi", ephemeral_storage="128Mi"),
)
"""k6's container at ``rate_per_second`` 10 (the namespace's ResourceQuota counts it, ``charts.access``)."""
SCRIPT_KEY = "smoke.js"
SCRIPT_DIR = "/scripts"
SCRIPT = """\
// The pre-promotion smoke test (charts/delivery/smoke_test.py): requests to the blue-green
// preview from inside the mesh. k6 exits non-zero when a threshold breaks; the Job then fails,
// and Argo Rollouts aborts the rollout.
import http from 'k6/http';
import { check } from 'k6';

const TARGET_URL = __ENV.TARGET_URL;
const PATH = __ENV.REQUEST_PATH;
const RATE = Number(__ENV.RATE);
const DURATION = `${__ENV.DURATION_SECONDS}s`;
const TIMEOUT = `${__ENV.TIMEOUT_SECONDS}s`;
const QUERIES = ['getting started', 'authentication', 'rate limits', 'pagination', 'webhooks'];

// An answer below 500 is an answer; a timeout, a reset (status 0) or a 5xx is a failure.
http.setResponseCallback(http.expectedStatuses({ min: 200, max: 499 }));

export const options = {
  scenarios: {
    smoke: {
      executor: 'constant-arrival-rate',
      rate: RATE,
      timeUnit: '1s',
      duration: DURATION,
      preAllocatedVUs: RATE,
      maxVUs: RATE * 10,
    },
  },
  thresholds: {
    http_req_failed: [`rate<${__ENV.MAX_ERROR_RATE}`],
    http_req_duration: [`p(95)<${__ENV.P95_MS}`],
    http_reqs: [`count>=${__ENV.MIN_REQUESTS}`],
  },
};

export default function () {
  const query = QUERIES[Math.floor(Math.random() * QUERIES.length)];
  const response = http.get(`${TARGET_URL}${PATH}?q=${encodeURIComponent(query)}`, {
    timeout: TIMEOUT,
    tags: { name: `GET ${PATH}` },
  });
  check(response, { 'answered without a server error': (r) => r.status > 0 && r.status < 500 });
}
"""


@dataclass(frozen=True)
class SmokeTestProps:
    """Properties of ``SmokeTest``."""

    target: Workload
    """The blue-green workload under test (``contexter_deploy.ground.topology.API_GATEWAY``)."""
    preview: k8s.KubeService
    """The target's preview Service (``charts.services.rollout.BlueGreenServices.preview``): the
    new ReplicaSet before promotion, where the requests go."""
    client: Workload
    """The smoke client's workload: name, namespace, ServiceAccount
    (``contexter_deploy.ground.topology.SMOKE_TEST``)."""
    path: str
    """Path of the ``GET`` requests (``contexter_deploy.ground.topology.SMOKE_TEST_PATH``)."""
    slo: SloAnalysisProps
    """Thresholds and minimum traffic of the target's ``<name>-slo`` analysis; its ``measurement``
    gives interval and count, the initial delay follows the smoke traffic."""
    rate_per_second: int = 10
    """Requests per second (default: 10)."""
    duration_seconds: int = 50
    """How long k6 sends requests (default: 50, 500 requests at the default rate)."""

    def __post_init__(self) -> None:
        if self.target.delivery != "blue-green":
            raise ValueError(
                f"{self.target.name}: delivery {self.target.delivery!r}; a smoke test calls a blue-green"
                " preview Service; allowed: a workload with delivery 'blue-green'"
            )
        if self.client.namespace != self.target.namespace:
            raise ValueError(
                f"client namespace {self.client.namespace!r} differs from {self.target.namespace!r}:"
                " Argo Rollouts creates the Job in the Rollout's namespace"
            )
        if not self.path.startswith("/"):
            raise ValueError(f"path {self.path!r}: allowed: an absolute path such as /v1/search")
        expected = self.rate_per_second * self.duration_seconds
        if expected < 2 * self.slo.min_requests:
            raise ValueError(
                f"{self.rate_per_second}/s for {self.duration_seconds} s makes {expected} requests;"
                f" allowed: at least twice min_requests ({2 * self.slo.min_requests}), so the server-side"
                " metrics can judge them"
            )

    @property
    def active_deadline_seconds(self) -> int:
        """The Job's deadline: start budget, the requests, and 5 s for k6's summary."""
        return START_BUDGET_SECONDS + self.duration_seconds + 5

    @property
    def measurement(self) -> Measurement:
        """The server-side metrics' schedule: from just before the worst-case first request, three
        measurements (more where ``failure_limit`` needs them) ``interval_seconds`` apart, the first of
        which may be inconclusive; the last falls at the Job's deadline or before it."""
        slo = self.slo.measurement
        count = max(3, slo.failure_limit + slo.inconclusive_limit + 1)
        delay = self.active_deadline_seconds - slo.interval_seconds * (count - 1)
        return Measurement(
            interval_seconds=slo.interval_seconds,
            count=count,
            failure_limit=slo.failure_limit,
            inconclusive_limit=slo.inconclusive_limit,
            initial_delay_seconds=max(delay, 0),
            consecutive_error_limit=slo.consecutive_error_limit,
        )

    @property
    def service(self) -> str:
        """The preview Service the requests go to."""
        return self.preview.name


class SmokeTest(Construct):
    """ServiceAccount and ConfigMap ``<client>``, and ``AnalysisTemplate <target>-smoke``."""

    def __init__(self, scope: Construct, id: str, *, props: SmokeTestProps) -> None:
        super().__init__(scope, id)
        client = props.client
        labels = workload_labels(client.name, component="smoke-test")
        service_account(self, client, component="smoke-test")
        self.config_map = k8s.KubeConfigMap(
            self,
            "Script",
            metadata=k8s.ObjectMeta(name=client.name, namespace=client.namespace, labels=labels),
            data={SCRIPT_KEY: SCRIPT},
        )
        slo = props.slo
        measurement = props.measurement
        server_side = SloAnalysisProps(**{**slo.__dict__, "measurement": measurement})
        self.name = f"{props.target.name}-smoke"
        self.resource = argo_rollouts.AnalysisTemplate(
            self,
            "Resource",
            metadata=ApiObjectMetadata(
                name=self.name,
                namespace=props.target.namespace,
                labels=workload_labels(props.target.name, component="analysis"),
            ),
            spec=argo_rollouts.AnalysisTemplateSpec(
                args=[argo_rollouts.AnalysisTemplateSpecArgs(name=POD_TEMPLATE_HASH_ARG)],
                metrics=slo_metrics(server_side),
            ),
        )
        # The Job spec is added to the rendered metrics as plain JSON: the typed binding would
        # re-filter the pod template through its generated classes.
        self.resource.add_json_patch(JsonPatch.add("/spec/metrics/0", _job_metric(props, labels)))


def _job_metric(props: SmokeTestProps, labels: dict[str, str]) -> dict[str, Any]:
    client, slo = props.client, props.slo
    env = {
        "TARGET_URL": f"http://{cluster_host(props.service, props.target.namespace)}"
        f":{props.target.port('http').number}",
        "REQUEST_PATH": props.path,
        "RATE": str(props.rate_per_second),
        "DURATION_SECONDS": str(props.duration_seconds),
        "TIMEOUT_SECONDS": str(props.target.request_timeout_seconds),
        "MAX_ERROR_RATE": repr(slo.max_error_rate),
        "P95_MS": str(slo.latency_p95_ms),
        "MIN_REQUESTS": str(slo.min_requests),
    }
    container = {
        "name": "k6",
        "image": K6_IMAGE,
        "imagePullPolicy": "IfNotPresent",
        # No usage report: the pod may reach api-gateway and nothing outside the cluster.
        "args": ["run", "--quiet", "--no-color", "--no-usage-report", f"{SCRIPT_DIR}/{SCRIPT_KEY}"],
        "env": [{"name": name, "value": value} for name, value in env.items()],
        "resources": {
            kind: {
                "cpu": amounts.cpu,
                "memory": amounts.memory,
                "ephemeral-storage": amounts.ephemeral_storage,
            }
            for kind, amounts in (
                ("requests", SMOKE_TEST_RESOURCES.requests),
                ("limits", SMOKE_TEST_RESOURCES.limits),
            )
        },
        "securityContext": {
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "runAsNonRoot": True,
            "runAsUser": RUN_AS_USER,
            "runAsGroup": RUN_AS_USER,
            "capabilities": {"drop": ["ALL"]},
            "seccompProfile": {"type": "RuntimeDefault"},
        },
        "volumeMounts": [
            {"name": "script", "mountPath": SCRIPT_DIR, "readOnly": True},
            {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108
        ],
    }
    pod = {
        "metadata": {"labels": labels, "annotations": {NATIVE_SIDECAR_ANNOTATION: "true"}},
        "spec": {
            "serviceAccountName": client.identity.service_account,
            "automountServiceAccountToken": False,
            "enableServiceLinks": False,
            "restartPolicy": "Never",
            "securityContext": {
                "runAsNonRoot": True,
                "runAsUser": RUN_AS_USER,
                "runAsGroup": RUN_AS_USER,
                "seccompProfile": {"type": "RuntimeDefault"},
            },
            "containers": [container],
            "volumes": [
                {"name": "script", "configMap": {"name": client.name}},
                {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}},
            ],
        },
    }
    return {
        "name": SMOKE_TEST_METRIC,
        "failureLimit": 0,
        "consecutiveErrorLimit": CONSECUTIVE_ERROR_LIMIT,
        "provider": {
            "job": {
                "metadata": {"labels": selector_labels(client.name)},
                "spec": {
                    "backoffLimit": 0,
                    "activeDeadlineSeconds": props.active_deadline_seconds,
                    "template": pod,
                },
            }
        },
    }
