"""The DestinationRule of one Contexter Service: mutual TLS, connection limits, circuit breaking."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.topology import cluster_host
from imports import istio_networking as istio


@dataclass(frozen=True)
class ServiceTrafficPolicyProps:
    """Properties of a ``ServiceTrafficPolicy``. The limits are per calling sidecar."""

    service: str
    namespace: str
    http: bool
    """The Service has HTTP or gRPC ports: apply the HTTP pool limits and count gateway errors
    (502/503/504) for ejection. For plain TCP, connection failures and timeouts count."""
    eject_outliers: bool = True
    """Circuit breaking by outlier detection (default: on). Off for headless Services, whose
    clients address one particular pod (a StatefulSet peer) and must not be sent elsewhere."""
    max_connections: int = 1024
    """TCP connections to all endpoints of the Service (default: 1024)."""
    connect_timeout_seconds: int = 3
    """TCP connect timeout (default: 3 s; in-cluster connects take milliseconds)."""
    max_pending_requests: int = 1024
    """HTTP/1.1 requests queued while waiting for a connection (default: 1024); more fail fast with 503."""
    max_requests: int = 1024
    """Concurrent HTTP/2 and gRPC requests (default: 1024)."""
    consecutive_errors: int = 5
    """Consecutive errors after which an endpoint is ejected (default: 5)."""
    ejection_interval_seconds: int = 10
    """How often endpoints are evaluated for ejection (default: 10 s)."""
    base_ejection_seconds: int = 30
    """Minimum ejection time, multiplied by the number of ejections so far (default: 30 s)."""
    max_ejection_percent: int = 50
    """At most this share of endpoints is ejected at once (default: 50), so a shared failure
    (a bad dependency) cannot eject every pod and turn degraded service into none."""

    def __post_init__(self) -> None:
        if not 0 < self.max_ejection_percent <= 100:
            raise ValueError(f"max_ejection_percent: {self.max_ejection_percent}: allowed: 1..100")
        for field in ("max_connections", "connect_timeout_seconds", "max_pending_requests", "max_requests"):
            if getattr(self, field) < 1:
                raise ValueError(f"{field}: {getattr(self, field)}: allowed: >= 1")


class ServiceTrafficPolicy(Construct):
    """A DestinationRule named after the Service, for its FQDN: ``ISTIO_MUTUAL`` TLS (the mesh
    certificates, checked against ``STRICT`` PeerAuthentication), connection-pool limits and outlier
    detection."""

    def __init__(self, scope: Construct, id: str, *, props: ServiceTrafficPolicyProps) -> None:
        super().__init__(scope, id)
        pool = istio.DestinationRuleSpecTrafficPolicyConnectionPool(
            tcp=istio.DestinationRuleSpecTrafficPolicyConnectionPoolTcp(
                max_connections=props.max_connections,
                connect_timeout=f"{props.connect_timeout_seconds}s",
            ),
            http=istio.DestinationRuleSpecTrafficPolicyConnectionPoolHttp(
                http1_max_pending_requests=props.max_pending_requests,
                http2_max_requests=props.max_requests,
            )
            if props.http
            else None,
        )
        outliers = None
        if props.eject_outliers:
            outliers = istio.DestinationRuleSpecTrafficPolicyOutlierDetection(
                # Over HTTP only 502/503/504 (the endpoint, not the request, is broken) count; the
                # 5xx counter, on by default and a superset of them, is switched off (0).
                consecutive_gateway_errors=props.consecutive_errors if props.http else None,
                consecutive5_xx_errors=0 if props.http else props.consecutive_errors,
                interval=f"{props.ejection_interval_seconds}s",
                base_ejection_time=f"{props.base_ejection_seconds}s",
                max_ejection_percent=props.max_ejection_percent,
            )
        istio.DestinationRule(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=props.service, namespace=props.namespace),
            spec=istio.DestinationRuleSpec(
                host=cluster_host(props.service, props.namespace),
                traffic_policy=istio.DestinationRuleSpecTrafficPolicy(
                    tls=istio.DestinationRuleSpecTrafficPolicyTls(
                        mode=istio.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL
                    ),
                    connection_pool=pool,
                    outlier_detection=outliers,
                ),
            ),
        )
