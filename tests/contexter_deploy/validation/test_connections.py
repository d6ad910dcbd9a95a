"""contexter_deploy/validation/connections.py: every connection through every layer, in order.

The unit tests build a small world by hand (a few documents around backup, KEDA and Redis), check
that it lets the declared connections through, then break one layer per test and expect that layer
to be reported as the first to drop. The last tests run on the synthesized output of every
environment, and on a copy of it with each defect the evaluator was written for put back.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import CONNECTIONS, Connection
from contexter_deploy.validation import CHECKS
from contexter_deploy.validation.connections import (
    AUTHORIZATION,
    EGRESS_NETWORK_POLICY,
    GATEWAY,
    INGRESS_NETWORK_POLICY,
    PEER_AUTHENTICATION,
    SIDECAR,
    check_connections,
    evaluate,
    summary,
)
from tests.contexter_deploy.validation.mutate import changed

DATA = "contexter-data"
BACKUP_PRINCIPAL = "cluster.local/ns/contexter-data/sa/backup"
KEDA_PRINCIPAL = "cluster.local/ns/keda/sa/keda-operator"
NAME = "app.kubernetes.io/name"

BACKUP_TO_REDIS = Connection("backup", "redis", "redis", "test")
KEDA_TO_REDIS = Connection("keda-operator", "redis", "redis", "test")
BACKUP_TO_S3 = Connection("backup", "aws-s3", 443, "test")
KUBELET_TO_REDIS = Connection("kubelet", "redis", "metrics", "test", path="/health", method="GET")
EDGE_REDIRECT = Connection("internet-client", "istio-ingressgateway", "http", "test")
EDGE_WITHOUT_JWT = Connection(
    "internet-client", "istio-ingressgateway", "https", "test", path="/v1/echo", expect="deny"
)
EDGE_WITH_JWT = Connection(
    "internet-client", "istio-ingressgateway", "https", "test", path="/v1/echo", jwt=True
)
EDGE_HEALTH = Connection("internet-client", "istio-ingressgateway", "https", "test", path="/health")


def _pods(name: str) -> dict[str, Any]:
    return {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": DATA}},
        "podSelector": {"matchLabels": {NAME: name}},
    }


def _network_policy(name: str, *, ingress: list[Any], egress: list[Any]) -> dict[str, Any]:
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": name, "namespace": DATA},
        "spec": {
            "podSelector": {"matchLabels": {NAME: name}},
            "policyTypes": ["Ingress", "Egress"],
            "ingress": ingress,
            "egress": egress,
        },
    }


def world() -> list[dict[str, Any]]:
    """Backup (a CronJob) and the KEDA operator (an add-on with a sidecar) call Redis, which is
    STRICT and admits both principals; backup reaches S3 through a ServiceEntry."""
    redis_port = [{"port": 6379, "protocol": "TCP"}]
    return [
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": DATA, "labels": {"istio-injection": "enabled"}},
        },
        {
            "apiVersion": "batch/v1",
            "kind": "CronJob",
            "metadata": {"name": "redis-backup", "namespace": DATA},
            "spec": {
                "jobTemplate": {
                    "spec": {
                        "template": {
                            "metadata": {"labels": {NAME: "backup"}},
                            "spec": {"containers": [{"name": "backup", "env": []}]},
                        }
                    }
                }
            },
        },
        {
            "apiVersion": "apps/v1",
            "kind": "StatefulSet",
            "metadata": {"name": "redis", "namespace": DATA},
            "spec": {
                "template": {
                    "metadata": {"labels": {NAME: "redis"}},
                    "spec": {
                        "containers": [
                            {
                                "name": "exporter",
                                "readinessProbe": {"httpGet": {"path": "/health", "port": "metrics"}},
                            }
                        ]
                    },
                }
            },
        },
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "Application",
            "metadata": {"name": "keda", "namespace": "argocd"},
            "spec": {
                "destination": {"namespace": "keda"},
                "source": {
                    "chart": "keda",
                    "helm": {"valuesObject": {"podLabels": {"keda": {"sidecar.istio.io/inject": "true"}}}},
                },
            },
        },
        _network_policy(
            "backup",
            ingress=[],
            egress=[
                {"to": [_pods("redis")], "ports": redis_port},
                {
                    "to": [
                        {
                            "ipBlock": {
                                "cidr": "0.0.0.0/0",
                                "except": [
                                    "10.0.0.0/8",
                                    "172.16.0.0/12",
                                    "192.168.0.0/16",
                                    "100.64.0.0/10",
                                    "169.254.0.0/16",
                                ],
                            }
                        }
                    ],
                    "ports": [{"port": 443, "protocol": "TCP"}],
                },
            ],
        ),
        _network_policy(
            "redis",
            ingress=[
                {"from": [_pods("backup")], "ports": redis_port},
                {
                    "from": [
                        {
                            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "keda"}},
                            "podSelector": {"matchLabels": {NAME: "keda-operator"}},
                        }
                    ],
                    "ports": redis_port,
                },
            ],
            egress=[],
        ),
        {
            "apiVersion": "networking.istio.io/v1",
            "kind": "Sidecar",
            "metadata": {"name": "default", "namespace": DATA},
            "spec": {
                "egress": [
                    {
                        "hosts": [
                            "contexter-data/redis.contexter-data.svc.cluster.local",
                            "contexter-data/redis-headless.contexter-data.svc.cluster.local",
                            "./s3.eu-west-1.amazonaws.com",
                        ]
                    }
                ],
                "outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"},
            },
        },
        {
            "apiVersion": "networking.istio.io/v1",
            "kind": "ServiceEntry",
            "metadata": {"name": "aws-s3", "namespace": DATA},
            "spec": {
                "hosts": ["s3.eu-west-1.amazonaws.com"],
                "ports": [{"number": 443, "name": "tls", "protocol": "TLS"}],
                "exportTo": ["."],
            },
        },
        {
            "apiVersion": "security.istio.io/v1",
            "kind": "PeerAuthentication",
            "metadata": {"name": "default", "namespace": DATA},
            "spec": {"mtls": {"mode": "STRICT"}},
        },
        {
            "apiVersion": "security.istio.io/v1",
            "kind": "AuthorizationPolicy",
            "metadata": {"name": "redis", "namespace": DATA},
            "spec": {
                "action": "ALLOW",
                "selector": {"matchLabels": {NAME: "redis"}},
                "rules": [
                    {
                        "from": [{"source": {"principals": [BACKUP_PRINCIPAL, KEDA_PRINCIPAL]}}],
                        "to": [{"operation": {"ports": ["6379"]}}],
                    }
                ],
            },
        },
    ]


def edge() -> list[dict[str, Any]]:
    """The ingress gateway's Gateway (443, and 80 redirecting) and the JWT DENY policy."""
    return [
        {
            "apiVersion": "networking.istio.io/v1",
            "kind": "Gateway",
            "metadata": {"name": "edge", "namespace": "istio-ingress"},
            "spec": {
                "selector": {"istio": "ingressgateway"},
                "servers": [
                    {
                        "hosts": ["api.example.com"],
                        "port": {"number": 443, "name": "https", "protocol": "HTTPS"},
                    },
                    {
                        "hosts": ["api.example.com"],
                        "port": {"number": 80, "name": "http", "protocol": "HTTP"},
                        "tls": {"httpsRedirect": True},
                    },
                ],
            },
        },
        {
            "apiVersion": "security.istio.io/v1",
            "kind": "AuthorizationPolicy",
            "metadata": {"name": "edge-require-jwt", "namespace": "istio-ingress"},
            "spec": {
                "action": "DENY",
                "selector": {"matchLabels": {"istio": "ingressgateway"}},
                "rules": [
                    {
                        "from": [{"source": {"notRequestPrincipals": ["*"]}}],
                        "to": [
                            {
                                "operation": {
                                    "hosts": ["api.example.com", "api.example.com:*"],
                                    "notPaths": ["/health"],
                                    "ports": ["443"],
                                }
                            }
                        ],
                    }
                ],
            },
        },
    ]


def _manifests(documents: list[dict[str, Any]]) -> tuple[Manifest, ...]:
    return tuple(Manifest(document) for document in documents)


def _edit(documents: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    [document] = [d for d in documents if d["kind"] == kind and d["metadata"]["name"] == name]
    return document


def _verdicts(documents: list[dict[str, Any]], *connections: Connection) -> dict[Connection, Any]:
    report = evaluate(_manifests(documents), connections)
    return dict(zip(connections, report.declared, strict=True))


def test_the_hand_built_world_lets_every_declared_connection_through() -> None:
    verdicts = _verdicts(world(), BACKUP_TO_REDIS, KEDA_TO_REDIS, BACKUP_TO_S3, KUBELET_TO_REDIS)
    assert {c.client: v.dropped_by for c, v in verdicts.items()} == {
        "backup": None,
        "keda-operator": None,
        "kubelet": None,
    }
    assert all(v.ok for v in verdicts.values())


def test_fails_when_the_client_egress_network_policy_has_no_rule() -> None:
    documents = world()
    _edit(documents, "NetworkPolicy", "backup")["spec"]["egress"].pop(0)
    verdict = _verdicts(documents, BACKUP_TO_REDIS)[BACKUP_TO_REDIS]
    assert (verdict.ok, verdict.dropped_by) == (False, EGRESS_NETWORK_POLICY)


def test_fails_when_the_server_ingress_network_policy_has_no_rule() -> None:
    documents = world()
    _edit(documents, "NetworkPolicy", "redis")["spec"]["ingress"].pop(0)
    verdict = _verdicts(documents, BACKUP_TO_REDIS)[BACKUP_TO_REDIS]
    assert (verdict.ok, verdict.dropped_by) == (False, INGRESS_NETWORK_POLICY)


def test_fails_when_the_sidecar_does_not_list_the_server() -> None:
    documents = world()
    _edit(documents, "Sidecar", "default")["spec"]["egress"][0]["hosts"] = ["./s3.eu-west-1.amazonaws.com"]
    verdict = _verdicts(documents, BACKUP_TO_REDIS)[BACKUP_TO_REDIS]
    assert (verdict.ok, verdict.dropped_by) == (False, SIDECAR)
    assert "contexter-data/redis.contexter-data.svc.cluster.local" in verdict.reason


def test_fails_when_registry_only_has_no_service_entry_for_an_external_host() -> None:
    documents = [d for d in world() if d["kind"] != "ServiceEntry"]
    verdict = _verdicts(documents, BACKUP_TO_S3)[BACKUP_TO_S3]
    assert (verdict.ok, verdict.dropped_by) == (False, SIDECAR)
    assert "REGISTRY_ONLY" in verdict.reason


def test_fails_when_a_client_outside_the_mesh_calls_a_strict_port() -> None:
    documents = world()
    _edit(documents, "Application", "keda")["spec"]["source"]["helm"]["valuesObject"] = {}
    report = evaluate(_manifests(documents), (KEDA_TO_REDIS,))
    [verdict] = report.declared
    assert (verdict.ok, verdict.dropped_by) == (False, PEER_AUTHENTICATION)
    assert any("declared mesh membership 'sidecar'" in f.message for f in report.findings)


def test_a_permissive_port_still_refuses_a_client_without_a_principal() -> None:
    documents = world()
    _edit(documents, "Application", "keda")["spec"]["source"]["helm"]["valuesObject"] = {}
    documents.append(
        {
            "apiVersion": "security.istio.io/v1",
            "kind": "PeerAuthentication",
            "metadata": {"name": "redis", "namespace": DATA},
            "spec": {
                "selector": {"matchLabels": {NAME: "redis"}},
                "mtls": {"mode": "STRICT"},
                "portLevelMtls": {"6379": {"mode": "PERMISSIVE"}},
            },
        }
    )
    verdict = _verdicts(documents, KEDA_TO_REDIS)[KEDA_TO_REDIS]
    assert (verdict.ok, verdict.dropped_by) == (False, AUTHORIZATION)


def test_fails_when_the_authorization_policy_names_another_principal() -> None:
    documents = world()
    rule = _edit(documents, "AuthorizationPolicy", "redis")["spec"]["rules"][0]
    rule["from"][0]["source"]["principals"] = [BACKUP_PRINCIPAL, "cluster.local/ns/keda/sa/keda"]
    verdicts = _verdicts(documents, BACKUP_TO_REDIS, KEDA_TO_REDIS)
    assert verdicts[BACKUP_TO_REDIS].dropped_by is None
    assert (verdicts[KEDA_TO_REDIS].ok, verdicts[KEDA_TO_REDIS].dropped_by) == (False, AUTHORIZATION)


def test_the_first_layer_is_reported_and_the_later_ones_listed() -> None:
    documents = world()
    _edit(documents, "NetworkPolicy", "backup")["spec"]["egress"].pop(0)
    _edit(documents, "Sidecar", "default")["spec"]["egress"][0]["hosts"] = ["./s3.eu-west-1.amazonaws.com"]
    verdict = _verdicts(documents, BACKUP_TO_REDIS)[BACKUP_TO_REDIS]
    assert (verdict.dropped_by, verdict.also) == (EGRESS_NETWORK_POLICY, (SIDECAR,))


def test_http_probes_pass_strict_mtls_unless_the_rewrite_is_off() -> None:
    assert _verdicts(world(), KUBELET_TO_REDIS)[KUBELET_TO_REDIS].dropped_by is None
    documents = world()
    _edit(documents, "StatefulSet", "redis")["spec"]["template"]["metadata"]["annotations"] = {
        "sidecar.istio.io/rewriteAppHTTPProbers": "false"
    }
    verdict = _verdicts(documents, KUBELET_TO_REDIS)[KUBELET_TO_REDIS]
    assert (verdict.ok, verdict.dropped_by) == (False, PEER_AUTHENTICATION)


def test_ports_outside_the_proxy_skip_mtls_and_authorization() -> None:
    documents = world()
    _edit(documents, "StatefulSet", "redis")["spec"]["template"]["metadata"]["annotations"] = {
        "traffic.sidecar.istio.io/excludeInboundPorts": "6379"
    }
    _edit(documents, "Application", "keda")["spec"]["source"]["helm"]["valuesObject"] = {}
    assert _verdicts(documents, KEDA_TO_REDIS)[KEDA_TO_REDIS].dropped_by is None


def test_the_edge_redirects_port_80_and_wants_a_jwt_on_443() -> None:
    verdicts = _verdicts(edge(), EDGE_REDIRECT, EDGE_WITH_JWT, EDGE_HEALTH, EDGE_WITHOUT_JWT)
    assert [v.dropped_by for v in verdicts.values()] == [None, None, None, AUTHORIZATION]
    assert all(v.ok for v in verdicts.values())


def test_fails_when_the_jwt_requirement_covers_the_redirect_port() -> None:
    documents = edge()
    operation = _edit(documents, "AuthorizationPolicy", "edge-require-jwt")["spec"]["rules"][0]["to"][0]
    del operation["operation"]["ports"]
    verdict = _verdicts(documents, EDGE_REDIRECT)[EDGE_REDIRECT]
    assert (verdict.ok, verdict.dropped_by) == (False, AUTHORIZATION)


def test_fails_when_a_declared_refusal_gets_through() -> None:
    documents = [d for d in edge() if d["kind"] != "AuthorizationPolicy"]
    verdict = _verdicts(documents, EDGE_WITHOUT_JWT)[EDGE_WITHOUT_JWT]
    assert (verdict.dropped_by, verdict.ok) == (None, False)


def test_fails_when_the_gateway_does_not_open_the_port() -> None:
    documents = edge()
    _edit(documents, "Gateway", "edge")["spec"]["servers"].pop(1)
    verdict = _verdicts(documents, EDGE_REDIRECT)[EDGE_REDIRECT]
    assert (verdict.ok, verdict.dropped_by) == (False, GATEWAY)


def test_fails_when_an_undeclared_connection_gets_through() -> None:
    documents = world()
    _edit(documents, "NetworkPolicy", "redis")["spec"]["ingress"].append({"from": [{"podSelector": {}}]})
    rule = _edit(documents, "AuthorizationPolicy", "redis")["spec"]["rules"][0]
    rule["from"].append({"source": {"namespaces": [DATA]}})
    path = "(any other pod in contexter-data) -> redis:redis 6379 gets through"
    report = evaluate(_manifests(documents), (BACKUP_TO_REDIS,))
    assert path in [v.render() for v in report.undeclared_open]
    intact = evaluate(_manifests(world()), (BACKUP_TO_REDIS,))
    assert path not in [v.render() for v in intact.undeclared_open]


def test_fails_when_a_pod_is_configured_to_call_an_undeclared_endpoint() -> None:
    documents = world()
    container = _edit(documents, "CronJob", "redis-backup")["spec"]["jobTemplate"]["spec"]["template"][
        "spec"
    ]["containers"][0]
    container["env"] = [
        {"name": "BACKUP_PUSHGATEWAY_URL", "value": "http://prometheus-pushgateway.monitoring.svc:9091"},
        {"name": "REDIS_ADDRESS", "value": "redis.contexter-data.svc.cluster.local:6379"},
    ]
    report = evaluate(_manifests(documents), (BACKUP_TO_REDIS,))
    [finding] = [f for f in report.findings if "env" in f.resource]
    assert "prometheus-pushgateway" in finding.message and "BACKUP_PUSHGATEWAY_URL" in finding.resource


def test_the_check_runs_on_every_synth_and_validate() -> None:
    assert check_connections in CHECKS


def test_every_declared_connection_gets_through_in_every_environment(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for name, documents in manifests.items():
        report = evaluate(documents)
        assert report.all_findings() == [], name
        assert len(report.declared) == len(CONNECTIONS) >= 80, name
        assert report.undeclared_evaluated >= 300, name
        assert summary(report).startswith(f"connections: {len(CONNECTIONS)} of {len(CONNECTIONS)}"), name


def _set(path: tuple[str | int, ...], value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        node: Any = document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


@pytest.fixture(scope="module")
def before_the_fixes(manifests: dict[str, tuple[Manifest, ...]]) -> tuple[Manifest, ...]:
    """dist/prod with the defects the evaluator was built for put back."""
    prod = manifests["prod"]
    values = ("spec", "source", "helm", "valuesObject")
    keda = next(m for m in prod if m.kind == "Application" and m.name == "keda")
    keda_values = copy.deepcopy(dict(keda.document["spec"]["source"]["helm"]["valuesObject"]))
    del keda_values["podLabels"], keda_values["podAnnotations"]
    broken = changed(prod, "Application", "keda", "argocd", _set(values, keda_values))
    network = next(m for m in prod if m.kind == "NetworkPolicy" and m.name == "backup")
    egress = [rule for rule in network.spec["egress"] if rule["ports"][0]["port"] != 9091]
    broken = changed(broken, "NetworkPolicy", "backup", DATA, _set(("spec", "egress"), egress))
    sidecar = next(m for m in prod if m.kind == "Sidecar" and m.namespace == DATA)
    hosts = [h for h in sidecar.spec["egress"][0]["hosts"] if "pushgateway" not in h]
    broken = changed(broken, "Sidecar", "default", DATA, _set(("spec", "egress"), [{"hosts": hosts}]))
    deny = next(m for m in prod if m.kind == "AuthorizationPolicy" and m.name == "contexter-edge-require-jwt")
    operation = copy.deepcopy(dict(deny.spec["rules"][0]["to"][0]["operation"]))
    del operation["ports"]
    return changed(
        broken,
        "AuthorizationPolicy",
        "contexter-edge-require-jwt",
        "istio-ingress",
        _set(("spec", "rules", 0, "to"), [{"operation": operation}]),
    )


def test_fails_on_the_output_before_the_fixes(before_the_fixes: tuple[Manifest, ...]) -> None:
    report = evaluate(before_the_fixes)
    assert sorted((v.client, v.server, v.socket.number, v.dropped_by, v.also) for v in report.failed) == [
        ("backup", "prometheus-pushgateway", 9091, EGRESS_NETWORK_POLICY, (SIDECAR,)),
        ("internet-client", "istio-ingressgateway", 80, AUTHORIZATION, ()),
        ("keda-operator", "redis", 6379, PEER_AUTHENTICATION, (AUTHORIZATION,)),
        ("keda-operator", "redis", 26379, PEER_AUTHENTICATION, (AUTHORIZATION,)),
    ]
    assert list(check_connections(before_the_fixes))


def test_every_connection_names_a_known_party_and_port() -> None:
    from contexter_deploy.validation.connections import Cluster

    cluster = Cluster(())
    for connection in CONNECTIONS:
        assert connection.client in cluster.parties, connection
        cluster.parties[connection.server].socket(connection.port, connection.protocol)


def test_the_platform_components_are_declared() -> None:
    pairs = {(c.client, c.server) for c in CONNECTIONS}
    assert {
        ("keda-operator", "redis"),
        ("keda-metrics-apiserver", "keda-operator"),
        ("prometheus", "prometheus-pushgateway"),
        ("argo-rollouts", "prometheus"),
        ("external-secrets", "vault"),
        ("cert-manager", "letsencrypt-acme"),
        ("cert-manager", "aws-route53"),
        ("velero", "aws-s3"),
        ("backup", "aws-s3"),
        ("backup", "eks-pod-identity-agent"),
        ("backup", "prometheus-pushgateway"),
        ("vault-backup", "prometheus-pushgateway"),
        ("karpenter", "aws-ec2"),
        ("kubelet", "api-gateway"),
        ("internet-client", "istio-ingressgateway"),
    } <= pairs
    edge = {(c.port, c.jwt, c.expect) for c in CONNECTIONS if c.server == "istio-ingressgateway"}
    assert {("http", False, "allow"), ("https", True, "allow"), ("https", False, "deny")} <= edge


def test_fails_when_the_keda_operator_ports_are_captured_by_its_proxy(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    prod = manifests["prod"]
    keda = next(m for m in prod if m.kind == "Application" and m.name == "keda")
    values = copy.deepcopy(dict(keda.document["spec"]["source"]["helm"]["valuesObject"]))
    del values["podAnnotations"]
    broken = changed(
        prod, "Application", "keda", "argocd", _set(("spec", "source", "helm", "valuesObject"), values)
    )
    failed = {(v.client, v.server, v.socket.number, v.dropped_by) for v in evaluate(broken).failed}
    assert failed == {
        ("keda-metrics-apiserver", "keda-operator", 9666, PEER_AUTHENTICATION),
        ("prometheus", "keda-operator", 8080, PEER_AUTHENTICATION),
    }


PROMETHEUS_SCRAPE = Connection("prometheus", "redis", "metrics", "test", path="/metrics", method="GET")


def _with_prometheus(documents: list[dict[str, Any]], *, monitor: bool) -> list[dict[str, Any]]:
    """Prometheus with the istio-certs sidecar, allowed on Redis's metrics port; scraping it over
    mTLS only when ``monitor`` adds the PodMonitor with the mesh scrape class."""
    spec = {
        "podMetadata": {
            "labels": {"sidecar.istio.io/inject": "true"},
            "annotations": {"traffic.sidecar.istio.io/includeOutboundIPRanges": ""},
        }
    }
    documents.append(
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "Application",
            "metadata": {"name": "kube-prometheus-stack", "namespace": "argocd"},
            "spec": {
                "destination": {"namespace": "monitoring"},
                "source": {"helm": {"valuesObject": {"prometheus": {"prometheusSpec": spec}}}},
            },
        }
    )
    _edit(documents, "NetworkPolicy", "redis")["spec"]["ingress"].append(
        {
            "from": [
                {
                    "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
                    "podSelector": {"matchLabels": {NAME: "prometheus"}},
                }
            ],
            "ports": [{"port": 9121, "protocol": "TCP"}],
        }
    )
    _edit(documents, "AuthorizationPolicy", "redis")["spec"]["rules"].append(
        {
            "from": [
                {
                    "source": {
                        "principals": ["cluster.local/ns/monitoring/sa/kube-prometheus-stack-prometheus"]
                    }
                }
            ],
            "to": [{"operation": {"ports": ["9121"], "paths": ["/metrics"], "methods": ["GET"]}}],
        }
    )
    if monitor:
        documents.append(
            {
                "apiVersion": "monitoring.coreos.com/v1",
                "kind": "PodMonitor",
                "metadata": {"name": "redis", "namespace": DATA},
                "spec": {
                    "scrapeClass": "istio-mtls",
                    "selector": {"matchLabels": {NAME: "redis"}},
                    "podMetricsEndpoints": [{"port": "metrics", "scheme": "https", "path": "/metrics"}],
                },
            }
        )
    return documents


def test_prometheus_presents_its_certificate_only_where_a_monitor_scrapes_over_mtls() -> None:
    through = _verdicts(_with_prometheus(world(), monitor=True), PROMETHEUS_SCRAPE)[PROMETHEUS_SCRAPE]
    assert through.dropped_by is None
    plain = _verdicts(_with_prometheus(world(), monitor=False), PROMETHEUS_SCRAPE)[PROMETHEUS_SCRAPE]
    assert (plain.ok, plain.dropped_by) == (False, PEER_AUTHENTICATION)
    assert "without its mesh certificate" in plain.reason
