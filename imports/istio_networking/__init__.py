from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class DestinationRule(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_networking_ioistionetworking.DestinationRule",
):
    '''
    :schema: DestinationRule
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "DestinationRule" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2da624fd8bcbd791a8fb7110fb5a96ec12b45940dd3629e856513632d756f96)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DestinationRuleProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "DestinationRule".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html
        '''
        props = DestinationRuleProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "DestinationRule".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DestinationRuleProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html

        :schema: DestinationRule
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DestinationRuleSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6a2a814fa7121a1eb05b56fbb14efdc635b27aa5963879dd20d7512b1ae5181)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: DestinationRule#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["DestinationRuleSpec"]:
        '''Configuration affecting load balancing, outlier detection, etc.

        See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html

        :schema: DestinationRule#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["DestinationRuleSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpec",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "export_to": "exportTo",
        "subsets": "subsets",
        "traffic_policy": "trafficPolicy",
        "workload_selector": "workloadSelector",
    },
)
class DestinationRuleSpec:
    def __init__(
        self,
        *,
        host: builtins.str,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        subsets: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsets", typing.Dict[builtins.str, typing.Any]]]] = None,
        traffic_policy: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_selector: typing.Optional[typing.Union["DestinationRuleSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configuration affecting load balancing, outlier detection, etc.

        See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html

        :param host: The name of a service from the service registry.
        :param export_to: A list of namespaces to which this destination rule is exported.
        :param subsets: One or more named sets that represent individual versions of a service.
        :param traffic_policy: Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).
        :param workload_selector: Criteria used to select the specific set of pods/VMs on which this ``DestinationRule`` configuration should be applied.

        :schema: DestinationRuleSpec
        '''
        if isinstance(traffic_policy, dict):
            traffic_policy = DestinationRuleSpecTrafficPolicy(**traffic_policy)
        if isinstance(workload_selector, dict):
            workload_selector = DestinationRuleSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__183226827ad1e072a29fe431c87991ca869d4f096f9fc6c1cdd0ff95d8b3fe89)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument subsets", value=subsets, expected_type=type_hints["subsets"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if export_to is not None:
            self._values["export_to"] = export_to
        if subsets is not None:
            self._values["subsets"] = subsets
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: DestinationRuleSpec#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this destination rule is exported.

        :schema: DestinationRuleSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subsets(self) -> typing.Optional[typing.List["DestinationRuleSpecSubsets"]]:
        '''One or more named sets that represent individual versions of a service.

        :schema: DestinationRuleSpec#subsets
        '''
        result = self._values.get("subsets")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsets"]], result)

    @builtins.property
    def traffic_policy(self) -> typing.Optional["DestinationRuleSpecTrafficPolicy"]:
        '''Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).

        :schema: DestinationRuleSpec#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicy"], result)

    @builtins.property
    def workload_selector(
        self,
    ) -> typing.Optional["DestinationRuleSpecWorkloadSelector"]:
        '''Criteria used to select the specific set of pods/VMs on which this ``DestinationRule`` configuration should be applied.

        :schema: DestinationRuleSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["DestinationRuleSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsets",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "labels": "labels",
        "traffic_policy": "trafficPolicy",
    },
)
class DestinationRuleSpecSubsets:
    def __init__(
        self,
        *,
        name: builtins.str,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        traffic_policy: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: Name of the subset.
        :param labels: Labels apply a filter over the endpoints of a service in the service registry.
        :param traffic_policy: Traffic policies that apply to this subset.

        :schema: DestinationRuleSpecSubsets
        '''
        if isinstance(traffic_policy, dict):
            traffic_policy = DestinationRuleSpecSubsetsTrafficPolicy(**traffic_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42cc283122122e6e5affb4ac6e70b52ca4109ade2634920123be1509ce400a52)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if labels is not None:
            self._values["labels"] = labels
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the subset.

        :schema: DestinationRuleSpecSubsets#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels apply a filter over the endpoints of a service in the service registry.

        :schema: DestinationRuleSpecSubsets#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def traffic_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicy"]:
        '''Traffic policies that apply to this subset.

        :schema: DestinationRuleSpecSubsets#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port_level_settings": "portLevelSettings",
        "proxy_protocol": "proxyProtocol",
        "tls": "tls",
        "tunnel": "tunnel",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port_level_settings: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
        proxy_protocol: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyTunnel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Traffic policies that apply to this subset.

        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port_level_settings: Traffic policies specific to individual ports.
        :param proxy_protocol: The upstream PROXY protocol settings.
        :param tls: TLS related settings for connections to the upstream service.
        :param tunnel: Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(proxy_protocol, dict):
            proxy_protocol = DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(**proxy_protocol)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecSubsetsTrafficPolicyTls(**tls)
        if isinstance(tunnel, dict):
            tunnel = DestinationRuleSpecSubsetsTrafficPolicyTunnel(**tunnel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd4e5b683dc6dfc36354a6aa870ff5bdb770816961142dfcc92cac3d6dda3a70)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port_level_settings", value=port_level_settings, expected_type=type_hints["port_level_settings"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tunnel", value=tunnel, expected_type=type_hints["tunnel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port_level_settings is not None:
            self._values["port_level_settings"] = port_level_settings
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if tls is not None:
            self._values["tls"] = tls
        if tunnel is not None:
            self._values["tunnel"] = tunnel

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def port_level_settings(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings"]]:
        '''Traffic policies specific to individual ports.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#portLevelSettings
        '''
        result = self._values.get("port_level_settings")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings"]], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol"]:
        '''The upstream PROXY protocol settings.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol"], result)

    @builtins.property
    def tls(self) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTls"], result)

    @builtins.property
    def tunnel(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTunnel"]:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#tunnel
        '''
        result = self._values.get("tunnel")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTunnel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec64e439f8322582e0ada04ecd26b318d68c1950427e32c9f365c7daca430015)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab561c6f56b43743856a052fd0794c67b363d23b40edfc15a56a3bf62cbfd8ef)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4acf3b7be4c166808a1dfd82c8295e1435933c4dba3d966fb7de269a971c0823)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__017bed841b10577411cfa884b0bb41cc96ee50aa5d2c0b950315e66134e2b125)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b1b71cd371238463dddd8daa6a4898a993b102c00e9a103f003cb1536acd096)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9604cfad5f037c778e080ddb3a38fec068c9724cd31f696c74eb795b0474366)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "path": "path", "ttl": "ttl"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec388197cc2e7db92e8fadfd7fc9636a96805cbe69c1f697467eedbc4e641b6d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5835eb8574bc073ac5b4cd1b6d14f3b770314261a3e34fb6be3a9d369abffe3a)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16c8713677f75636a1e57ba1a88bfb0718784a2e7defe4ed3087e0480112752f)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7b0147061bd456a06adba497f38976f114bd48808ed4a997208024f0bb351d2)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7780cebbc309bc9ce98c0833090175f290cc153bb0d5adf37efdeae34888d193)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a9443f497c5ee002d6b6552fc67f9e7d4417fb77d580d71869c7b74a21de5cd)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5258671a3e8c18985d9c447e4381a3b2b04033ba88d7a6f52454700d06797f97)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edb52fd80a7d5033c00edc165bb22911ab4084839034e8d2ec371dda29aca5c4)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port": "port",
        "tls": "tls",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port: Specifies the number of a port on the destination service on which this policy is being applied.
        :param tls: TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(**outlier_detection)
        if isinstance(port, dict):
            port = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(**port)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78d043b6940ad416d1926320874a9f2bd44bb5458a4a8a8e2ae18112a1d02495)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port is not None:
            self._values["port"] = port
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort"]:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort"], result)

    @builtins.property
    def tls(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ae312343ab524a2a0ea1c0741afd58b8a2117e3206cb591d12b3fe8c59149ed)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__114852038fd6e0fbf551949e2ba330800e9de8b567dce2e32f8a7e4340d48442)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8177ea49c8e441f13c90b44e9a18565be695b8ec38995438ee099900ade85c95)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed8db48baa347a63408fd672c381452318df81bd4ddf4edd8f2d8efa5fbc632a)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__180e9edae80a4dfe7d51e938d66761e66f0f0e689f11f9ec238121416153a17e)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__785e7b6b4a75954a3bede79ccb17fc1cbe8612c59c232a632f79cdafcad76016)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "path": "path", "ttl": "ttl"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d7d03e1ec09d1620b03e11bec24db054b7d534b2106d4e5c2dc8ba7dc247d6b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b9b13d07baefde0a8d11a359d3fd3671d4d40314270cac01e970f9a891920f9)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06c533da48664f7a713950fee9a9cfbbc8b257ccf44d408e5691fa0e4ae64c70)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ef08e4202f5b5693c0d74f0fde7e3f7e862526c21788b2c98dea58372eda4a2)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__904de739c4547b21e59e874cf71fe28e40bba479b1ef84394968d3e01de49066)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e47f727a9c8becfc72a2b116435aa53f9072831093778a1d7dca52cf56ef75d3)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple(
    enum.Enum,
):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cdeae8b92f26dbc916e6812b623336fc65b91b91d49616c0347cdd8091c2265)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__480830d1a10b3bb7a8f27892310eac24b4e16163550331794f251dc9db34e854)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :param number: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d4feab2b1d53ad08c5584848084b759ea670db8c16b33c72f759ac58f181768)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ff10143e0125a58e379bcacf6887a5e7ab22bcb804d8e634ac7adf0107a344a)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol:
    def __init__(
        self,
        *,
        version: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"] = None,
    ) -> None:
        '''The upstream PROXY protocol settings.

        :param version: The PROXY protocol version to use. Valid Options: V1, V2

        :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68d2cdb771ce1ecde0135d6a738ac3d789b59587e500d83d6a6fd2047047330c)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"]:
        '''The PROXY protocol version to use.

        Valid Options: V1, V2

        :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"
)
class DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion(enum.Enum):
    '''The PROXY protocol version to use.

    Valid Options: V1, V2

    :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion
    '''

    V1 = "V1"
    '''V1.'''
    V2 = "V2"
    '''V2.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a06ddf9f745d4814ae07e8f52b342e32bbad7f98bbdcbad22dac99e7cfa351f)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTlsMode"
)
class DestinationRuleSpecSubsetsTrafficPolicyTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecSubsetsTrafficPolicyTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTunnel",
    jsii_struct_bases=[],
    name_mapping={
        "target_host": "targetHost",
        "target_port": "targetPort",
        "protocol": "protocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyTunnel:
    def __init__(
        self,
        *,
        target_host: builtins.str,
        target_port: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :param target_host: Specifies a host to which the downstream connection is tunneled.
        :param target_port: Specifies a port to which the downstream connection is tunneled.
        :param protocol: Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fade5fd069aa115720adc2bc92423981a7116b529079c79a3a90c5a9ab3d298)
            check_type(argname="argument target_host", value=target_host, expected_type=type_hints["target_host"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_host": target_host,
            "target_port": target_port,
        }
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def target_host(self) -> builtins.str:
        '''Specifies a host to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetHost
        '''
        result = self._values.get("target_host")
        assert result is not None, "Required property 'target_host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> jsii.Number:
        '''Specifies a port to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyTunnel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port_level_settings": "portLevelSettings",
        "proxy_protocol": "proxyProtocol",
        "tls": "tls",
        "tunnel": "tunnel",
    },
)
class DestinationRuleSpecTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port_level_settings: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
        proxy_protocol: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyTunnel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).

        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port_level_settings: Traffic policies specific to individual ports.
        :param proxy_protocol: The upstream PROXY protocol settings.
        :param tls: TLS related settings for connections to the upstream service.
        :param tunnel: Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(proxy_protocol, dict):
            proxy_protocol = DestinationRuleSpecTrafficPolicyProxyProtocol(**proxy_protocol)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecTrafficPolicyTls(**tls)
        if isinstance(tunnel, dict):
            tunnel = DestinationRuleSpecTrafficPolicyTunnel(**tunnel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc89d5e7bd567b84213b4f39b8e63e1e9175d7d9815c292bebd9733922518bd5)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port_level_settings", value=port_level_settings, expected_type=type_hints["port_level_settings"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tunnel", value=tunnel, expected_type=type_hints["tunnel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port_level_settings is not None:
            self._values["port_level_settings"] = port_level_settings
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if tls is not None:
            self._values["tls"] = tls
        if tunnel is not None:
            self._values["tunnel"] = tunnel

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPool"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def port_level_settings(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettings"]]:
        '''Traffic policies specific to individual ports.

        :schema: DestinationRuleSpecTrafficPolicy#portLevelSettings
        '''
        result = self._values.get("port_level_settings")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettings"]], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocol"]:
        '''The upstream PROXY protocol settings.

        :schema: DestinationRuleSpecTrafficPolicy#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocol"], result)

    @builtins.property
    def tls(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTls"], result)

    @builtins.property
    def tunnel(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTunnel"]:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecTrafficPolicy#tunnel
        '''
        result = self._values.get("tunnel")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTunnel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecTrafficPolicyConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecTrafficPolicyConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b50fb7986348f7d6165617e70d31edd80b9dcff2067038d3da69d97434c899e9)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4559547ce2476dfd0be53711bd18a7aeae6b88e1b3c0b98826735d6cd7220c51)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecTrafficPolicyConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5e57d7a883a4dc9d6fcbd19fffd6ab5c7f7d023962a8e0e693ea502fcda6f57)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f4c9e962e0407f0f2c09267c0f026a71a6145c0520ddfa326fd5b02dcf68bd5)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d88b9587b68ddeabe6731d7d10e8284bc4a4106f4c5ed7d76d40aca77e71e4ad)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa982233656afd889e184b64e56c9d46764a30d97644adc4df526e535c96001f)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "path": "path", "ttl": "ttl"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe1047a8647a9262fa3cdee5038b6ef88af875e35050040d7ec108ed1d9309d7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bdf6331de698d868995f9327f8d81fbd9b06c35a1dd14afa55020577b166a84)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1610f60cacb25bde32c7a076d3a3c7a192ee997f9a55cedf3c6e7f325b17aaa1)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e234275463875a0be5be46724cdf32c5c788d7477cd9fb3379a38569bb1b3648)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01f4b05ce4b2a9d1eb37e9396ae350352b3e75b41fc4012599409d40edfcf897)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cbdb0ba57fd8b31826cf60136219edfb85771b44083f2a0ef85282ce16324fa)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerSimple"
)
class DestinationRuleSpecTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecTrafficPolicyLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f021150da310cd20e6ed03c1375894d85264c6902c11cd283f04ee5d54398b32)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecTrafficPolicyOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0bb2aaff2878449bfacacc7d38e84c5bf0b6cceb4d4d8118ce0578d9a8ad4ac)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port": "port",
        "tls": "tls",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettings:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port: Specifies the number of a port on the destination service on which this policy is being applied.
        :param tls: TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(**outlier_detection)
        if isinstance(port, dict):
            port = DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(**port)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc07af95deec05c0559d6921a9a94d487da0c4a92fbdd869953fbe804ba6d565)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port is not None:
            self._values["port"] = port
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort"]:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort"], result)

    @builtins.property
    def tls(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d15b81a37b4a380bc4eae7b50fe9112a07418f92688193938e53003980a60d1e)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2d9dc828ac2d9b8c092b65e7034d9eb98f342affc34322585b64754f9729ea3)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca65c808e10e980851f279b96ffea5fd24acf3f2a0b2c23e14bf3975073c2190)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__805bde8a4bfa0d22f85bcf8350287fe802591b0025b0d79d32a50aeffaff11f8)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f68e6d014104bcd4e8e93dc4000b559472064dcc32356f863b5c2f7946701f1)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfc5f383ed7fd758a3a7a81937b391b7b171385a79bab891ba51579a051a27ed)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "path": "path", "ttl": "ttl"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25783f2e66cd7568b3e414ab8c74656037fdd87e0f883942fec73fdbd5ebfa49)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__617fbda3810843e51aab55fcd73c053f5e0a2dba63c2c306e981e506884248a0)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01882d4edcd69c7fda4be40e21e3415284df17e97f755c83bf4c22ccf98c892e)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4cb77745214cbb2e02c9bf0239a064dd61188b3a2b02ea3f3a978c6eac3dfac)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b90c64ea7f6c0506d8e5bfac3bf024adb03b15cb8cb4eb6cca609becebe7681)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__262ca901b97e5f1219d89981c908c4a5c1c601f530b56bbc15cab677ecaea448)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple(enum.Enum):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78290ed1c4bdd09cdc81a46951086e6347f5a11bdf55e2369601265c141fbb13)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0edb461d41a892cbf4abb22d79c77438b407c6c38a4e165d900a7c9ba3c168cb)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :param number: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b56ae41e455610f410e053805a17e5e20a232b3d1678537db04168942f182d4a)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7eca46e75dfc476a7ef46708bacecace76839e8611620e12bae08cc847d85d3a)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class DestinationRuleSpecTrafficPolicyProxyProtocol:
    def __init__(
        self,
        *,
        version: typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"] = None,
    ) -> None:
        '''The upstream PROXY protocol settings.

        :param version: The PROXY protocol version to use. Valid Options: V1, V2

        :schema: DestinationRuleSpecTrafficPolicyProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4658e24239dd83eb0dc2480d5075d17b55009107f35654d0c6c70b7e40705ee9)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"]:
        '''The PROXY protocol version to use.

        Valid Options: V1, V2

        :schema: DestinationRuleSpecTrafficPolicyProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyProxyProtocolVersion"
)
class DestinationRuleSpecTrafficPolicyProxyProtocolVersion(enum.Enum):
    '''The PROXY protocol version to use.

    Valid Options: V1, V2

    :schema: DestinationRuleSpecTrafficPolicyProxyProtocolVersion
    '''

    V1 = "V1"
    '''V1.'''
    V2 = "V2"
    '''V2.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9412f769e453034e4702a6604feddb11ed7cf7e790904e09c70e2adfb1e4e89a)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecTrafficPolicyTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecTrafficPolicyTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyTlsMode"
)
class DestinationRuleSpecTrafficPolicyTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecTrafficPolicyTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecTrafficPolicyTunnel",
    jsii_struct_bases=[],
    name_mapping={
        "target_host": "targetHost",
        "target_port": "targetPort",
        "protocol": "protocol",
    },
)
class DestinationRuleSpecTrafficPolicyTunnel:
    def __init__(
        self,
        *,
        target_host: builtins.str,
        target_port: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :param target_host: Specifies a host to which the downstream connection is tunneled.
        :param target_port: Specifies a port to which the downstream connection is tunneled.
        :param protocol: Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecTrafficPolicyTunnel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27933b6bae36144ee9a4f99db687783bccc38cf74ce2160a600f089975e08e05)
            check_type(argname="argument target_host", value=target_host, expected_type=type_hints["target_host"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_host": target_host,
            "target_port": target_port,
        }
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def target_host(self) -> builtins.str:
        '''Specifies a host to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecTrafficPolicyTunnel#targetHost
        '''
        result = self._values.get("target_host")
        assert result is not None, "Required property 'target_host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> jsii.Number:
        '''Specifies a port to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecTrafficPolicyTunnel#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecTrafficPolicyTunnel#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyTunnel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.DestinationRuleSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class DestinationRuleSpecWorkloadSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Criteria used to select the specific set of pods/VMs on which this ``DestinationRule`` configuration should be applied.

        :param match_labels: One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.

        :schema: DestinationRuleSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9bc16018ecd8c337865fc7c20a91bab0f9289ef30b7a55e31186978fe7ae45c)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.

        :schema: DestinationRuleSpecWorkloadSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Gateway(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_networking_ioistionetworking.Gateway",
):
    '''
    :schema: Gateway
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Gateway" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6727e309dfe28c8192f4d3ce3375f14b3fa25326123306b2bb9d57bf22e6992)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GatewayProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Gateway".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html
        '''
        props = GatewayProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Gateway".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.GatewayProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GatewayProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html

        :schema: Gateway
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GatewaySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ba51928891140f438b04bac684401f7c40c8f45d177fd6813ecdb6d2aaade39)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Gateway#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GatewaySpec"]:
        '''Configuration affecting edge load balancer.

        See more details at: https://istio.io/docs/reference/config/networking/gateway.html

        :schema: Gateway#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GatewaySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.GatewaySpec",
    jsii_struct_bases=[],
    name_mapping={"selector": "selector", "servers": "servers"},
)
class GatewaySpec:
    def __init__(
        self,
        *,
        selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        servers: typing.Optional[typing.Sequence[typing.Union["GatewaySpecServers", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting edge load balancer.

        See more details at: https://istio.io/docs/reference/config/networking/gateway.html

        :param selector: One or more labels that indicate a specific set of pods/VMs on which this gateway configuration should be applied.
        :param servers: A list of server specifications.

        :schema: GatewaySpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3506eff5866dce4f80387d697d8abc20f9274ec7dd5c0f30de33ab771967f08)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument servers", value=servers, expected_type=type_hints["servers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if selector is not None:
            self._values["selector"] = selector
        if servers is not None:
            self._values["servers"] = servers

    @builtins.property
    def selector(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which this gateway configuration should be applied.

        :schema: GatewaySpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List["GatewaySpecServers"]]:
        '''A list of server specifications.

        :schema: GatewaySpec#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List["GatewaySpecServers"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.GatewaySpecServers",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "port": "port",
        "bind": "bind",
        "default_endpoint": "defaultEndpoint",
        "name": "name",
        "tls": "tls",
    },
)
class GatewaySpecServers:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        port: typing.Union["GatewaySpecServersPort", typing.Dict[builtins.str, typing.Any]],
        bind: typing.Optional[builtins.str] = None,
        default_endpoint: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["GatewaySpecServersTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: One or more hosts exposed by this gateway.
        :param port: The Port on which the proxy should listen for incoming connections.
        :param bind: The ip or the Unix domain socket to which the listener should be bound to.
        :param default_endpoint: 
        :param name: An optional name of the server, when set must be unique across all servers.
        :param tls: Set of TLS related options that govern the server's behavior.

        :schema: GatewaySpecServers
        '''
        if isinstance(port, dict):
            port = GatewaySpecServersPort(**port)
        if isinstance(tls, dict):
            tls = GatewaySpecServersTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__665df540f6e796afa7360a491f2660e7e5e542d001391d87bfe720ecd98bab05)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument default_endpoint", value=default_endpoint, expected_type=type_hints["default_endpoint"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
            "port": port,
        }
        if bind is not None:
            self._values["bind"] = bind
        if default_endpoint is not None:
            self._values["default_endpoint"] = default_endpoint
        if name is not None:
            self._values["name"] = name
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''One or more hosts exposed by this gateway.

        :schema: GatewaySpecServers#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def port(self) -> "GatewaySpecServersPort":
        '''The Port on which the proxy should listen for incoming connections.

        :schema: GatewaySpecServers#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("GatewaySpecServersPort", result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''The ip or the Unix domain socket to which the listener should be bound to.

        :schema: GatewaySpecServers#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_endpoint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServers#defaultEndpoint
        '''
        result = self._values.get("default_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''An optional name of the server, when set must be unique across all servers.

        :schema: GatewaySpecServers#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["GatewaySpecServersTls"]:
        '''Set of TLS related options that govern the server's behavior.

        :schema: GatewaySpecServers#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["GatewaySpecServersTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.GatewaySpecServersPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class GatewaySpecServersPort:
    def __init__(
        self,
        *,
        name: builtins.str,
        number: jsii.Number,
        protocol: builtins.str,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The Port on which the proxy should listen for incoming connections.

        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: 

        :schema: GatewaySpecServersPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cffa907b99dd8cbd00a523999b1af117044138b008330584ce893fb90291caa)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "number": number,
            "protocol": protocol,
        }
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> builtins.str:
        '''Label assigned to the port.

        :schema: GatewaySpecServersPort#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def number(self) -> jsii.Number:
        '''A valid non-negative integer port number.

        :schema: GatewaySpecServersPort#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> builtins.str:
        '''The protocol exposed on the port.

        :schema: GatewaySpecServersPort#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GatewaySpecServersPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.GatewaySpecServersTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "cipher_suites": "cipherSuites",
        "credential_name": "credentialName",
        "https_redirect": "httpsRedirect",
        "max_protocol_version": "maxProtocolVersion",
        "min_protocol_version": "minProtocolVersion",
        "mode": "mode",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
        "subject_alt_names": "subjectAltNames",
        "verify_certificate_hash": "verifyCertificateHash",
        "verify_certificate_spki": "verifyCertificateSpki",
    },
)
class GatewaySpecServersTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        credential_name: typing.Optional[builtins.str] = None,
        https_redirect: typing.Optional[builtins.bool] = None,
        max_protocol_version: typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"] = None,
        min_protocol_version: typing.Optional["GatewaySpecServersTlsMinProtocolVersion"] = None,
        mode: typing.Optional["GatewaySpecServersTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Set of TLS related options that govern the server's behavior.

        :param ca_certificates: REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.
        :param cipher_suites: Optional: If specified, only support the specified cipher list.
        :param credential_name: For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.
        :param https_redirect: If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.
        :param max_protocol_version: Optional: Maximum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param min_protocol_version: Optional: Minimum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param mode: Optional: Indicates whether connections to this port should be secured using TLS. Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL
        :param private_key: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param server_certificate: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate presented by the client.
        :param verify_certificate_hash: An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.
        :param verify_certificate_spki: An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: GatewaySpecServersTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__615da7b44d00b48b066d5c77717c07ebc8db11ec17a854e9eb0f92f8f457747a)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument https_redirect", value=https_redirect, expected_type=type_hints["https_redirect"])
            check_type(argname="argument max_protocol_version", value=max_protocol_version, expected_type=type_hints["max_protocol_version"])
            check_type(argname="argument min_protocol_version", value=min_protocol_version, expected_type=type_hints["min_protocol_version"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument verify_certificate_hash", value=verify_certificate_hash, expected_type=type_hints["verify_certificate_hash"])
            check_type(argname="argument verify_certificate_spki", value=verify_certificate_spki, expected_type=type_hints["verify_certificate_spki"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if https_redirect is not None:
            self._values["https_redirect"] = https_redirect
        if max_protocol_version is not None:
            self._values["max_protocol_version"] = max_protocol_version
        if min_protocol_version is not None:
            self._values["min_protocol_version"] = min_protocol_version
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if verify_certificate_hash is not None:
            self._values["verify_certificate_hash"] = verify_certificate_hash
        if verify_certificate_spki is not None:
            self._values["verify_certificate_spki"] = verify_certificate_spki

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.

        :schema: GatewaySpecServersTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.

        :schema: GatewaySpecServersTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: If specified, only support the specified cipher list.

        :schema: GatewaySpecServersTls#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.

        :schema: GatewaySpecServersTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def https_redirect(self) -> typing.Optional[builtins.bool]:
        '''If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.

        :schema: GatewaySpecServersTls#httpsRedirect
        '''
        result = self._values.get("https_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_protocol_version(
        self,
    ) -> typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"]:
        '''Optional: Maximum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: GatewaySpecServersTls#maxProtocolVersion
        '''
        result = self._values.get("max_protocol_version")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"], result)

    @builtins.property
    def min_protocol_version(
        self,
    ) -> typing.Optional["GatewaySpecServersTlsMinProtocolVersion"]:
        '''Optional: Minimum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: GatewaySpecServersTls#minProtocolVersion
        '''
        result = self._values.get("min_protocol_version")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMinProtocolVersion"], result)

    @builtins.property
    def mode(self) -> typing.Optional["GatewaySpecServersTlsMode"]:
        '''Optional: Indicates whether connections to this port should be secured using TLS.

        Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

        :schema: GatewaySpecServersTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTls#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate presented by the client.

        :schema: GatewaySpecServersTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_hash(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.

        :schema: GatewaySpecServersTls#verifyCertificateHash
        '''
        result = self._values.get("verify_certificate_hash")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_spki(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: GatewaySpecServersTls#verifyCertificateSpki
        '''
        result = self._values.get("verify_certificate_spki")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.GatewaySpecServersTlsMaxProtocolVersion"
)
class GatewaySpecServersTlsMaxProtocolVersion(enum.Enum):
    '''Optional: Maximum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: GatewaySpecServersTlsMaxProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.GatewaySpecServersTlsMinProtocolVersion"
)
class GatewaySpecServersTlsMinProtocolVersion(enum.Enum):
    '''Optional: Minimum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: GatewaySpecServersTlsMinProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="istio_networking_ioistionetworking.GatewaySpecServersTlsMode")
class GatewaySpecServersTlsMode(enum.Enum):
    '''Optional: Indicates whether connections to this port should be secured using TLS.

    Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

    :schema: GatewaySpecServersTlsMode
    '''

    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_UNDERSCORE_PASSTHROUGH"
    '''AUTO_PASSTHROUGH.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_UNDERSCORE_MUTUAL"
    '''OPTIONAL_MUTUAL.'''


class ServiceEntry(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_networking_ioistionetworking.ServiceEntry",
):
    '''
    :schema: ServiceEntry
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ServiceEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ServiceEntry" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Configuration affecting service registry. See more details at: https://istio.io/docs/reference/config/networking/service-entry.html
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a38ecdeebf09a8533ac4514ee483a003970d99a297497748703bcbc5c056414d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServiceEntryProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ServiceEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ServiceEntry".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Configuration affecting service registry. See more details at: https://istio.io/docs/reference/config/networking/service-entry.html
        :param metadata: 
        '''
        props = ServiceEntryProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ServiceEntry".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.ServiceEntryProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ServiceEntryProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ServiceEntrySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: Configuration affecting service registry. See more details at: https://istio.io/docs/reference/config/networking/service-entry.html
        :param metadata: 

        :schema: ServiceEntry
        '''
        if isinstance(spec, dict):
            spec = ServiceEntrySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de39b7e944277a0f9ddc54eadfc4cbe978a9fe40cb0bd837803670bc2fcd1415)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ServiceEntrySpec":
        '''Configuration affecting service registry.

        See more details at: https://istio.io/docs/reference/config/networking/service-entry.html

        :schema: ServiceEntry#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ServiceEntrySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ServiceEntry#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.ServiceEntrySpec",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "addresses": "addresses",
        "endpoints": "endpoints",
        "export_to": "exportTo",
        "location": "location",
        "ports": "ports",
        "resolution": "resolution",
        "subject_alt_names": "subjectAltNames",
        "workload_selector": "workloadSelector",
    },
)
class ServiceEntrySpec:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
        endpoints: typing.Optional[typing.Sequence[typing.Union["ServiceEntrySpecEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        location: typing.Optional["ServiceEntrySpecLocation"] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["ServiceEntrySpecPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        resolution: typing.Optional["ServiceEntrySpecResolution"] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        workload_selector: typing.Optional[typing.Union["ServiceEntrySpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configuration affecting service registry.

        See more details at: https://istio.io/docs/reference/config/networking/service-entry.html

        :param hosts: The hosts associated with the ServiceEntry.
        :param addresses: The virtual IP addresses associated with the service.
        :param endpoints: One or more endpoints associated with the service.
        :param export_to: A list of namespaces to which this service is exported.
        :param location: Specify whether the service should be considered external to the mesh or part of the mesh. Valid Options: MESH_EXTERNAL, MESH_INTERNAL
        :param ports: The ports associated with the external service.
        :param resolution: Service resolution mode for the hosts. Valid Options: NONE, STATIC, DNS, DNS_ROUND_ROBIN
        :param subject_alt_names: If specified, the proxy will verify that the server certificate's subject alternate name matches one of the specified values.
        :param workload_selector: Applicable only for MESH_INTERNAL services.

        :schema: ServiceEntrySpec
        '''
        if isinstance(workload_selector, dict):
            workload_selector = ServiceEntrySpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caa5d9ff6f80d920d5b9606f3b569337f50b6ddcb4e0e350a3f9b3328ce13924)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument resolution", value=resolution, expected_type=type_hints["resolution"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
        }
        if addresses is not None:
            self._values["addresses"] = addresses
        if endpoints is not None:
            self._values["endpoints"] = endpoints
        if export_to is not None:
            self._values["export_to"] = export_to
        if location is not None:
            self._values["location"] = location
        if ports is not None:
            self._values["ports"] = ports
        if resolution is not None:
            self._values["resolution"] = resolution
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''The hosts associated with the ServiceEntry.

        :schema: ServiceEntrySpec#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def addresses(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The virtual IP addresses associated with the service.

        :schema: ServiceEntrySpec#addresses
        '''
        result = self._values.get("addresses")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def endpoints(self) -> typing.Optional[typing.List["ServiceEntrySpecEndpoints"]]:
        '''One or more endpoints associated with the service.

        :schema: ServiceEntrySpec#endpoints
        '''
        result = self._values.get("endpoints")
        return typing.cast(typing.Optional[typing.List["ServiceEntrySpecEndpoints"]], result)

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this service is exported.

        :schema: ServiceEntrySpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def location(self) -> typing.Optional["ServiceEntrySpecLocation"]:
        '''Specify whether the service should be considered external to the mesh or part of the mesh.

        Valid Options: MESH_EXTERNAL, MESH_INTERNAL

        :schema: ServiceEntrySpec#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional["ServiceEntrySpecLocation"], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List["ServiceEntrySpecPorts"]]:
        '''The ports associated with the external service.

        :schema: ServiceEntrySpec#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["ServiceEntrySpecPorts"]], result)

    @builtins.property
    def resolution(self) -> typing.Optional["ServiceEntrySpecResolution"]:
        '''Service resolution mode for the hosts.

        Valid Options: NONE, STATIC, DNS, DNS_ROUND_ROBIN

        :schema: ServiceEntrySpec#resolution
        '''
        result = self._values.get("resolution")
        return typing.cast(typing.Optional["ServiceEntrySpecResolution"], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''If specified, the proxy will verify that the server certificate's subject alternate name matches one of the specified values.

        :schema: ServiceEntrySpec#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["ServiceEntrySpecWorkloadSelector"]:
        '''Applicable only for MESH_INTERNAL services.

        :schema: ServiceEntrySpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["ServiceEntrySpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.ServiceEntrySpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "address": "address",
        "labels": "labels",
        "locality": "locality",
        "network": "network",
        "ports": "ports",
        "service_account": "serviceAccount",
        "weight": "weight",
    },
)
class ServiceEntrySpecEndpoints:
    def __init__(
        self,
        *,
        address: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        locality: typing.Optional[builtins.str] = None,
        network: typing.Optional[builtins.str] = None,
        ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
        service_account: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param address: Address associated with the network endpoint without the port.
        :param labels: One or more labels associated with the endpoint.
        :param locality: The locality associated with the endpoint.
        :param network: Network enables Istio to group endpoints resident in the same L3 domain/network.
        :param ports: Set of ports associated with the endpoint.
        :param service_account: The service account associated with the workload if a sidecar is present in the workload.
        :param weight: The load balancing weight associated with the endpoint.

        :schema: ServiceEntrySpecEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f7570bd9083022cc845005678977dd06058cb2cd8716d3972efdd3b96bc692f)
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument locality", value=locality, expected_type=type_hints["locality"])
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if address is not None:
            self._values["address"] = address
        if labels is not None:
            self._values["labels"] = labels
        if locality is not None:
            self._values["locality"] = locality
        if network is not None:
            self._values["network"] = network
        if ports is not None:
            self._values["ports"] = ports
        if service_account is not None:
            self._values["service_account"] = service_account
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''Address associated with the network endpoint without the port.

        :schema: ServiceEntrySpecEndpoints#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels associated with the endpoint.

        :schema: ServiceEntrySpecEndpoints#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def locality(self) -> typing.Optional[builtins.str]:
        '''The locality associated with the endpoint.

        :schema: ServiceEntrySpecEndpoints#locality
        '''
        result = self._values.get("locality")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network(self) -> typing.Optional[builtins.str]:
        '''Network enables Istio to group endpoints resident in the same L3 domain/network.

        :schema: ServiceEntrySpecEndpoints#network
        '''
        result = self._values.get("network")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Set of ports associated with the endpoint.

        :schema: ServiceEntrySpecEndpoints#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    @builtins.property
    def service_account(self) -> typing.Optional[builtins.str]:
        '''The service account associated with the workload if a sidecar is present in the workload.

        :schema: ServiceEntrySpecEndpoints#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''The load balancing weight associated with the endpoint.

        :schema: ServiceEntrySpecEndpoints#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_networking_ioistionetworking.ServiceEntrySpecLocation")
class ServiceEntrySpecLocation(enum.Enum):
    '''Specify whether the service should be considered external to the mesh or part of the mesh.

    Valid Options: MESH_EXTERNAL, MESH_INTERNAL

    :schema: ServiceEntrySpecLocation
    '''

    MESH_UNDERSCORE_EXTERNAL = "MESH_UNDERSCORE_EXTERNAL"
    '''MESH_EXTERNAL.'''
    MESH_UNDERSCORE_INTERNAL = "MESH_UNDERSCORE_INTERNAL"
    '''MESH_INTERNAL.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.ServiceEntrySpecPorts",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class ServiceEntrySpecPorts:
    def __init__(
        self,
        *,
        name: builtins.str,
        number: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: The port number on the endpoint where the traffic will be received.

        :schema: ServiceEntrySpecPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fd7974514c6be4117b811b7265686ec425fd97126b7469fab6a8b14526f994b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "number": number,
        }
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> builtins.str:
        '''Label assigned to the port.

        :schema: ServiceEntrySpecPorts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def number(self) -> jsii.Number:
        '''A valid non-negative integer port number.

        :schema: ServiceEntrySpecPorts#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The protocol exposed on the port.

        :schema: ServiceEntrySpecPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''The port number on the endpoint where the traffic will be received.

        :schema: ServiceEntrySpecPorts#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpecPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_networking_ioistionetworking.ServiceEntrySpecResolution")
class ServiceEntrySpecResolution(enum.Enum):
    '''Service resolution mode for the hosts.

    Valid Options: NONE, STATIC, DNS, DNS_ROUND_ROBIN

    :schema: ServiceEntrySpecResolution
    '''

    NONE = "NONE"
    '''NONE.'''
    STATIC = "STATIC"
    '''STATIC.'''
    DNS = "DNS"
    '''DNS.'''
    DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN = "DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN"
    '''DNS_ROUND_ROBIN.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.ServiceEntrySpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class ServiceEntrySpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Applicable only for MESH_INTERNAL services.

        :param labels: One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: ServiceEntrySpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e77de9ad12ed0b7f2ba4dfebac8b1866a1c9455115d0d8f2e15a11c604870b83)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: ServiceEntrySpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceEntrySpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Sidecar(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_networking_ioistionetworking.Sidecar",
):
    '''
    :schema: Sidecar
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Sidecar" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting network reachability of a sidecar. See more details at: https://istio.io/docs/reference/config/networking/sidecar.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e99487035392122fbc7cb614b240d26074f5baa06b73de62ef4530005057d495)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SidecarProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Sidecar".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting network reachability of a sidecar. See more details at: https://istio.io/docs/reference/config/networking/sidecar.html
        '''
        props = SidecarProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Sidecar".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SidecarProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting network reachability of a sidecar. See more details at: https://istio.io/docs/reference/config/networking/sidecar.html

        :schema: Sidecar
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SidecarSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3778bad286506ff4e3532fa16211a99dac7f568c8d78abced9e2196212e64d8b)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Sidecar#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SidecarSpec"]:
        '''Configuration affecting network reachability of a sidecar.

        See more details at: https://istio.io/docs/reference/config/networking/sidecar.html

        :schema: Sidecar#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SidecarSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpec",
    jsii_struct_bases=[],
    name_mapping={
        "egress": "egress",
        "inbound_connection_pool": "inboundConnectionPool",
        "ingress": "ingress",
        "outbound_traffic_policy": "outboundTrafficPolicy",
        "workload_selector": "workloadSelector",
    },
)
class SidecarSpec:
    def __init__(
        self,
        *,
        egress: typing.Optional[typing.Sequence[typing.Union["SidecarSpecEgress", typing.Dict[builtins.str, typing.Any]]]] = None,
        inbound_connection_pool: typing.Optional[typing.Union["SidecarSpecInboundConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["SidecarSpecIngress", typing.Dict[builtins.str, typing.Any]]]] = None,
        outbound_traffic_policy: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_selector: typing.Optional[typing.Union["SidecarSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configuration affecting network reachability of a sidecar.

        See more details at: https://istio.io/docs/reference/config/networking/sidecar.html

        :param egress: Egress specifies the configuration of the sidecar for processing outbound traffic from the attached workload instance to other services in the mesh.
        :param inbound_connection_pool: Settings controlling the volume of connections Envoy will accept from the network.
        :param ingress: Ingress specifies the configuration of the sidecar for processing inbound traffic to the attached workload instance.
        :param outbound_traffic_policy: Set the default behavior of the sidecar for handling outbound traffic from the application.
        :param workload_selector: Criteria used to select the specific set of pods/VMs on which this ``Sidecar`` configuration should be applied.

        :schema: SidecarSpec
        '''
        if isinstance(inbound_connection_pool, dict):
            inbound_connection_pool = SidecarSpecInboundConnectionPool(**inbound_connection_pool)
        if isinstance(outbound_traffic_policy, dict):
            outbound_traffic_policy = SidecarSpecOutboundTrafficPolicy(**outbound_traffic_policy)
        if isinstance(workload_selector, dict):
            workload_selector = SidecarSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__401fbdd38d502aeffe79f8f79c94e15f8194774682d031b1069dfc717697aaad)
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument inbound_connection_pool", value=inbound_connection_pool, expected_type=type_hints["inbound_connection_pool"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument outbound_traffic_policy", value=outbound_traffic_policy, expected_type=type_hints["outbound_traffic_policy"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress is not None:
            self._values["egress"] = egress
        if inbound_connection_pool is not None:
            self._values["inbound_connection_pool"] = inbound_connection_pool
        if ingress is not None:
            self._values["ingress"] = ingress
        if outbound_traffic_policy is not None:
            self._values["outbound_traffic_policy"] = outbound_traffic_policy
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["SidecarSpecEgress"]]:
        '''Egress specifies the configuration of the sidecar for processing outbound traffic from the attached workload instance to other services in the mesh.

        :schema: SidecarSpec#egress
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["SidecarSpecEgress"]], result)

    @builtins.property
    def inbound_connection_pool(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPool"]:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :schema: SidecarSpec#inboundConnectionPool
        '''
        result = self._values.get("inbound_connection_pool")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPool"], result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List["SidecarSpecIngress"]]:
        '''Ingress specifies the configuration of the sidecar for processing inbound traffic to the attached workload instance.

        :schema: SidecarSpec#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["SidecarSpecIngress"]], result)

    @builtins.property
    def outbound_traffic_policy(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicy"]:
        '''Set the default behavior of the sidecar for handling outbound traffic from the application.

        :schema: SidecarSpec#outboundTrafficPolicy
        '''
        result = self._values.get("outbound_traffic_policy")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicy"], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["SidecarSpecWorkloadSelector"]:
        '''Criteria used to select the specific set of pods/VMs on which this ``Sidecar`` configuration should be applied.

        :schema: SidecarSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["SidecarSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecEgress",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "bind": "bind",
        "capture_mode": "captureMode",
        "port": "port",
    },
)
class SidecarSpecEgress:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        bind: typing.Optional[builtins.str] = None,
        capture_mode: typing.Optional["SidecarSpecEgressCaptureMode"] = None,
        port: typing.Optional[typing.Union["SidecarSpecEgressPort", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: One or more service hosts exposed by the listener in ``namespace/dnsName`` format.
        :param bind: The IP(IPv4 or IPv6) or the Unix domain socket to which the listener should be bound to.
        :param capture_mode: When the bind address is an IP, the captureMode option dictates how traffic to the listener is expected to be captured (or not). Valid Options: DEFAULT, IPTABLES, NONE
        :param port: The port associated with the listener.

        :schema: SidecarSpecEgress
        '''
        if isinstance(port, dict):
            port = SidecarSpecEgressPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f4aa528d66e499dd950221b2ac6a40a2e967bab6b1318a9e2dbece3ba6d8f18)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument capture_mode", value=capture_mode, expected_type=type_hints["capture_mode"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
        }
        if bind is not None:
            self._values["bind"] = bind
        if capture_mode is not None:
            self._values["capture_mode"] = capture_mode
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''One or more service hosts exposed by the listener in ``namespace/dnsName`` format.

        :schema: SidecarSpecEgress#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''The IP(IPv4 or IPv6) or the Unix domain socket to which the listener should be bound to.

        :schema: SidecarSpecEgress#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capture_mode(self) -> typing.Optional["SidecarSpecEgressCaptureMode"]:
        '''When the bind address is an IP, the captureMode option dictates how traffic to the listener is expected to be captured (or not).

        Valid Options: DEFAULT, IPTABLES, NONE

        :schema: SidecarSpecEgress#captureMode
        '''
        result = self._values.get("capture_mode")
        return typing.cast(typing.Optional["SidecarSpecEgressCaptureMode"], result)

    @builtins.property
    def port(self) -> typing.Optional["SidecarSpecEgressPort"]:
        '''The port associated with the listener.

        :schema: SidecarSpecEgress#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["SidecarSpecEgressPort"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecEgress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_networking_ioistionetworking.SidecarSpecEgressCaptureMode")
class SidecarSpecEgressCaptureMode(enum.Enum):
    '''When the bind address is an IP, the captureMode option dictates how traffic to the listener is expected to be captured (or not).

    Valid Options: DEFAULT, IPTABLES, NONE

    :schema: SidecarSpecEgressCaptureMode
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    IPTABLES = "IPTABLES"
    '''IPTABLES.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecEgressPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class SidecarSpecEgressPort:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        number: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The port associated with the listener.

        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: 

        :schema: SidecarSpecEgressPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f638b7ebf6aff95e2771858456a131cfde3d8182f327fa5a5385b0d77e4fcd0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if number is not None:
            self._values["number"] = number
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Label assigned to the port.

        :schema: SidecarSpecEgressPort#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''A valid non-negative integer port number.

        :schema: SidecarSpecEgressPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The protocol exposed on the port.

        :schema: SidecarSpecEgressPort#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecEgressPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecEgressPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecInboundConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class SidecarSpecInboundConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecInboundConnectionPool
        '''
        if isinstance(http, dict):
            http = SidecarSpecInboundConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = SidecarSpecInboundConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__745d0975aa3fd5061917b90a03060747f5068a52d699933e8a7ca415c4cf4d1a)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["SidecarSpecInboundConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: SidecarSpecInboundConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["SidecarSpecInboundConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecInboundConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecInboundConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class SidecarSpecInboundConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecInboundConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6665e9f675f1a49fe04c94a94cfd735298dd6879e59ec8ee88934fea38711bd6)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: SidecarSpecInboundConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: SidecarSpecInboundConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: SidecarSpecInboundConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: SidecarSpecInboundConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: SidecarSpecInboundConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: SidecarSpecInboundConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: SidecarSpecInboundConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecInboundConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"
)
class SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecInboundConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class SidecarSpecInboundConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecInboundConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = SidecarSpecInboundConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e56fcfaf247f8f7c8474d9e95d025c81a1079a215c22c975c72c8b6c1b64a18b)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: SidecarSpecInboundConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: SidecarSpecInboundConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: SidecarSpecInboundConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: SidecarSpecInboundConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecInboundConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecInboundConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class SidecarSpecInboundConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5e7d7b8e207934066a753575b7660062fa62159b9308f6cf9462dae799230d7)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngress",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "bind": "bind",
        "capture_mode": "captureMode",
        "connection_pool": "connectionPool",
        "default_endpoint": "defaultEndpoint",
        "tls": "tls",
    },
)
class SidecarSpecIngress:
    def __init__(
        self,
        *,
        port: typing.Union["SidecarSpecIngressPort", typing.Dict[builtins.str, typing.Any]],
        bind: typing.Optional[builtins.str] = None,
        capture_mode: typing.Optional["SidecarSpecIngressCaptureMode"] = None,
        connection_pool: typing.Optional[typing.Union["SidecarSpecIngressConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        default_endpoint: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["SidecarSpecIngressTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param port: The port associated with the listener.
        :param bind: The IP(IPv4 or IPv6) to which the listener should be bound.
        :param capture_mode: The captureMode option dictates how traffic to the listener is expected to be captured (or not). Valid Options: DEFAULT, IPTABLES, NONE
        :param connection_pool: Settings controlling the volume of connections Envoy will accept from the network.
        :param default_endpoint: The IP endpoint or Unix domain socket to which traffic should be forwarded to.
        :param tls: Set of TLS related options that will enable TLS termination on the sidecar for requests originating from outside the mesh.

        :schema: SidecarSpecIngress
        '''
        if isinstance(port, dict):
            port = SidecarSpecIngressPort(**port)
        if isinstance(connection_pool, dict):
            connection_pool = SidecarSpecIngressConnectionPool(**connection_pool)
        if isinstance(tls, dict):
            tls = SidecarSpecIngressTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__349085ce66ffa2cd3086dae397e1631f29663a5087efb7ebe026f874ade2df1d)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument capture_mode", value=capture_mode, expected_type=type_hints["capture_mode"])
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument default_endpoint", value=default_endpoint, expected_type=type_hints["default_endpoint"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if bind is not None:
            self._values["bind"] = bind
        if capture_mode is not None:
            self._values["capture_mode"] = capture_mode
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if default_endpoint is not None:
            self._values["default_endpoint"] = default_endpoint
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def port(self) -> "SidecarSpecIngressPort":
        '''The port associated with the listener.

        :schema: SidecarSpecIngress#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("SidecarSpecIngressPort", result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''The IP(IPv4 or IPv6) to which the listener should be bound.

        :schema: SidecarSpecIngress#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capture_mode(self) -> typing.Optional["SidecarSpecIngressCaptureMode"]:
        '''The captureMode option dictates how traffic to the listener is expected to be captured (or not).

        Valid Options: DEFAULT, IPTABLES, NONE

        :schema: SidecarSpecIngress#captureMode
        '''
        result = self._values.get("capture_mode")
        return typing.cast(typing.Optional["SidecarSpecIngressCaptureMode"], result)

    @builtins.property
    def connection_pool(self) -> typing.Optional["SidecarSpecIngressConnectionPool"]:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :schema: SidecarSpecIngress#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPool"], result)

    @builtins.property
    def default_endpoint(self) -> typing.Optional[builtins.str]:
        '''The IP endpoint or Unix domain socket to which traffic should be forwarded to.

        :schema: SidecarSpecIngress#defaultEndpoint
        '''
        result = self._values.get("default_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["SidecarSpecIngressTls"]:
        '''Set of TLS related options that will enable TLS termination on the sidecar for requests originating from outside the mesh.

        :schema: SidecarSpecIngress#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["SidecarSpecIngressTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressCaptureMode"
)
class SidecarSpecIngressCaptureMode(enum.Enum):
    '''The captureMode option dictates how traffic to the listener is expected to be captured (or not).

    Valid Options: DEFAULT, IPTABLES, NONE

    :schema: SidecarSpecIngressCaptureMode
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    IPTABLES = "IPTABLES"
    '''IPTABLES.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class SidecarSpecIngressConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecIngressConnectionPool
        '''
        if isinstance(http, dict):
            http = SidecarSpecIngressConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = SidecarSpecIngressConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d397975dcc7fb3473088314d3c5c4ead2a84fb493f07c7e0c887d1fbeaf5b64)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["SidecarSpecIngressConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: SidecarSpecIngressConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["SidecarSpecIngressConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecIngressConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class SidecarSpecIngressConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecIngressConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f410c892d544d881f24da157e2c7d86c003c9d7f75e2cfb16f79103f1682d0eb)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: SidecarSpecIngressConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: SidecarSpecIngressConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: SidecarSpecIngressConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: SidecarSpecIngressConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: SidecarSpecIngressConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: SidecarSpecIngressConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: SidecarSpecIngressConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecIngressConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"
)
class SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class SidecarSpecIngressConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecIngressConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = SidecarSpecIngressConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__efd9a32d1510e7ad1a32e328e8e4aa12f6715b48b00d5d11f898be1553c66ed8)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: SidecarSpecIngressConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: SidecarSpecIngressConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: SidecarSpecIngressConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: SidecarSpecIngressConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["SidecarSpecIngressConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecIngressConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class SidecarSpecIngressConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4c087e5204f1992e74a3c6a27e24aa1a2a041bf514056f6ff08fccaaaa5aba1)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class SidecarSpecIngressPort:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        number: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The port associated with the listener.

        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: 

        :schema: SidecarSpecIngressPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13cc935b848057522760f026955663e64148446b8b126b18214121636f01568f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if number is not None:
            self._values["number"] = number
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Label assigned to the port.

        :schema: SidecarSpecIngressPort#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''A valid non-negative integer port number.

        :schema: SidecarSpecIngressPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The protocol exposed on the port.

        :schema: SidecarSpecIngressPort#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "cipher_suites": "cipherSuites",
        "credential_name": "credentialName",
        "https_redirect": "httpsRedirect",
        "max_protocol_version": "maxProtocolVersion",
        "min_protocol_version": "minProtocolVersion",
        "mode": "mode",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
        "subject_alt_names": "subjectAltNames",
        "verify_certificate_hash": "verifyCertificateHash",
        "verify_certificate_spki": "verifyCertificateSpki",
    },
)
class SidecarSpecIngressTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        credential_name: typing.Optional[builtins.str] = None,
        https_redirect: typing.Optional[builtins.bool] = None,
        max_protocol_version: typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"] = None,
        min_protocol_version: typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"] = None,
        mode: typing.Optional["SidecarSpecIngressTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Set of TLS related options that will enable TLS termination on the sidecar for requests originating from outside the mesh.

        :param ca_certificates: REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.
        :param cipher_suites: Optional: If specified, only support the specified cipher list.
        :param credential_name: For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.
        :param https_redirect: If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.
        :param max_protocol_version: Optional: Maximum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param min_protocol_version: Optional: Minimum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param mode: Optional: Indicates whether connections to this port should be secured using TLS. Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL
        :param private_key: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param server_certificate: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate presented by the client.
        :param verify_certificate_hash: An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.
        :param verify_certificate_spki: An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: SidecarSpecIngressTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99561a844f5846c3bb0d511052fe197f44b2a0863c8c5e723aca400b4f09b0e4)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument https_redirect", value=https_redirect, expected_type=type_hints["https_redirect"])
            check_type(argname="argument max_protocol_version", value=max_protocol_version, expected_type=type_hints["max_protocol_version"])
            check_type(argname="argument min_protocol_version", value=min_protocol_version, expected_type=type_hints["min_protocol_version"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument verify_certificate_hash", value=verify_certificate_hash, expected_type=type_hints["verify_certificate_hash"])
            check_type(argname="argument verify_certificate_spki", value=verify_certificate_spki, expected_type=type_hints["verify_certificate_spki"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if https_redirect is not None:
            self._values["https_redirect"] = https_redirect
        if max_protocol_version is not None:
            self._values["max_protocol_version"] = max_protocol_version
        if min_protocol_version is not None:
            self._values["min_protocol_version"] = min_protocol_version
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if verify_certificate_hash is not None:
            self._values["verify_certificate_hash"] = verify_certificate_hash
        if verify_certificate_spki is not None:
            self._values["verify_certificate_spki"] = verify_certificate_spki

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.

        :schema: SidecarSpecIngressTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.

        :schema: SidecarSpecIngressTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: If specified, only support the specified cipher list.

        :schema: SidecarSpecIngressTls#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.

        :schema: SidecarSpecIngressTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def https_redirect(self) -> typing.Optional[builtins.bool]:
        '''If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.

        :schema: SidecarSpecIngressTls#httpsRedirect
        '''
        result = self._values.get("https_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_protocol_version(
        self,
    ) -> typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"]:
        '''Optional: Maximum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: SidecarSpecIngressTls#maxProtocolVersion
        '''
        result = self._values.get("max_protocol_version")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"], result)

    @builtins.property
    def min_protocol_version(
        self,
    ) -> typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"]:
        '''Optional: Minimum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: SidecarSpecIngressTls#minProtocolVersion
        '''
        result = self._values.get("min_protocol_version")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"], result)

    @builtins.property
    def mode(self) -> typing.Optional["SidecarSpecIngressTlsMode"]:
        '''Optional: Indicates whether connections to this port should be secured using TLS.

        Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

        :schema: SidecarSpecIngressTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTls#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate presented by the client.

        :schema: SidecarSpecIngressTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_hash(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.

        :schema: SidecarSpecIngressTls#verifyCertificateHash
        '''
        result = self._values.get("verify_certificate_hash")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_spki(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: SidecarSpecIngressTls#verifyCertificateSpki
        '''
        result = self._values.get("verify_certificate_spki")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressTlsMaxProtocolVersion"
)
class SidecarSpecIngressTlsMaxProtocolVersion(enum.Enum):
    '''Optional: Maximum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: SidecarSpecIngressTlsMaxProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressTlsMinProtocolVersion"
)
class SidecarSpecIngressTlsMinProtocolVersion(enum.Enum):
    '''Optional: Minimum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: SidecarSpecIngressTlsMinProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="istio_networking_ioistionetworking.SidecarSpecIngressTlsMode")
class SidecarSpecIngressTlsMode(enum.Enum):
    '''Optional: Indicates whether connections to this port should be secured using TLS.

    Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

    :schema: SidecarSpecIngressTlsMode
    '''

    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_UNDERSCORE_PASSTHROUGH"
    '''AUTO_PASSTHROUGH.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_UNDERSCORE_MUTUAL"
    '''OPTIONAL_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecOutboundTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={"egress_proxy": "egressProxy", "mode": "mode"},
)
class SidecarSpecOutboundTrafficPolicy:
    def __init__(
        self,
        *,
        egress_proxy: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicyEgressProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional["SidecarSpecOutboundTrafficPolicyMode"] = None,
    ) -> None:
        '''Set the default behavior of the sidecar for handling outbound traffic from the application.

        :param egress_proxy: 
        :param mode: Valid Options: REGISTRY_ONLY, ALLOW_ANY.

        :schema: SidecarSpecOutboundTrafficPolicy
        '''
        if isinstance(egress_proxy, dict):
            egress_proxy = SidecarSpecOutboundTrafficPolicyEgressProxy(**egress_proxy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__416e44c0aeb9c39929a6772db844489dfde211b35f535e43c5381de715691f12)
            check_type(argname="argument egress_proxy", value=egress_proxy, expected_type=type_hints["egress_proxy"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress_proxy is not None:
            self._values["egress_proxy"] = egress_proxy
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def egress_proxy(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxy"]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicy#egressProxy
        '''
        result = self._values.get("egress_proxy")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxy"], result)

    @builtins.property
    def mode(self) -> typing.Optional["SidecarSpecOutboundTrafficPolicyMode"]:
        '''Valid Options: REGISTRY_ONLY, ALLOW_ANY.

        :schema: SidecarSpecOutboundTrafficPolicy#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecOutboundTrafficPolicyEgressProxy",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class SidecarSpecOutboundTrafficPolicyEgressProxy:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicyEgressProxyPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy
        '''
        if isinstance(port, dict):
            port = SidecarSpecOutboundTrafficPolicyEgressProxyPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e627648afcc3bc8a7d100fc578c235d29546f31fabeb7ea716297b8b0279de39)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxyPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxyPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicyEgressProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecOutboundTrafficPolicyEgressProxyPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class SidecarSpecOutboundTrafficPolicyEgressProxyPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxyPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dafb490215fd28dfb72f1755a8bb38a567a4367840a2e8831b3e30047b43da5c)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicyEgressProxyPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicyEgressProxyPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecOutboundTrafficPolicyMode"
)
class SidecarSpecOutboundTrafficPolicyMode(enum.Enum):
    '''Valid Options: REGISTRY_ONLY, ALLOW_ANY.

    :schema: SidecarSpecOutboundTrafficPolicyMode
    '''

    REGISTRY_UNDERSCORE_ONLY = "REGISTRY_UNDERSCORE_ONLY"
    '''REGISTRY_ONLY.'''
    ALLOW_UNDERSCORE_ANY = "ALLOW_UNDERSCORE_ANY"
    '''ALLOW_ANY.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.SidecarSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class SidecarSpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Criteria used to select the specific set of pods/VMs on which this ``Sidecar`` configuration should be applied.

        :param labels: One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: SidecarSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed126dd6de26f2e621ed013dd14635ba766b76da2b10d2355a3cee556939806a)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: SidecarSpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VirtualService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_networking_ioistionetworking.VirtualService",
):
    '''
    :schema: VirtualService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VirtualService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b21d0a7fd16c353ad32d68491a9631ca59f16c69724616af7d83f01491a21498)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VirtualService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VirtualService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VirtualServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualService
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VirtualServiceSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fd3fccdd7a663f299d134fa6a97a4f129f62aa26e7128587a5e13a37065bd2a)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VirtualService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VirtualServiceSpec"]:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualService#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VirtualServiceSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "export_to": "exportTo",
        "gateways": "gateways",
        "hosts": "hosts",
        "http": "http",
        "tcp": "tcp",
        "tls": "tls",
    },
)
class VirtualServiceSpec:
    def __init__(
        self,
        *,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTls", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :param export_to: A list of namespaces to which this virtual service is exported.
        :param gateways: The names of gateways and sidecars that should apply these routes.
        :param hosts: The destination hosts to which traffic is being sent.
        :param http: An ordered list of route rules for HTTP traffic.
        :param tcp: An ordered list of route rules for opaque TCP traffic.
        :param tls: An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bcc8ed09bed48906b4d9b691a65707b69412adacfc3979a0a1610e92c5d3242)
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if export_to is not None:
            self._values["export_to"] = export_to
        if gateways is not None:
            self._values["gateways"] = gateways
        if hosts is not None:
            self._values["hosts"] = hosts
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this virtual service is exported.

        :schema: VirtualServiceSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The names of gateways and sidecars that should apply these routes.

        :schema: VirtualServiceSpec#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The destination hosts to which traffic is being sent.

        :schema: VirtualServiceSpec#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def http(self) -> typing.Optional[typing.List["VirtualServiceSpecHttp"]]:
        '''An ordered list of route rules for HTTP traffic.

        :schema: VirtualServiceSpec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttp"]], result)

    @builtins.property
    def tcp(self) -> typing.Optional[typing.List["VirtualServiceSpecTcp"]]:
        '''An ordered list of route rules for opaque TCP traffic.

        :schema: VirtualServiceSpec#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcp"]], result)

    @builtins.property
    def tls(self) -> typing.Optional[typing.List["VirtualServiceSpecTls"]]:
        '''An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTls"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "cors_policy": "corsPolicy",
        "delegate": "delegate",
        "direct_response": "directResponse",
        "fault": "fault",
        "headers": "headers",
        "match": "match",
        "mirror": "mirror",
        "mirror_percent": "mirrorPercent",
        "mirror_percentage": "mirrorPercentage",
        "mirrors": "mirrors",
        "name": "name",
        "redirect": "redirect",
        "retries": "retries",
        "rewrite": "rewrite",
        "route": "route",
        "timeout": "timeout",
    },
)
class VirtualServiceSpecHttp:
    def __init__(
        self,
        *,
        cors_policy: typing.Optional[typing.Union["VirtualServiceSpecHttpCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegate: typing.Optional[typing.Union["VirtualServiceSpecHttpDelegate", typing.Dict[builtins.str, typing.Any]]] = None,
        direct_response: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponse", typing.Dict[builtins.str, typing.Any]]] = None,
        fault: typing.Optional[typing.Union["VirtualServiceSpecHttpFault", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[typing.Union["VirtualServiceSpecHttpMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_percent: typing.Optional[jsii.Number] = None,
        mirror_percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect: typing.Optional[typing.Union["VirtualServiceSpecHttpRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["VirtualServiceSpecHttpRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cors_policy: Cross-Origin Resource Sharing policy (CORS).
        :param delegate: Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
        :param direct_response: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param fault: Fault injection policy to apply on HTTP traffic at the client side.
        :param headers: 
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param mirror: Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
        :param mirror_percent: 
        :param mirror_percentage: Percentage of the traffic to be mirrored by the ``mirror`` field.
        :param mirrors: Specifies the destinations to mirror HTTP traffic in addition to the original destination.
        :param name: The name assigned to the route for debugging purposes.
        :param redirect: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param retries: Retry policy for HTTP requests.
        :param rewrite: Rewrite HTTP URIs and Authority headers.
        :param route: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param timeout: Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceSpecHttp
        '''
        if isinstance(cors_policy, dict):
            cors_policy = VirtualServiceSpecHttpCorsPolicy(**cors_policy)
        if isinstance(delegate, dict):
            delegate = VirtualServiceSpecHttpDelegate(**delegate)
        if isinstance(direct_response, dict):
            direct_response = VirtualServiceSpecHttpDirectResponse(**direct_response)
        if isinstance(fault, dict):
            fault = VirtualServiceSpecHttpFault(**fault)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpHeaders(**headers)
        if isinstance(mirror, dict):
            mirror = VirtualServiceSpecHttpMirror(**mirror)
        if isinstance(mirror_percentage, dict):
            mirror_percentage = VirtualServiceSpecHttpMirrorPercentage(**mirror_percentage)
        if isinstance(redirect, dict):
            redirect = VirtualServiceSpecHttpRedirect(**redirect)
        if isinstance(retries, dict):
            retries = VirtualServiceSpecHttpRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = VirtualServiceSpecHttpRewrite(**rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06980deff60aeab870ccb9d85ce751be5af8bcc5c6d0af9f3918c1d1a4ba9095)
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegate", value=delegate, expected_type=type_hints["delegate"])
            check_type(argname="argument direct_response", value=direct_response, expected_type=type_hints["direct_response"])
            check_type(argname="argument fault", value=fault, expected_type=type_hints["fault"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_percent", value=mirror_percent, expected_type=type_hints["mirror_percent"])
            check_type(argname="argument mirror_percentage", value=mirror_percentage, expected_type=type_hints["mirror_percentage"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegate is not None:
            self._values["delegate"] = delegate
        if direct_response is not None:
            self._values["direct_response"] = direct_response
        if fault is not None:
            self._values["fault"] = fault
        if headers is not None:
            self._values["headers"] = headers
        if match is not None:
            self._values["match"] = match
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_percent is not None:
            self._values["mirror_percent"] = mirror_percent
        if mirror_percentage is not None:
            self._values["mirror_percentage"] = mirror_percentage
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if name is not None:
            self._values["name"] = name
        if redirect is not None:
            self._values["redirect"] = redirect
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if route is not None:
            self._values["route"] = route
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def cors_policy(self) -> typing.Optional["VirtualServiceSpecHttpCorsPolicy"]:
        '''Cross-Origin Resource Sharing policy (CORS).

        :schema: VirtualServiceSpecHttp#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicy"], result)

    @builtins.property
    def delegate(self) -> typing.Optional["VirtualServiceSpecHttpDelegate"]:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :schema: VirtualServiceSpecHttp#delegate
        '''
        result = self._values.get("delegate")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDelegate"], result)

    @builtins.property
    def direct_response(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpDirectResponse"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#directResponse
        '''
        result = self._values.get("direct_response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponse"], result)

    @builtins.property
    def fault(self) -> typing.Optional["VirtualServiceSpecHttpFault"]:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :schema: VirtualServiceSpecHttp#fault
        '''
        result = self._values.get("fault")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFault"], result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpHeaders"]:
        '''
        :schema: VirtualServiceSpecHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeaders"], result)

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecHttp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional["VirtualServiceSpecHttpMirror"]:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :schema: VirtualServiceSpecHttp#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirror"], result)

    @builtins.property
    def mirror_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttp#mirror_percent
        '''
        result = self._values.get("mirror_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpMirrorPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :schema: VirtualServiceSpecHttp#mirrorPercentage
        '''
        result = self._values.get("mirror_percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPercentage"], result)

    @builtins.property
    def mirrors(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]]:
        '''Specifies the destinations to mirror HTTP traffic in addition to the original destination.

        :schema: VirtualServiceSpecHttp#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to the route for debugging purposes.

        :schema: VirtualServiceSpecHttp#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect(self) -> typing.Optional["VirtualServiceSpecHttpRedirect"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#redirect
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirect"], result)

    @builtins.property
    def retries(self) -> typing.Optional["VirtualServiceSpecHttpRetries"]:
        '''Retry policy for HTTP requests.

        :schema: VirtualServiceSpecHttp#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["VirtualServiceSpecHttpRewrite"]:
        '''Rewrite HTTP URIs and Authority headers.

        :schema: VirtualServiceSpecHttp#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewrite"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceSpecHttp#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
        "unmatched_preflights": "unmatchedPreflights",
    },
)
class VirtualServiceSpecHttpCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
        unmatched_preflights: typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"] = None,
    ) -> None:
        '''Cross-Origin Resource Sharing policy (CORS).

        :param allow_credentials: Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
        :param allow_headers: List of HTTP headers that can be used when requesting the resource.
        :param allow_methods: List of HTTP methods allowed to access the resource.
        :param allow_origin: 
        :param allow_origins: String patterns that match allowed origins.
        :param expose_headers: A list of HTTP headers that the browsers are allowed to access.
        :param max_age: Specifies how long the results of a preflight request can be cached.
        :param unmatched_preflights: Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream. Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceSpecHttpCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__163f768df7f70ee6b674993ee26112e6a8dacf7880451915f2968c6cb8d80d0c)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument unmatched_preflights", value=unmatched_preflights, expected_type=type_hints["unmatched_preflights"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origin is not None:
            self._values["allow_origin"] = allow_origin
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age
        if unmatched_preflights is not None:
            self._values["unmatched_preflights"] = unmatched_preflights

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP headers that can be used when requesting the resource.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP methods allowed to access the resource.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]]:
        '''String patterns that match allowed origins.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of HTTP headers that the browsers are allowed to access.

        :schema: VirtualServiceSpecHttpCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''Specifies how long the results of a preflight request can be cached.

        :schema: VirtualServiceSpecHttpCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unmatched_preflights(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"]:
        '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

        Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceSpecHttpCorsPolicy#unmatchedPreflights
        '''
        result = self._values.get("unmatched_preflights")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpCorsPolicyAllowOrigins:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72b60d660fb14ac17a20dd47f37f17bd3b03d925701fcc3a38f423aa59cbb0c1)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"
)
class VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights(enum.Enum):
    '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

    Valid Options: FORWARD, IGNORE

    :schema: VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    FORWARD = "FORWARD"
    '''FORWARD.'''
    IGNORE = "IGNORE"
    '''IGNORE.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpDelegate",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class VirtualServiceSpecHttpDelegate:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :param name: Name specifies the name of the delegate VirtualService.
        :param namespace: Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceSpecHttpDelegate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8e1704308bd7a77d2fed82ca9dc7b15b1a784fe5623975208a1b53c6652f815)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name specifies the name of the delegate VirtualService.

        :schema: VirtualServiceSpecHttpDelegate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceSpecHttpDelegate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDelegate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpDirectResponse",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "body": "body"},
)
class VirtualServiceSpecHttpDirectResponse:
    def __init__(
        self,
        *,
        status: jsii.Number,
        body: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponseBody", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param status: Specifies the HTTP response status to be returned.
        :param body: Specifies the content of the response body.

        :schema: VirtualServiceSpecHttpDirectResponse
        '''
        if isinstance(body, dict):
            body = VirtualServiceSpecHttpDirectResponseBody(**body)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__725f8e927bf897ba8a509dab11a3eee8438aa9b44a030bdc3a8a3aecb7b8cd43)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument body", value=body, expected_type=type_hints["body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
        }
        if body is not None:
            self._values["body"] = body

    @builtins.property
    def status(self) -> jsii.Number:
        '''Specifies the HTTP response status to be returned.

        :schema: VirtualServiceSpecHttpDirectResponse#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def body(self) -> typing.Optional["VirtualServiceSpecHttpDirectResponseBody"]:
        '''Specifies the content of the response body.

        :schema: VirtualServiceSpecHttpDirectResponse#body
        '''
        result = self._values.get("body")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponseBody"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpDirectResponseBody",
    jsii_struct_bases=[],
    name_mapping={"bytes": "bytes", "string": "string"},
)
class VirtualServiceSpecHttpDirectResponseBody:
    def __init__(
        self,
        *,
        bytes: typing.Optional[builtins.str] = None,
        string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the content of the response body.

        :param bytes: response body as base64 encoded bytes.
        :param string: 

        :schema: VirtualServiceSpecHttpDirectResponseBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__448dda4e00adae71a51ea1bb823e2361f1027af151207c5949ccc45d8af9e877)
            check_type(argname="argument bytes", value=bytes, expected_type=type_hints["bytes"])
            check_type(argname="argument string", value=string, expected_type=type_hints["string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bytes is not None:
            self._values["bytes"] = bytes
        if string is not None:
            self._values["string"] = string

    @builtins.property
    def bytes(self) -> typing.Optional[builtins.str]:
        '''response body as base64 encoded bytes.

        :schema: VirtualServiceSpecHttpDirectResponseBody#bytes
        '''
        result = self._values.get("bytes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def string(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDirectResponseBody#string
        '''
        result = self._values.get("string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponseBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpFault",
    jsii_struct_bases=[],
    name_mapping={"abort": "abort", "delay": "delay"},
)
class VirtualServiceSpecHttpFault:
    def __init__(
        self,
        *,
        abort: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbort", typing.Dict[builtins.str, typing.Any]]] = None,
        delay: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelay", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :param abort: Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
        :param delay: Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceSpecHttpFault
        '''
        if isinstance(abort, dict):
            abort = VirtualServiceSpecHttpFaultAbort(**abort)
        if isinstance(delay, dict):
            delay = VirtualServiceSpecHttpFaultDelay(**delay)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e911149f34de70395c8dd77c266cffc4197f51c1dec2e4cd60f95962a5007d0f)
            check_type(argname="argument abort", value=abort, expected_type=type_hints["abort"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if abort is not None:
            self._values["abort"] = abort
        if delay is not None:
            self._values["delay"] = delay

    @builtins.property
    def abort(self) -> typing.Optional["VirtualServiceSpecHttpFaultAbort"]:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :schema: VirtualServiceSpecHttpFault#abort
        '''
        result = self._values.get("abort")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbort"], result)

    @builtins.property
    def delay(self) -> typing.Optional["VirtualServiceSpecHttpFaultDelay"]:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceSpecHttpFault#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelay"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpFaultAbort",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_status": "grpcStatus",
        "http2_error": "http2Error",
        "http_status": "httpStatus",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultAbort:
    def __init__(
        self,
        *,
        grpc_status: typing.Optional[builtins.str] = None,
        http2_error: typing.Optional[builtins.str] = None,
        http_status: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbortPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :param grpc_status: GRPC status code to use to abort the request.
        :param http2_error: 
        :param http_status: HTTP status code to use to abort the Http request.
        :param percentage: Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceSpecHttpFaultAbort
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultAbortPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06eecfae822088a3a1f000f8dbd4dcc776b3d8e632da4aae87ec500dd71b27e7)
            check_type(argname="argument grpc_status", value=grpc_status, expected_type=type_hints["grpc_status"])
            check_type(argname="argument http2_error", value=http2_error, expected_type=type_hints["http2_error"])
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_status is not None:
            self._values["grpc_status"] = grpc_status
        if http2_error is not None:
            self._values["http2_error"] = http2_error
        if http_status is not None:
            self._values["http_status"] = http_status
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def grpc_status(self) -> typing.Optional[builtins.str]:
        '''GRPC status code to use to abort the request.

        :schema: VirtualServiceSpecHttpFaultAbort#grpcStatus
        '''
        result = self._values.get("grpc_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http2_error(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#http2Error
        '''
        result = self._values.get("http2_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''HTTP status code to use to abort the Http request.

        :schema: VirtualServiceSpecHttpFaultAbort#httpStatus
        '''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"]:
        '''Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceSpecHttpFaultAbort#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpFaultAbortPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultAbortPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests to be aborted with the error code provided.

        :param value: 

        :schema: VirtualServiceSpecHttpFaultAbortPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff16292d91f5ac54284d87697396921cc2d8fa2f57d9d55d41f41b570aa74382)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbortPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbortPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpFaultDelay",
    jsii_struct_bases=[],
    name_mapping={
        "exponential_delay": "exponentialDelay",
        "fixed_delay": "fixedDelay",
        "percent": "percent",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultDelay:
    def __init__(
        self,
        *,
        exponential_delay: typing.Optional[builtins.str] = None,
        fixed_delay: typing.Optional[builtins.str] = None,
        percent: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelayPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :param exponential_delay: 
        :param fixed_delay: Add a fixed delay before forwarding the request.
        :param percent: Percentage of requests on which the delay will be injected (0-100).
        :param percentage: Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceSpecHttpFaultDelay
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultDelayPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72c3f10fa9f33d1a92c7125ce2a3ee966bfab565c84b6c079353e8b9ef46c33d)
            check_type(argname="argument exponential_delay", value=exponential_delay, expected_type=type_hints["exponential_delay"])
            check_type(argname="argument fixed_delay", value=fixed_delay, expected_type=type_hints["fixed_delay"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exponential_delay is not None:
            self._values["exponential_delay"] = exponential_delay
        if fixed_delay is not None:
            self._values["fixed_delay"] = fixed_delay
        if percent is not None:
            self._values["percent"] = percent
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def exponential_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#exponentialDelay
        '''
        result = self._values.get("exponential_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fixed_delay(self) -> typing.Optional[builtins.str]:
        '''Add a fixed delay before forwarding the request.

        :schema: VirtualServiceSpecHttpFaultDelay#fixedDelay
        '''
        result = self._values.get("fixed_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percentage of requests on which the delay will be injected (0-100).

        :schema: VirtualServiceSpecHttpFaultDelay#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"]:
        '''Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceSpecHttpFaultDelay#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelay(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpFaultDelayPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultDelayPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests on which the delay will be injected.

        :param value: 

        :schema: VirtualServiceSpecHttpFaultDelayPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b685a1a3b272f368865c073838b39f76c804128693a4b88839a98d1d4405fbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelayPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelayPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71569c7cf7e7c5ad5de60f9e10108988fa7a7cc7c21ac12abc5511cb222887de)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a23c6e669106d99d9e092388e23a42d45e9bf34d3d6683cc63cd221fcf84072e)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32e1cbb1bf76c7bdb326b91b7c53367ead7f2549d4331a69bf3bc0416f2b9aa9)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "gateways": "gateways",
        "headers": "headers",
        "ignore_uri_case": "ignoreUriCase",
        "method": "method",
        "name": "name",
        "port": "port",
        "query_params": "queryParams",
        "scheme": "scheme",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "stat_prefix": "statPrefix",
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class VirtualServiceSpecHttpMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        stat_prefix: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param authority: HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param gateways: Names of gateways where the rule should be applied.
        :param headers: The header keys must be lowercase and use hyphen as the separator, e.g.
        :param ignore_uri_case: Flag to specify whether the URI matching should be case-insensitive.
        :param method: HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param name: The name assigned to a match.
        :param port: Specifies the ports on the host that is being addressed.
        :param query_params: Query parameters for matching.
        :param scheme: URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param source_labels: One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param stat_prefix: The human readable prefix to use when emitting statistics for this route.
        :param uri: URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param without_headers: withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceSpecHttpMatch
        '''
        if isinstance(authority, dict):
            authority = VirtualServiceSpecHttpMatchAuthority(**authority)
        if isinstance(method, dict):
            method = VirtualServiceSpecHttpMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = VirtualServiceSpecHttpMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = VirtualServiceSpecHttpMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5309d8c382c0ff01a4233f6bc41fdea7ac61b01ee0c81876d6ced749a5e3384)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument ignore_uri_case", value=ignore_uri_case, expected_type=type_hints["ignore_uri_case"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument stat_prefix", value=stat_prefix, expected_type=type_hints["stat_prefix"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument without_headers", value=without_headers, expected_type=type_hints["without_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if ignore_uri_case is not None:
            self._values["ignore_uri_case"] = ignore_uri_case
        if method is not None:
            self._values["method"] = method
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if query_params is not None:
            self._values["query_params"] = query_params
        if scheme is not None:
            self._values["scheme"] = scheme
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if stat_prefix is not None:
            self._values["stat_prefix"] = stat_prefix
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(self) -> typing.Optional["VirtualServiceSpecHttpMatchAuthority"]:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecHttpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]]:
        '''The header keys must be lowercase and use hyphen as the separator, e.g.

        :schema: VirtualServiceSpecHttpMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the URI matching should be case-insensitive.

        :schema: VirtualServiceSpecHttpMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["VirtualServiceSpecHttpMatchMethod"]:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to a match.

        :schema: VirtualServiceSpecHttpMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the ports on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]]:
        '''Query parameters for matching.

        :schema: VirtualServiceSpecHttpMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VirtualServiceSpecHttpMatchScheme"]:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.

        :schema: VirtualServiceSpecHttpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecHttpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stat_prefix(self) -> typing.Optional[builtins.str]:
        '''The human readable prefix to use when emitting statistics for this route.

        :schema: VirtualServiceSpecHttpMatch#statPrefix
        '''
        result = self._values.get("stat_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["VirtualServiceSpecHttpMatchUri"]:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]]:
        '''withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceSpecHttpMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchAuthority:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8448b2aaa360b11d1b41738c15ad4f10bf213c4974486f8fce69d81c4ec485d)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f44db824d5690ec893757c08831ab5a29ab9e682a87174ec8aca92308f8fa845)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchMethod:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9927331c697a8fd7c2b1197baf7dd3ec2f312c9a2d67e9e552a9a77962e8e592)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchQueryParams:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8d124a2c317399e9d816541987ed5ef87c3517ab207e9d4be6491457549783d)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchScheme:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a6836e7e2fe0a0fd68a77534117f66c17f80c5c8ba72e471a6920abe7036d74)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchUri:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79fef99c54835c1e9e0bbe7d96932b49149e0e2eb8cf69131a7d54858c20fe7e)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchWithoutHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c84300e58829002ec120e0b934c07a50fa279206a0abd820b14de0ab216c8405)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirror",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirror:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirror
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8e786ea2fe24ebfb597c74fa7d3bba10b86c7cbc1d1cff4ae0982ee13900811)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpMirror#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMirror#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirror#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirrorPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :param value: 

        :schema: VirtualServiceSpecHttpMirrorPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f20a91c6c21d3f5e7c38d7e705aab5e6c07079e401a043354adc276b0ac4e657)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirrorPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpMirrorPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cabef9aa64004938587e9151dbfbb5b41824d535ee5d0f1339206bd00b4f93f4)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirrors",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "percentage": "percentage"},
)
class VirtualServiceSpecHttpMirrors:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpMirrorsDestination", typing.Dict[builtins.str, typing.Any]],
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination: Destination specifies the target of the mirror operation.
        :param percentage: Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceSpecHttpMirrors
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpMirrorsDestination(**destination)
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpMirrorsPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b8011d87f47af8a4578b0a8df9e009f8519ad5268b5b4925f527ff5bce1251d)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpMirrorsDestination":
        '''Destination specifies the target of the mirror operation.

        :schema: VirtualServiceSpecHttpMirrors#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpMirrorsDestination", result)

    @builtins.property
    def percentage(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceSpecHttpMirrors#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirrorsDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirrorsDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination specifies the target of the mirror operation.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirrorsDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorsDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9d3bdd8b6811d47386ba673c83c400d3378b8cd3d377cd2442a0b261807b7c0)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpMirrorsDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMirrorsDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirrorsDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirrorsDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorsDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpMirrorsDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ff520f58c9cbf16b23106269d9f61578aa0fd134158a4fadd1da814fa2a20b5)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpMirrorsPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorsPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :param value: 

        :schema: VirtualServiceSpecHttpMirrorsPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc00b1920212f4b5a392e097e797bb5c775d93cdf060dff8b5a64b7f3bbdc8c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "derive_port": "derivePort",
        "port": "port",
        "redirect_code": "redirectCode",
        "scheme": "scheme",
        "uri": "uri",
    },
)
class VirtualServiceSpecHttpRedirect:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        derive_port: typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"] = None,
        port: typing.Optional[jsii.Number] = None,
        redirect_code: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param authority: On a redirect, overwrite the Authority/Host portion of the URL with this value.
        :param derive_port: On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS. Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
        :param port: On a redirect, overwrite the port portion of the URL with this value.
        :param redirect_code: On a redirect, Specifies the HTTP status code to use in the redirect response.
        :param scheme: On a redirect, overwrite the scheme portion of the URL with this value.
        :param uri: On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7167a8d511b51181000505dfd8c819f1c59d10db7c0471a42e0cf6bd0e14ab39)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument derive_port", value=derive_port, expected_type=type_hints["derive_port"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument redirect_code", value=redirect_code, expected_type=type_hints["redirect_code"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if derive_port is not None:
            self._values["derive_port"] = derive_port
        if port is not None:
            self._values["port"] = port
        if redirect_code is not None:
            self._values["redirect_code"] = redirect_code
        if scheme is not None:
            self._values["scheme"] = scheme
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Authority/Host portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def derive_port(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"]:
        '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

        Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

        :schema: VirtualServiceSpecHttpRedirect#derivePort
        '''
        result = self._values.get("derive_port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, overwrite the port portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirect_code(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, Specifies the HTTP status code to use in the redirect response.

        :schema: VirtualServiceSpecHttpRedirect#redirectCode
        '''
        result = self._values.get("redirect_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the scheme portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRedirectDerivePort"
)
class VirtualServiceSpecHttpRedirectDerivePort(enum.Enum):
    '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

    Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

    :schema: VirtualServiceSpecHttpRedirectDerivePort
    '''

    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
    '''FROM_PROTOCOL_DEFAULT.'''
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
    '''FROM_REQUEST_PORT.'''


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "per_try_timeout": "perTryTimeout",
        "retry_on": "retryOn",
        "retry_remote_localities": "retryRemoteLocalities",
    },
)
class VirtualServiceSpecHttpRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_on: typing.Optional[builtins.str] = None,
        retry_remote_localities: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Retry policy for HTTP requests.

        :param attempts: Number of retries to be allowed for a given request.
        :param per_try_timeout: Timeout per attempt for a given request, including the initial call and any retries.
        :param retry_on: Specifies the conditions under which retry takes place.
        :param retry_remote_localities: Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceSpecHttpRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7d511e698b4c8e4453e54b704be03c6eb9bab0c8d168f478c2039a63aec221a)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
            check_type(argname="argument retry_remote_localities", value=retry_remote_localities, expected_type=type_hints["retry_remote_localities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_on is not None:
            self._values["retry_on"] = retry_on
        if retry_remote_localities is not None:
            self._values["retry_remote_localities"] = retry_remote_localities

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''Number of retries to be allowed for a given request.

        :schema: VirtualServiceSpecHttpRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout per attempt for a given request, including the initial call and any retries.

        :schema: VirtualServiceSpecHttpRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''Specifies the conditions under which retry takes place.

        :schema: VirtualServiceSpecHttpRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_remote_localities(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceSpecHttpRetries#retryRemoteLocalities
        '''
        result = self._values.get("retry_remote_localities")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRewrite",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "uri": "uri",
        "uri_regex_rewrite": "uriRegexRewrite",
    },
)
class VirtualServiceSpecHttpRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        uri_regex_rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewriteUriRegexRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Rewrite HTTP URIs and Authority headers.

        :param authority: rewrite the Authority/Host header with this value.
        :param uri: rewrite the path (or the prefix) portion of the URI with this value.
        :param uri_regex_rewrite: rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceSpecHttpRewrite
        '''
        if isinstance(uri_regex_rewrite, dict):
            uri_regex_rewrite = VirtualServiceSpecHttpRewriteUriRegexRewrite(**uri_regex_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2d32ecc6cc61959bb422c460e534c95250946572c634da2665a54308a673e92)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument uri_regex_rewrite", value=uri_regex_rewrite, expected_type=type_hints["uri_regex_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if uri is not None:
            self._values["uri"] = uri
        if uri_regex_rewrite is not None:
            self._values["uri_regex_rewrite"] = uri_regex_rewrite

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''rewrite the Authority/Host header with this value.

        :schema: VirtualServiceSpecHttpRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''rewrite the path (or the prefix) portion of the URI with this value.

        :schema: VirtualServiceSpecHttpRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_regex_rewrite(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"]:
        '''rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceSpecHttpRewrite#uriRegexRewrite
        '''
        result = self._values.get("uri_regex_rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRewriteUriRegexRewrite",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "rewrite": "rewrite"},
)
class VirtualServiceSpecHttpRewriteUriRegexRewrite:
    def __init__(
        self,
        *,
        match: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[builtins.str] = None,
    ) -> None:
        '''rewrite the path portion of the URI with the specified regex.

        :param match: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param rewrite: The string that should replace into matching portions of original URI.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e5903cee6f6c98bacb2e098a7a6761656c2c408523194d458f5495e1aebd6e5)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if rewrite is not None:
            self._values["rewrite"] = rewrite

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''The string that should replace into matching portions of original URI.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewriteUriRegexRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRoute",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "headers": "headers",
        "weight": "weight",
    },
)
class VirtualServiceSpecHttpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param headers: 
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecHttpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpRouteDestination(**destination)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpRouteHeaders(**headers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91ed872981d31d6d8745734610c85d0dd0bfccce33f1bee5e9a9e38f06b79fe8)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if headers is not None:
            self._values["headers"] = headers
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecHttpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpRouteDestination", result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeaders"]:
        '''
        :schema: VirtualServiceSpecHttpRoute#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeaders"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecHttpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed7cda7206fee0f4149b14fec22e7635062f42693b7acc2eae285fbb94ed9461)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__322a771dd2cf747ffc6ddd4c5dfd023312d5b06a5222932d89c1190635644c03)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRouteHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpRouteHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpRouteHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpRouteHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpRouteHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e86a8702a88d4dbd52090af3643b490bf29cc06c4742234edb4552d66ab3b595)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRouteHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f8072389fff43ed0657bc4f76fb2fd6dadbb43d4494f9c715b2508ea70a871b)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecHttpRouteHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d603bfa1b4dc4c09f4e4109651481f94c9734f757ed3dc05c151f004d50eb19b)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTcp",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTcp:
    def __init__(
        self,
        *,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45d10e61212a51f9b7248cd58eeb1a38839cf18696055eaac24f96273e287a46)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecTcp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTcp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTcpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "source_subnet": "sourceSubnet",
    },
)
class VirtualServiceSpecTcpMatch:
    def __init__(
        self,
        *,
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        source_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param source_subnet: 

        :schema: VirtualServiceSpecTcpMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e4da73cc747bf6a9ab13cc7911cfdb4124d1526ee526884387cebb0af3be3ab)
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument source_subnet", value=source_subnet, expected_type=type_hints["source_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if source_subnet is not None:
            self._values["source_subnet"] = source_subnet

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceSpecTcpMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecTcpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTcpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceSpecTcpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTcpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_subnet(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTcpMatch#sourceSubnet
        '''
        result = self._values.get("source_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTcpRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTcpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTcpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTcpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTcpRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbc5a924bf4fa473c9ff9b6e406565d87117ec2955d0681a92e20fb00d29d755)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTcpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecTcpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTcpRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTcpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTcpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTcpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTcpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecTcpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTcpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a547c827f6452b06ad048191c7217677336dc05e27eb5a8da6b1358d821f14c)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecTcpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTcpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecTcpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTcpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTcpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecTcpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94b6bdd577114a5ea23774e65448621d067d2efc279196cc4df382785c42eeb2)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTcpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTls",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTls:
    def __init__(
        self,
        *,
        match: typing.Sequence[typing.Union["VirtualServiceSpecTlsMatch", typing.Dict[builtins.str, typing.Any]]],
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTlsRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba9fd0ca695d2c16bf28b0491043e3de38e0cbfd37b51a3c8fb9afbaeae8bbd1)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.List["VirtualServiceSpecTlsMatch"]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecTls#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(typing.List["VirtualServiceSpecTlsMatch"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTls#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTlsMatch",
    jsii_struct_bases=[],
    name_mapping={
        "sni_hosts": "sniHosts",
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
    },
)
class VirtualServiceSpecTlsMatch:
    def __init__(
        self,
        *,
        sni_hosts: typing.Sequence[builtins.str],
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param sni_hosts: SNI (server name indicator) to match on.
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTlsMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3829ebc16e33e569d0aea6d3b0f2b4814e33e9f896cf74b09f021a44f50b7d08)
            check_type(argname="argument sni_hosts", value=sni_hosts, expected_type=type_hints["sni_hosts"])
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sni_hosts": sni_hosts,
        }
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace

    @builtins.property
    def sni_hosts(self) -> typing.List[builtins.str]:
        '''SNI (server name indicator) to match on.

        :schema: VirtualServiceSpecTlsMatch#sniHosts
        '''
        result = self._values.get("sni_hosts")
        assert result is not None, "Required property 'sni_hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceSpecTlsMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecTlsMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTlsMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceSpecTlsMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTlsMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTlsRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTlsRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTlsRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTlsRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTlsRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__444308c3f9d9684187f44145f01169349c38a48767b890fbdbcbe234c0a169ce)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTlsRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecTlsRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTlsRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTlsRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTlsRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTlsRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTlsRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecTlsRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTlsRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b06281c99d9a296036dcd4d91a79cb726068e7dc8e37d21ec7331110004a9555)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecTlsRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTlsRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecTlsRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_networking_ioistionetworking.VirtualServiceSpecTlsRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTlsRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecTlsRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d11c30f7e033f4ced4d3e7bf2b281a49268678f8a3fa514136110e9efa999a87)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTlsRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DestinationRule",
    "DestinationRuleProps",
    "DestinationRuleSpec",
    "DestinationRuleSpecSubsets",
    "DestinationRuleSpecSubsetsTrafficPolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
    "DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode",
    "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
    "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion",
    "DestinationRuleSpecSubsetsTrafficPolicyTls",
    "DestinationRuleSpecSubsetsTrafficPolicyTlsMode",
    "DestinationRuleSpecSubsetsTrafficPolicyTunnel",
    "DestinationRuleSpecTrafficPolicy",
    "DestinationRuleSpecTrafficPolicyConnectionPool",
    "DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
    "DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
    "DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecTrafficPolicyLoadBalancer",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecTrafficPolicyLoadBalancerSimple",
    "DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
    "DestinationRuleSpecTrafficPolicyOutlierDetection",
    "DestinationRuleSpecTrafficPolicyPortLevelSettings",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode",
    "DestinationRuleSpecTrafficPolicyProxyProtocol",
    "DestinationRuleSpecTrafficPolicyProxyProtocolVersion",
    "DestinationRuleSpecTrafficPolicyTls",
    "DestinationRuleSpecTrafficPolicyTlsMode",
    "DestinationRuleSpecTrafficPolicyTunnel",
    "DestinationRuleSpecWorkloadSelector",
    "Gateway",
    "GatewayProps",
    "GatewaySpec",
    "GatewaySpecServers",
    "GatewaySpecServersPort",
    "GatewaySpecServersTls",
    "GatewaySpecServersTlsMaxProtocolVersion",
    "GatewaySpecServersTlsMinProtocolVersion",
    "GatewaySpecServersTlsMode",
    "ServiceEntry",
    "ServiceEntryProps",
    "ServiceEntrySpec",
    "ServiceEntrySpecEndpoints",
    "ServiceEntrySpecLocation",
    "ServiceEntrySpecPorts",
    "ServiceEntrySpecResolution",
    "ServiceEntrySpecWorkloadSelector",
    "Sidecar",
    "SidecarProps",
    "SidecarSpec",
    "SidecarSpecEgress",
    "SidecarSpecEgressCaptureMode",
    "SidecarSpecEgressPort",
    "SidecarSpecInboundConnectionPool",
    "SidecarSpecInboundConnectionPoolHttp",
    "SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy",
    "SidecarSpecInboundConnectionPoolTcp",
    "SidecarSpecInboundConnectionPoolTcpTcpKeepalive",
    "SidecarSpecIngress",
    "SidecarSpecIngressCaptureMode",
    "SidecarSpecIngressConnectionPool",
    "SidecarSpecIngressConnectionPoolHttp",
    "SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy",
    "SidecarSpecIngressConnectionPoolTcp",
    "SidecarSpecIngressConnectionPoolTcpTcpKeepalive",
    "SidecarSpecIngressPort",
    "SidecarSpecIngressTls",
    "SidecarSpecIngressTlsMaxProtocolVersion",
    "SidecarSpecIngressTlsMinProtocolVersion",
    "SidecarSpecIngressTlsMode",
    "SidecarSpecOutboundTrafficPolicy",
    "SidecarSpecOutboundTrafficPolicyEgressProxy",
    "SidecarSpecOutboundTrafficPolicyEgressProxyPort",
    "SidecarSpecOutboundTrafficPolicyMode",
    "SidecarSpecWorkloadSelector",
    "VirtualService",
    "VirtualServiceProps",
    "VirtualServiceSpec",
    "VirtualServiceSpecHttp",
    "VirtualServiceSpecHttpCorsPolicy",
    "VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    "VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights",
    "VirtualServiceSpecHttpDelegate",
    "VirtualServiceSpecHttpDirectResponse",
    "VirtualServiceSpecHttpDirectResponseBody",
    "VirtualServiceSpecHttpFault",
    "VirtualServiceSpecHttpFaultAbort",
    "VirtualServiceSpecHttpFaultAbortPercentage",
    "VirtualServiceSpecHttpFaultDelay",
    "VirtualServiceSpecHttpFaultDelayPercentage",
    "VirtualServiceSpecHttpHeaders",
    "VirtualServiceSpecHttpHeadersRequest",
    "VirtualServiceSpecHttpHeadersResponse",
    "VirtualServiceSpecHttpMatch",
    "VirtualServiceSpecHttpMatchAuthority",
    "VirtualServiceSpecHttpMatchHeaders",
    "VirtualServiceSpecHttpMatchMethod",
    "VirtualServiceSpecHttpMatchQueryParams",
    "VirtualServiceSpecHttpMatchScheme",
    "VirtualServiceSpecHttpMatchUri",
    "VirtualServiceSpecHttpMatchWithoutHeaders",
    "VirtualServiceSpecHttpMirror",
    "VirtualServiceSpecHttpMirrorPercentage",
    "VirtualServiceSpecHttpMirrorPort",
    "VirtualServiceSpecHttpMirrors",
    "VirtualServiceSpecHttpMirrorsDestination",
    "VirtualServiceSpecHttpMirrorsDestinationPort",
    "VirtualServiceSpecHttpMirrorsPercentage",
    "VirtualServiceSpecHttpRedirect",
    "VirtualServiceSpecHttpRedirectDerivePort",
    "VirtualServiceSpecHttpRetries",
    "VirtualServiceSpecHttpRewrite",
    "VirtualServiceSpecHttpRewriteUriRegexRewrite",
    "VirtualServiceSpecHttpRoute",
    "VirtualServiceSpecHttpRouteDestination",
    "VirtualServiceSpecHttpRouteDestinationPort",
    "VirtualServiceSpecHttpRouteHeaders",
    "VirtualServiceSpecHttpRouteHeadersRequest",
    "VirtualServiceSpecHttpRouteHeadersResponse",
    "VirtualServiceSpecTcp",
    "VirtualServiceSpecTcpMatch",
    "VirtualServiceSpecTcpRoute",
    "VirtualServiceSpecTcpRouteDestination",
    "VirtualServiceSpecTcpRouteDestinationPort",
    "VirtualServiceSpecTls",
    "VirtualServiceSpecTlsMatch",
    "VirtualServiceSpecTlsRoute",
    "VirtualServiceSpecTlsRouteDestination",
    "VirtualServiceSpecTlsRouteDestinationPort",
]

publication.publish()

def _typecheckingstub__f2da624fd8bcbd791a8fb7110fb5a96ec12b45940dd3629e856513632d756f96(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DestinationRuleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6a2a814fa7121a1eb05b56fbb14efdc635b27aa5963879dd20d7512b1ae5181(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DestinationRuleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__183226827ad1e072a29fe431c87991ca869d4f096f9fc6c1cdd0ff95d8b3fe89(
    *,
    host: builtins.str,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    subsets: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsets, typing.Dict[builtins.str, typing.Any]]]] = None,
    traffic_policy: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_selector: typing.Optional[typing.Union[DestinationRuleSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42cc283122122e6e5affb4ac6e70b52ca4109ade2634920123be1509ce400a52(
    *,
    name: builtins.str,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    traffic_policy: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd4e5b683dc6dfc36354a6aa870ff5bdb770816961142dfcc92cac3d6dda3a70(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port_level_settings: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
    proxy_protocol: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyTunnel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec64e439f8322582e0ada04ecd26b318d68c1950427e32c9f365c7daca430015(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab561c6f56b43743856a052fd0794c67b363d23b40edfc15a56a3bf62cbfd8ef(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4acf3b7be4c166808a1dfd82c8295e1435933c4dba3d966fb7de269a971c0823(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__017bed841b10577411cfa884b0bb41cc96ee50aa5d2c0b950315e66134e2b125(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b1b71cd371238463dddd8daa6a4898a993b102c00e9a103f003cb1536acd096(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9604cfad5f037c778e080ddb3a38fec068c9724cd31f696c74eb795b0474366(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec388197cc2e7db92e8fadfd7fc9636a96805cbe69c1f697467eedbc4e641b6d(
    *,
    name: builtins.str,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5835eb8574bc073ac5b4cd1b6d14f3b770314261a3e34fb6be3a9d369abffe3a(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16c8713677f75636a1e57ba1a88bfb0718784a2e7defe4ed3087e0480112752f(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7b0147061bd456a06adba497f38976f114bd48808ed4a997208024f0bb351d2(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7780cebbc309bc9ce98c0833090175f290cc153bb0d5adf37efdeae34888d193(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a9443f497c5ee002d6b6552fc67f9e7d4417fb77d580d71869c7b74a21de5cd(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5258671a3e8c18985d9c447e4381a3b2b04033ba88d7a6f52454700d06797f97(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edb52fd80a7d5033c00edc165bb22911ab4084839034e8d2ec371dda29aca5c4(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78d043b6940ad416d1926320874a9f2bd44bb5458a4a8a8e2ae18112a1d02495(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ae312343ab524a2a0ea1c0741afd58b8a2117e3206cb591d12b3fe8c59149ed(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__114852038fd6e0fbf551949e2ba330800e9de8b567dce2e32f8a7e4340d48442(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8177ea49c8e441f13c90b44e9a18565be695b8ec38995438ee099900ade85c95(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed8db48baa347a63408fd672c381452318df81bd4ddf4edd8f2d8efa5fbc632a(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__180e9edae80a4dfe7d51e938d66761e66f0f0e689f11f9ec238121416153a17e(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__785e7b6b4a75954a3bede79ccb17fc1cbe8612c59c232a632f79cdafcad76016(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d7d03e1ec09d1620b03e11bec24db054b7d534b2106d4e5c2dc8ba7dc247d6b(
    *,
    name: builtins.str,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b9b13d07baefde0a8d11a359d3fd3671d4d40314270cac01e970f9a891920f9(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06c533da48664f7a713950fee9a9cfbbc8b257ccf44d408e5691fa0e4ae64c70(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ef08e4202f5b5693c0d74f0fde7e3f7e862526c21788b2c98dea58372eda4a2(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__904de739c4547b21e59e874cf71fe28e40bba479b1ef84394968d3e01de49066(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e47f727a9c8becfc72a2b116435aa53f9072831093778a1d7dca52cf56ef75d3(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cdeae8b92f26dbc916e6812b623336fc65b91b91d49616c0347cdd8091c2265(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__480830d1a10b3bb7a8f27892310eac24b4e16163550331794f251dc9db34e854(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d4feab2b1d53ad08c5584848084b759ea670db8c16b33c72f759ac58f181768(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ff10143e0125a58e379bcacf6887a5e7ab22bcb804d8e634ac7adf0107a344a(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68d2cdb771ce1ecde0135d6a738ac3d789b59587e500d83d6a6fd2047047330c(
    *,
    version: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a06ddf9f745d4814ae07e8f52b342e32bbad7f98bbdcbad22dac99e7cfa351f(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fade5fd069aa115720adc2bc92423981a7116b529079c79a3a90c5a9ab3d298(
    *,
    target_host: builtins.str,
    target_port: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc89d5e7bd567b84213b4f39b8e63e1e9175d7d9815c292bebd9733922518bd5(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port_level_settings: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
    proxy_protocol: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyTunnel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b50fb7986348f7d6165617e70d31edd80b9dcff2067038d3da69d97434c899e9(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4559547ce2476dfd0be53711bd18a7aeae6b88e1b3c0b98826735d6cd7220c51(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5e57d7a883a4dc9d6fcbd19fffd6ab5c7f7d023962a8e0e693ea502fcda6f57(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f4c9e962e0407f0f2c09267c0f026a71a6145c0520ddfa326fd5b02dcf68bd5(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d88b9587b68ddeabe6731d7d10e8284bc4a4106f4c5ed7d76d40aca77e71e4ad(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecTrafficPolicyLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa982233656afd889e184b64e56c9d46764a30d97644adc4df526e535c96001f(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe1047a8647a9262fa3cdee5038b6ef88af875e35050040d7ec108ed1d9309d7(
    *,
    name: builtins.str,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bdf6331de698d868995f9327f8d81fbd9b06c35a1dd14afa55020577b166a84(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1610f60cacb25bde32c7a076d3a3c7a192ee997f9a55cedf3c6e7f325b17aaa1(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e234275463875a0be5be46724cdf32c5c788d7477cd9fb3379a38569bb1b3648(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01f4b05ce4b2a9d1eb37e9396ae350352b3e75b41fc4012599409d40edfcf897(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cbdb0ba57fd8b31826cf60136219edfb85771b44083f2a0ef85282ce16324fa(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f021150da310cd20e6ed03c1375894d85264c6902c11cd283f04ee5d54398b32(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0bb2aaff2878449bfacacc7d38e84c5bf0b6cceb4d4d8118ce0578d9a8ad4ac(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc07af95deec05c0559d6921a9a94d487da0c4a92fbdd869953fbe804ba6d565(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsPort, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d15b81a37b4a380bc4eae7b50fe9112a07418f92688193938e53003980a60d1e(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2d9dc828ac2d9b8c092b65e7034d9eb98f342affc34322585b64754f9729ea3(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca65c808e10e980851f279b96ffea5fd24acf3f2a0b2c23e14bf3975073c2190(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__805bde8a4bfa0d22f85bcf8350287fe802591b0025b0d79d32a50aeffaff11f8(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f68e6d014104bcd4e8e93dc4000b559472064dcc32356f863b5c2f7946701f1(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfc5f383ed7fd758a3a7a81937b391b7b171385a79bab891ba51579a051a27ed(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25783f2e66cd7568b3e414ab8c74656037fdd87e0f883942fec73fdbd5ebfa49(
    *,
    name: builtins.str,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__617fbda3810843e51aab55fcd73c053f5e0a2dba63c2c306e981e506884248a0(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01882d4edcd69c7fda4be40e21e3415284df17e97f755c83bf4c22ccf98c892e(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4cb77745214cbb2e02c9bf0239a064dd61188b3a2b02ea3f3a978c6eac3dfac(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b90c64ea7f6c0506d8e5bfac3bf024adb03b15cb8cb4eb6cca609becebe7681(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__262ca901b97e5f1219d89981c908c4a5c1c601f530b56bbc15cab677ecaea448(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78290ed1c4bdd09cdc81a46951086e6347f5a11bdf55e2369601265c141fbb13(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0edb461d41a892cbf4abb22d79c77438b407c6c38a4e165d900a7c9ba3c168cb(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b56ae41e455610f410e053805a17e5e20a232b3d1678537db04168942f182d4a(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7eca46e75dfc476a7ef46708bacecace76839e8611620e12bae08cc847d85d3a(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4658e24239dd83eb0dc2480d5075d17b55009107f35654d0c6c70b7e40705ee9(
    *,
    version: typing.Optional[DestinationRuleSpecTrafficPolicyProxyProtocolVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9412f769e453034e4702a6604feddb11ed7cf7e790904e09c70e2adfb1e4e89a(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27933b6bae36144ee9a4f99db687783bccc38cf74ce2160a600f089975e08e05(
    *,
    target_host: builtins.str,
    target_port: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9bc16018ecd8c337865fc7c20a91bab0f9289ef30b7a55e31186978fe7ae45c(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6727e309dfe28c8192f4d3ce3375f14b3fa25326123306b2bb9d57bf22e6992(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ba51928891140f438b04bac684401f7c40c8f45d177fd6813ecdb6d2aaade39(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3506eff5866dce4f80387d697d8abc20f9274ec7dd5c0f30de33ab771967f08(
    *,
    selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    servers: typing.Optional[typing.Sequence[typing.Union[GatewaySpecServers, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__665df540f6e796afa7360a491f2660e7e5e542d001391d87bfe720ecd98bab05(
    *,
    hosts: typing.Sequence[builtins.str],
    port: typing.Union[GatewaySpecServersPort, typing.Dict[builtins.str, typing.Any]],
    bind: typing.Optional[builtins.str] = None,
    default_endpoint: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[GatewaySpecServersTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cffa907b99dd8cbd00a523999b1af117044138b008330584ce893fb90291caa(
    *,
    name: builtins.str,
    number: jsii.Number,
    protocol: builtins.str,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__615da7b44d00b48b066d5c77717c07ebc8db11ec17a854e9eb0f92f8f457747a(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    credential_name: typing.Optional[builtins.str] = None,
    https_redirect: typing.Optional[builtins.bool] = None,
    max_protocol_version: typing.Optional[GatewaySpecServersTlsMaxProtocolVersion] = None,
    min_protocol_version: typing.Optional[GatewaySpecServersTlsMinProtocolVersion] = None,
    mode: typing.Optional[GatewaySpecServersTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a38ecdeebf09a8533ac4514ee483a003970d99a297497748703bcbc5c056414d(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ServiceEntrySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de39b7e944277a0f9ddc54eadfc4cbe978a9fe40cb0bd837803670bc2fcd1415(
    *,
    spec: typing.Union[ServiceEntrySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caa5d9ff6f80d920d5b9606f3b569337f50b6ddcb4e0e350a3f9b3328ce13924(
    *,
    hosts: typing.Sequence[builtins.str],
    addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
    endpoints: typing.Optional[typing.Sequence[typing.Union[ServiceEntrySpecEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    location: typing.Optional[ServiceEntrySpecLocation] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[ServiceEntrySpecPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    resolution: typing.Optional[ServiceEntrySpecResolution] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    workload_selector: typing.Optional[typing.Union[ServiceEntrySpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f7570bd9083022cc845005678977dd06058cb2cd8716d3972efdd3b96bc692f(
    *,
    address: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    locality: typing.Optional[builtins.str] = None,
    network: typing.Optional[builtins.str] = None,
    ports: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    service_account: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fd7974514c6be4117b811b7265686ec425fd97126b7469fab6a8b14526f994b(
    *,
    name: builtins.str,
    number: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e77de9ad12ed0b7f2ba4dfebac8b1866a1c9455115d0d8f2e15a11c604870b83(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e99487035392122fbc7cb614b240d26074f5baa06b73de62ef4530005057d495(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SidecarSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3778bad286506ff4e3532fa16211a99dac7f568c8d78abced9e2196212e64d8b(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SidecarSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__401fbdd38d502aeffe79f8f79c94e15f8194774682d031b1069dfc717697aaad(
    *,
    egress: typing.Optional[typing.Sequence[typing.Union[SidecarSpecEgress, typing.Dict[builtins.str, typing.Any]]]] = None,
    inbound_connection_pool: typing.Optional[typing.Union[SidecarSpecInboundConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[SidecarSpecIngress, typing.Dict[builtins.str, typing.Any]]]] = None,
    outbound_traffic_policy: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_selector: typing.Optional[typing.Union[SidecarSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f4aa528d66e499dd950221b2ac6a40a2e967bab6b1318a9e2dbece3ba6d8f18(
    *,
    hosts: typing.Sequence[builtins.str],
    bind: typing.Optional[builtins.str] = None,
    capture_mode: typing.Optional[SidecarSpecEgressCaptureMode] = None,
    port: typing.Optional[typing.Union[SidecarSpecEgressPort, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f638b7ebf6aff95e2771858456a131cfde3d8182f327fa5a5385b0d77e4fcd0(
    *,
    name: typing.Optional[builtins.str] = None,
    number: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__745d0975aa3fd5061917b90a03060747f5068a52d699933e8a7ca415c4cf4d1a(
    *,
    http: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6665e9f675f1a49fe04c94a94cfd735298dd6879e59ec8ee88934fea38711bd6(
    *,
    h2_upgrade_policy: typing.Optional[SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e56fcfaf247f8f7c8474d9e95d025c81a1079a215c22c975c72c8b6c1b64a18b(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5e7d7b8e207934066a753575b7660062fa62159b9308f6cf9462dae799230d7(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__349085ce66ffa2cd3086dae397e1631f29663a5087efb7ebe026f874ade2df1d(
    *,
    port: typing.Union[SidecarSpecIngressPort, typing.Dict[builtins.str, typing.Any]],
    bind: typing.Optional[builtins.str] = None,
    capture_mode: typing.Optional[SidecarSpecIngressCaptureMode] = None,
    connection_pool: typing.Optional[typing.Union[SidecarSpecIngressConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    default_endpoint: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[SidecarSpecIngressTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d397975dcc7fb3473088314d3c5c4ead2a84fb493f07c7e0c887d1fbeaf5b64(
    *,
    http: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f410c892d544d881f24da157e2c7d86c003c9d7f75e2cfb16f79103f1682d0eb(
    *,
    h2_upgrade_policy: typing.Optional[SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efd9a32d1510e7ad1a32e328e8e4aa12f6715b48b00d5d11f898be1553c66ed8(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4c087e5204f1992e74a3c6a27e24aa1a2a041bf514056f6ff08fccaaaa5aba1(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13cc935b848057522760f026955663e64148446b8b126b18214121636f01568f(
    *,
    name: typing.Optional[builtins.str] = None,
    number: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99561a844f5846c3bb0d511052fe197f44b2a0863c8c5e723aca400b4f09b0e4(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    credential_name: typing.Optional[builtins.str] = None,
    https_redirect: typing.Optional[builtins.bool] = None,
    max_protocol_version: typing.Optional[SidecarSpecIngressTlsMaxProtocolVersion] = None,
    min_protocol_version: typing.Optional[SidecarSpecIngressTlsMinProtocolVersion] = None,
    mode: typing.Optional[SidecarSpecIngressTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__416e44c0aeb9c39929a6772db844489dfde211b35f535e43c5381de715691f12(
    *,
    egress_proxy: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicyEgressProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[SidecarSpecOutboundTrafficPolicyMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e627648afcc3bc8a7d100fc578c235d29546f31fabeb7ea716297b8b0279de39(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicyEgressProxyPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dafb490215fd28dfb72f1755a8bb38a567a4367840a2e8831b3e30047b43da5c(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed126dd6de26f2e621ed013dd14635ba766b76da2b10d2355a3cee556939806a(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b21d0a7fd16c353ad32d68491a9631ca59f16c69724616af7d83f01491a21498(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fd3fccdd7a663f299d134fa6a97a4f129f62aa26e7128587a5e13a37065bd2a(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bcc8ed09bed48906b4d9b691a65707b69412adacfc3979a0a1610e92c5d3242(
    *,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTls, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06980deff60aeab870ccb9d85ce751be5af8bcc5c6d0af9f3918c1d1a4ba9095(
    *,
    cors_policy: typing.Optional[typing.Union[VirtualServiceSpecHttpCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegate: typing.Optional[typing.Union[VirtualServiceSpecHttpDelegate, typing.Dict[builtins.str, typing.Any]]] = None,
    direct_response: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponse, typing.Dict[builtins.str, typing.Any]]] = None,
    fault: typing.Optional[typing.Union[VirtualServiceSpecHttpFault, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[typing.Union[VirtualServiceSpecHttpMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_percent: typing.Optional[jsii.Number] = None,
    mirror_percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect: typing.Optional[typing.Union[VirtualServiceSpecHttpRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[VirtualServiceSpecHttpRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__163f768df7f70ee6b674993ee26112e6a8dacf7880451915f2968c6cb8d80d0c(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
    unmatched_preflights: typing.Optional[VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72b60d660fb14ac17a20dd47f37f17bd3b03d925701fcc3a38f423aa59cbb0c1(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8e1704308bd7a77d2fed82ca9dc7b15b1a784fe5623975208a1b53c6652f815(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__725f8e927bf897ba8a509dab11a3eee8438aa9b44a030bdc3a8a3aecb7b8cd43(
    *,
    status: jsii.Number,
    body: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponseBody, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__448dda4e00adae71a51ea1bb823e2361f1027af151207c5949ccc45d8af9e877(
    *,
    bytes: typing.Optional[builtins.str] = None,
    string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e911149f34de70395c8dd77c266cffc4197f51c1dec2e4cd60f95962a5007d0f(
    *,
    abort: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbort, typing.Dict[builtins.str, typing.Any]]] = None,
    delay: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelay, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06eecfae822088a3a1f000f8dbd4dcc776b3d8e632da4aae87ec500dd71b27e7(
    *,
    grpc_status: typing.Optional[builtins.str] = None,
    http2_error: typing.Optional[builtins.str] = None,
    http_status: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbortPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff16292d91f5ac54284d87697396921cc2d8fa2f57d9d55d41f41b570aa74382(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72c3f10fa9f33d1a92c7125ce2a3ee966bfab565c84b6c079353e8b9ef46c33d(
    *,
    exponential_delay: typing.Optional[builtins.str] = None,
    fixed_delay: typing.Optional[builtins.str] = None,
    percent: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelayPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b685a1a3b272f368865c073838b39f76c804128693a4b88839a98d1d4405fbc(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71569c7cf7e7c5ad5de60f9e10108988fa7a7cc7c21ac12abc5511cb222887de(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a23c6e669106d99d9e092388e23a42d45e9bf34d3d6683cc63cd221fcf84072e(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32e1cbb1bf76c7bdb326b91b7c53367ead7f2549d4331a69bf3bc0416f2b9aa9(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5309d8c382c0ff01a4233f6bc41fdea7ac61b01ee0c81876d6ced749a5e3384(
    *,
    authority: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    stat_prefix: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8448b2aaa360b11d1b41738c15ad4f10bf213c4974486f8fce69d81c4ec485d(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f44db824d5690ec893757c08831ab5a29ab9e682a87174ec8aca92308f8fa845(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9927331c697a8fd7c2b1197baf7dd3ec2f312c9a2d67e9e552a9a77962e8e592(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8d124a2c317399e9d816541987ed5ef87c3517ab207e9d4be6491457549783d(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a6836e7e2fe0a0fd68a77534117f66c17f80c5c8ba72e471a6920abe7036d74(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79fef99c54835c1e9e0bbe7d96932b49149e0e2eb8cf69131a7d54858c20fe7e(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c84300e58829002ec120e0b934c07a50fa279206a0abd820b14de0ab216c8405(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8e786ea2fe24ebfb597c74fa7d3bba10b86c7cbc1d1cff4ae0982ee13900811(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f20a91c6c21d3f5e7c38d7e705aab5e6c07079e401a043354adc276b0ac4e657(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cabef9aa64004938587e9151dbfbb5b41824d535ee5d0f1339206bd00b4f93f4(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b8011d87f47af8a4578b0a8df9e009f8519ad5268b5b4925f527ff5bce1251d(
    *,
    destination: typing.Union[VirtualServiceSpecHttpMirrorsDestination, typing.Dict[builtins.str, typing.Any]],
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9d3bdd8b6811d47386ba673c83c400d3378b8cd3d377cd2442a0b261807b7c0(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ff520f58c9cbf16b23106269d9f61578aa0fd134158a4fadd1da814fa2a20b5(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc00b1920212f4b5a392e097e797bb5c775d93cdf060dff8b5a64b7f3bbdc8c2(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7167a8d511b51181000505dfd8c819f1c59d10db7c0471a42e0cf6bd0e14ab39(
    *,
    authority: typing.Optional[builtins.str] = None,
    derive_port: typing.Optional[VirtualServiceSpecHttpRedirectDerivePort] = None,
    port: typing.Optional[jsii.Number] = None,
    redirect_code: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7d511e698b4c8e4453e54b704be03c6eb9bab0c8d168f478c2039a63aec221a(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_on: typing.Optional[builtins.str] = None,
    retry_remote_localities: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2d32ecc6cc61959bb422c460e534c95250946572c634da2665a54308a673e92(
    *,
    authority: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    uri_regex_rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewriteUriRegexRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e5903cee6f6c98bacb2e098a7a6761656c2c408523194d458f5495e1aebd6e5(
    *,
    match: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91ed872981d31d6d8745734610c85d0dd0bfccce33f1bee5e9a9e38f06b79fe8(
    *,
    destination: typing.Union[VirtualServiceSpecHttpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed7cda7206fee0f4149b14fec22e7635062f42693b7acc2eae285fbb94ed9461(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__322a771dd2cf747ffc6ddd4c5dfd023312d5b06a5222932d89c1190635644c03(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e86a8702a88d4dbd52090af3643b490bf29cc06c4742234edb4552d66ab3b595(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f8072389fff43ed0657bc4f76fb2fd6dadbb43d4494f9c715b2508ea70a871b(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d603bfa1b4dc4c09f4e4109651481f94c9734f757ed3dc05c151f004d50eb19b(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45d10e61212a51f9b7248cd58eeb1a38839cf18696055eaac24f96273e287a46(
    *,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e4da73cc747bf6a9ab13cc7911cfdb4124d1526ee526884387cebb0af3be3ab(
    *,
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    source_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbc5a924bf4fa473c9ff9b6e406565d87117ec2955d0681a92e20fb00d29d755(
    *,
    destination: typing.Union[VirtualServiceSpecTcpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a547c827f6452b06ad048191c7217677336dc05e27eb5a8da6b1358d821f14c(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTcpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94b6bdd577114a5ea23774e65448621d067d2efc279196cc4df382785c42eeb2(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba9fd0ca695d2c16bf28b0491043e3de38e0cbfd37b51a3c8fb9afbaeae8bbd1(
    *,
    match: typing.Sequence[typing.Union[VirtualServiceSpecTlsMatch, typing.Dict[builtins.str, typing.Any]]],
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTlsRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3829ebc16e33e569d0aea6d3b0f2b4814e33e9f896cf74b09f021a44f50b7d08(
    *,
    sni_hosts: typing.Sequence[builtins.str],
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__444308c3f9d9684187f44145f01169349c38a48767b890fbdbcbe234c0a169ce(
    *,
    destination: typing.Union[VirtualServiceSpecTlsRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b06281c99d9a296036dcd4d91a79cb726068e7dc8e37d21ec7331110004a9555(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTlsRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d11c30f7e033f4ced4d3e7bf2b281a49268678f8a3fa514136110e9efa999a87(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
