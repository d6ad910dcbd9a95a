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


class Backup(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="velero_iovelero.Backup",
):
    '''Backup is a Velero resource that represents the capture of Kubernetes cluster state at a point in time (API objects and associated volume state).

    :schema: Backup
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Backup" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: BackupSpec defines the specification for a Velero backup.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee72b6b39ff9676ff82f484ca4217fa0308d823bd446a1fae688344e5dcd85fb)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackupProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Backup".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: BackupSpec defines the specification for a Velero backup.
        '''
        props = BackupProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Backup".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="velero_iovelero.BackupProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class BackupProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Backup is a Velero resource that represents the capture of Kubernetes cluster state at a point in time (API objects and associated volume state).

        :param metadata: 
        :param spec: BackupSpec defines the specification for a Velero backup.

        :schema: Backup
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = BackupSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0599a3b7d059b97ea45e536a383308860de82683393d4157c70892e16a17a48d)
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
        :schema: Backup#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["BackupSpec"]:
        '''BackupSpec defines the specification for a Velero backup.

        :schema: Backup#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["BackupSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpec",
    jsii_struct_bases=[],
    name_mapping={
        "csi_snapshot_timeout": "csiSnapshotTimeout",
        "datamover": "datamover",
        "default_volumes_to_fs_backup": "defaultVolumesToFsBackup",
        "default_volumes_to_restic": "defaultVolumesToRestic",
        "excluded_cluster_scoped_resources": "excludedClusterScopedResources",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_namespace_scoped_resources": "excludedNamespaceScopedResources",
        "excluded_resources": "excludedResources",
        "hooks": "hooks",
        "include_cluster_resources": "includeClusterResources",
        "included_cluster_scoped_resources": "includedClusterScopedResources",
        "included_namespaces": "includedNamespaces",
        "included_namespace_scoped_resources": "includedNamespaceScopedResources",
        "included_resources": "includedResources",
        "item_operation_timeout": "itemOperationTimeout",
        "label_selector": "labelSelector",
        "metadata": "metadata",
        "ordered_resources": "orderedResources",
        "or_label_selectors": "orLabelSelectors",
        "resource_policy": "resourcePolicy",
        "snapshot_move_data": "snapshotMoveData",
        "snapshot_volumes": "snapshotVolumes",
        "storage_location": "storageLocation",
        "ttl": "ttl",
        "uploader_config": "uploaderConfig",
        "volume_group_snapshot_label_key": "volumeGroupSnapshotLabelKey",
        "volume_snapshot_locations": "volumeSnapshotLocations",
    },
)
class BackupSpec:
    def __init__(
        self,
        *,
        csi_snapshot_timeout: typing.Optional[builtins.str] = None,
        datamover: typing.Optional[builtins.str] = None,
        default_volumes_to_fs_backup: typing.Optional[builtins.bool] = None,
        default_volumes_to_restic: typing.Optional[builtins.bool] = None,
        excluded_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        hooks: typing.Optional[typing.Union["BackupSpecHooks", typing.Dict[builtins.str, typing.Any]]] = None,
        include_cluster_resources: typing.Optional[builtins.bool] = None,
        included_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        item_operation_timeout: typing.Optional[builtins.str] = None,
        label_selector: typing.Optional[typing.Union["BackupSpecLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["BackupSpecMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        ordered_resources: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        or_label_selectors: typing.Optional[typing.Sequence[typing.Union["BackupSpecOrLabelSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_policy: typing.Optional[typing.Union["BackupSpecResourcePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        snapshot_move_data: typing.Optional[builtins.bool] = None,
        snapshot_volumes: typing.Optional[builtins.bool] = None,
        storage_location: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
        uploader_config: typing.Optional[typing.Union["BackupSpecUploaderConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_group_snapshot_label_key: typing.Optional[builtins.str] = None,
        volume_snapshot_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''BackupSpec defines the specification for a Velero backup.

        :param csi_snapshot_timeout: CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to ReadyToUse during creation, before returning error as timeout. The default value is 10 minute.
        :param datamover: DataMover specifies the data mover to be used by the backup. If DataMover is "" or "velero", the built-in data mover will be used.
        :param default_volumes_to_fs_backup: DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used for all volumes by default.
        :param default_volumes_to_restic: DefaultVolumesToRestic specifies whether restic should be used to take a backup of all pod volumes by default. Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.
        :param excluded_cluster_scoped_resources: ExcludedClusterScopedResources is a slice of cluster-scoped resource type names to exclude from the backup. If set to "*", all cluster-scoped resource types are excluded. The default value is empty.
        :param excluded_namespaces: ExcludedNamespaces contains a list of namespaces that are not included in the backup.
        :param excluded_namespace_scoped_resources: ExcludedNamespaceScopedResources is a slice of namespace-scoped resource type names to exclude from the backup. If set to "*", all namespace-scoped resource types are excluded. The default value is empty.
        :param excluded_resources: ExcludedResources is a slice of resource names that are not included in the backup.
        :param hooks: Hooks represent custom behaviors that should be executed at different phases of the backup.
        :param include_cluster_resources: IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the backup.
        :param included_cluster_scoped_resources: IncludedClusterScopedResources is a slice of cluster-scoped resource type names to include in the backup. If set to "*", all cluster-scoped resource types are included. The default value is empty, which means only related cluster-scoped resources are included.
        :param included_namespaces: IncludedNamespaces is a slice of namespace names to include objects from. If empty, all namespaces are included.
        :param included_namespace_scoped_resources: IncludedNamespaceScopedResources is a slice of namespace-scoped resource type names to include in the backup. The default value is "*".
        :param included_resources: IncludedResources is a slice of resource names to include in the backup. If empty, all resources are included.
        :param item_operation_timeout: ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations The default value is 4 hour.
        :param label_selector: LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.
        :param metadata: 
        :param ordered_resources: OrderedResources specifies the backup order of resources of specific Kind. The map key is the resource name and value is a list of object names separated by commas. Each resource name has format "namespace/objectname". For cluster resources, simply use "objectname".
        :param or_label_selectors: OrLabelSelectors is list of metav1.LabelSelector to filter with when adding individual objects to the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in backup request, only one of them can be used.
        :param resource_policy: ResourcePolicy specifies the referenced resource policies that backup should follow.
        :param snapshot_move_data: SnapshotMoveData specifies whether snapshot data should be moved.
        :param snapshot_volumes: SnapshotVolumes specifies whether to take snapshots of any PV's referenced in the set of objects included in the Backup.
        :param storage_location: StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.
        :param ttl: TTL is a time.Duration-parseable string describing how long the Backup should be retained for.
        :param uploader_config: UploaderConfig specifies the configuration for the uploader.
        :param volume_group_snapshot_label_key: VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.
        :param volume_snapshot_locations: VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.

        :schema: BackupSpec
        '''
        if isinstance(hooks, dict):
            hooks = BackupSpecHooks(**hooks)
        if isinstance(label_selector, dict):
            label_selector = BackupSpecLabelSelector(**label_selector)
        if isinstance(metadata, dict):
            metadata = BackupSpecMetadata(**metadata)
        if isinstance(resource_policy, dict):
            resource_policy = BackupSpecResourcePolicy(**resource_policy)
        if isinstance(uploader_config, dict):
            uploader_config = BackupSpecUploaderConfig(**uploader_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa8cd0ea02115b64835d616397dbc69e648918fe57b0ca6be15724adc1e27f65)
            check_type(argname="argument csi_snapshot_timeout", value=csi_snapshot_timeout, expected_type=type_hints["csi_snapshot_timeout"])
            check_type(argname="argument datamover", value=datamover, expected_type=type_hints["datamover"])
            check_type(argname="argument default_volumes_to_fs_backup", value=default_volumes_to_fs_backup, expected_type=type_hints["default_volumes_to_fs_backup"])
            check_type(argname="argument default_volumes_to_restic", value=default_volumes_to_restic, expected_type=type_hints["default_volumes_to_restic"])
            check_type(argname="argument excluded_cluster_scoped_resources", value=excluded_cluster_scoped_resources, expected_type=type_hints["excluded_cluster_scoped_resources"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_namespace_scoped_resources", value=excluded_namespace_scoped_resources, expected_type=type_hints["excluded_namespace_scoped_resources"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument hooks", value=hooks, expected_type=type_hints["hooks"])
            check_type(argname="argument include_cluster_resources", value=include_cluster_resources, expected_type=type_hints["include_cluster_resources"])
            check_type(argname="argument included_cluster_scoped_resources", value=included_cluster_scoped_resources, expected_type=type_hints["included_cluster_scoped_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_namespace_scoped_resources", value=included_namespace_scoped_resources, expected_type=type_hints["included_namespace_scoped_resources"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument item_operation_timeout", value=item_operation_timeout, expected_type=type_hints["item_operation_timeout"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument ordered_resources", value=ordered_resources, expected_type=type_hints["ordered_resources"])
            check_type(argname="argument or_label_selectors", value=or_label_selectors, expected_type=type_hints["or_label_selectors"])
            check_type(argname="argument resource_policy", value=resource_policy, expected_type=type_hints["resource_policy"])
            check_type(argname="argument snapshot_move_data", value=snapshot_move_data, expected_type=type_hints["snapshot_move_data"])
            check_type(argname="argument snapshot_volumes", value=snapshot_volumes, expected_type=type_hints["snapshot_volumes"])
            check_type(argname="argument storage_location", value=storage_location, expected_type=type_hints["storage_location"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
            check_type(argname="argument uploader_config", value=uploader_config, expected_type=type_hints["uploader_config"])
            check_type(argname="argument volume_group_snapshot_label_key", value=volume_group_snapshot_label_key, expected_type=type_hints["volume_group_snapshot_label_key"])
            check_type(argname="argument volume_snapshot_locations", value=volume_snapshot_locations, expected_type=type_hints["volume_snapshot_locations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if csi_snapshot_timeout is not None:
            self._values["csi_snapshot_timeout"] = csi_snapshot_timeout
        if datamover is not None:
            self._values["datamover"] = datamover
        if default_volumes_to_fs_backup is not None:
            self._values["default_volumes_to_fs_backup"] = default_volumes_to_fs_backup
        if default_volumes_to_restic is not None:
            self._values["default_volumes_to_restic"] = default_volumes_to_restic
        if excluded_cluster_scoped_resources is not None:
            self._values["excluded_cluster_scoped_resources"] = excluded_cluster_scoped_resources
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_namespace_scoped_resources is not None:
            self._values["excluded_namespace_scoped_resources"] = excluded_namespace_scoped_resources
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if hooks is not None:
            self._values["hooks"] = hooks
        if include_cluster_resources is not None:
            self._values["include_cluster_resources"] = include_cluster_resources
        if included_cluster_scoped_resources is not None:
            self._values["included_cluster_scoped_resources"] = included_cluster_scoped_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_namespace_scoped_resources is not None:
            self._values["included_namespace_scoped_resources"] = included_namespace_scoped_resources
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if item_operation_timeout is not None:
            self._values["item_operation_timeout"] = item_operation_timeout
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if metadata is not None:
            self._values["metadata"] = metadata
        if ordered_resources is not None:
            self._values["ordered_resources"] = ordered_resources
        if or_label_selectors is not None:
            self._values["or_label_selectors"] = or_label_selectors
        if resource_policy is not None:
            self._values["resource_policy"] = resource_policy
        if snapshot_move_data is not None:
            self._values["snapshot_move_data"] = snapshot_move_data
        if snapshot_volumes is not None:
            self._values["snapshot_volumes"] = snapshot_volumes
        if storage_location is not None:
            self._values["storage_location"] = storage_location
        if ttl is not None:
            self._values["ttl"] = ttl
        if uploader_config is not None:
            self._values["uploader_config"] = uploader_config
        if volume_group_snapshot_label_key is not None:
            self._values["volume_group_snapshot_label_key"] = volume_group_snapshot_label_key
        if volume_snapshot_locations is not None:
            self._values["volume_snapshot_locations"] = volume_snapshot_locations

    @builtins.property
    def csi_snapshot_timeout(self) -> typing.Optional[builtins.str]:
        '''CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to ReadyToUse during creation, before returning error as timeout.

        The default value is 10 minute.

        :schema: BackupSpec#csiSnapshotTimeout
        '''
        result = self._values.get("csi_snapshot_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datamover(self) -> typing.Optional[builtins.str]:
        '''DataMover specifies the data mover to be used by the backup.

        If DataMover is "" or "velero", the built-in data mover will be used.

        :schema: BackupSpec#datamover
        '''
        result = self._values.get("datamover")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_volumes_to_fs_backup(self) -> typing.Optional[builtins.bool]:
        '''DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used for all volumes by default.

        :schema: BackupSpec#defaultVolumesToFsBackup
        '''
        result = self._values.get("default_volumes_to_fs_backup")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def default_volumes_to_restic(self) -> typing.Optional[builtins.bool]:
        '''DefaultVolumesToRestic specifies whether restic should be used to take a backup of all pod volumes by default.

        Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.

        :schema: BackupSpec#defaultVolumesToRestic
        '''
        result = self._values.get("default_volumes_to_restic")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def excluded_cluster_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedClusterScopedResources is a slice of cluster-scoped resource type names to exclude from the backup.

        If set to "*", all cluster-scoped resource types are excluded.
        The default value is empty.

        :schema: BackupSpec#excludedClusterScopedResources
        '''
        result = self._values.get("excluded_cluster_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces contains a list of namespaces that are not included in the backup.

        :schema: BackupSpec#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_namespace_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaceScopedResources is a slice of namespace-scoped resource type names to exclude from the backup.

        If set to "*", all namespace-scoped resource types are excluded.
        The default value is empty.

        :schema: BackupSpec#excludedNamespaceScopedResources
        '''
        result = self._values.get("excluded_namespace_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources is a slice of resource names that are not included in the backup.

        :schema: BackupSpec#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hooks(self) -> typing.Optional["BackupSpecHooks"]:
        '''Hooks represent custom behaviors that should be executed at different phases of the backup.

        :schema: BackupSpec#hooks
        '''
        result = self._values.get("hooks")
        return typing.cast(typing.Optional["BackupSpecHooks"], result)

    @builtins.property
    def include_cluster_resources(self) -> typing.Optional[builtins.bool]:
        '''IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the backup.

        :schema: BackupSpec#includeClusterResources
        '''
        result = self._values.get("include_cluster_resources")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def included_cluster_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedClusterScopedResources is a slice of cluster-scoped resource type names to include in the backup.

        If set to "*", all cluster-scoped resource types are included.
        The default value is empty, which means only related
        cluster-scoped resources are included.

        :schema: BackupSpec#includedClusterScopedResources
        '''
        result = self._values.get("included_cluster_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces is a slice of namespace names to include objects from.

        If empty, all namespaces are included.

        :schema: BackupSpec#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespace_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaceScopedResources is a slice of namespace-scoped resource type names to include in the backup.

        The default value is "*".

        :schema: BackupSpec#includedNamespaceScopedResources
        '''
        result = self._values.get("included_namespace_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources is a slice of resource names to include in the backup.

        If empty, all resources are included.

        :schema: BackupSpec#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def item_operation_timeout(self) -> typing.Optional[builtins.str]:
        '''ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations The default value is 4 hour.

        :schema: BackupSpec#itemOperationTimeout
        '''
        result = self._values.get("item_operation_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def label_selector(self) -> typing.Optional["BackupSpecLabelSelector"]:
        '''LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.

        :schema: BackupSpec#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["BackupSpecLabelSelector"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["BackupSpecMetadata"]:
        '''
        :schema: BackupSpec#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["BackupSpecMetadata"], result)

    @builtins.property
    def ordered_resources(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''OrderedResources specifies the backup order of resources of specific Kind.

        The map key is the resource name and value is a list of object names separated by commas.
        Each resource name has format "namespace/objectname".  For cluster resources, simply use "objectname".

        :schema: BackupSpec#orderedResources
        '''
        result = self._values.get("ordered_resources")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def or_label_selectors(
        self,
    ) -> typing.Optional[typing.List["BackupSpecOrLabelSelectors"]]:
        '''OrLabelSelectors is list of metav1.LabelSelector to filter with when adding individual objects to the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in backup request, only one of them can be used.

        :schema: BackupSpec#orLabelSelectors
        '''
        result = self._values.get("or_label_selectors")
        return typing.cast(typing.Optional[typing.List["BackupSpecOrLabelSelectors"]], result)

    @builtins.property
    def resource_policy(self) -> typing.Optional["BackupSpecResourcePolicy"]:
        '''ResourcePolicy specifies the referenced resource policies that backup should follow.

        :schema: BackupSpec#resourcePolicy
        '''
        result = self._values.get("resource_policy")
        return typing.cast(typing.Optional["BackupSpecResourcePolicy"], result)

    @builtins.property
    def snapshot_move_data(self) -> typing.Optional[builtins.bool]:
        '''SnapshotMoveData specifies whether snapshot data should be moved.

        :schema: BackupSpec#snapshotMoveData
        '''
        result = self._values.get("snapshot_move_data")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def snapshot_volumes(self) -> typing.Optional[builtins.bool]:
        '''SnapshotVolumes specifies whether to take snapshots of any PV's referenced in the set of objects included in the Backup.

        :schema: BackupSpec#snapshotVolumes
        '''
        result = self._values.get("snapshot_volumes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def storage_location(self) -> typing.Optional[builtins.str]:
        '''StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.

        :schema: BackupSpec#storageLocation
        '''
        result = self._values.get("storage_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''TTL is a time.Duration-parseable string describing how long the Backup should be retained for.

        :schema: BackupSpec#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uploader_config(self) -> typing.Optional["BackupSpecUploaderConfig"]:
        '''UploaderConfig specifies the configuration for the uploader.

        :schema: BackupSpec#uploaderConfig
        '''
        result = self._values.get("uploader_config")
        return typing.cast(typing.Optional["BackupSpecUploaderConfig"], result)

    @builtins.property
    def volume_group_snapshot_label_key(self) -> typing.Optional[builtins.str]:
        '''VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.

        :schema: BackupSpec#volumeGroupSnapshotLabelKey
        '''
        result = self._values.get("volume_group_snapshot_label_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_snapshot_locations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.

        :schema: BackupSpec#volumeSnapshotLocations
        '''
        result = self._values.get("volume_snapshot_locations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooks",
    jsii_struct_bases=[],
    name_mapping={"resources": "resources"},
)
class BackupSpecHooks:
    def __init__(
        self,
        *,
        resources: typing.Optional[typing.Sequence[typing.Union["BackupSpecHooksResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Hooks represent custom behaviors that should be executed at different phases of the backup.

        :param resources: Resources are hooks that should be executed when backing up individual instances of a resource.

        :schema: BackupSpecHooks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17fd845b9637838ecc3e9a7a54ec71e21c2897a3630a24010e3967ff43f27479)
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def resources(self) -> typing.Optional[typing.List["BackupSpecHooksResources"]]:
        '''Resources are hooks that should be executed when backing up individual instances of a resource.

        :schema: BackupSpecHooks#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["BackupSpecHooksResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResources",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_resources": "excludedResources",
        "included_namespaces": "includedNamespaces",
        "included_resources": "includedResources",
        "label_selector": "labelSelector",
        "post": "post",
        "pre": "pre",
    },
)
class BackupSpecHooksResources:
    def __init__(
        self,
        *,
        name: builtins.str,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        label_selector: typing.Optional[typing.Union["BackupSpecHooksResourcesLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        post: typing.Optional[typing.Sequence[typing.Union["BackupSpecHooksResourcesPost", typing.Dict[builtins.str, typing.Any]]]] = None,
        pre: typing.Optional[typing.Sequence[typing.Union["BackupSpecHooksResourcesPre", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BackupResourceHookSpec defines one or more BackupResourceHooks that should be executed based on the rules defined for namespaces, resources, and label selector.

        :param name: Name is the name of this hook.
        :param excluded_namespaces: ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
        :param excluded_resources: ExcludedResources specifies the resources to which this hook spec does not apply.
        :param included_namespaces: IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies to all namespaces.
        :param included_resources: IncludedResources specifies the resources to which this hook spec applies. If empty, it applies to all resources.
        :param label_selector: LabelSelector, if specified, filters the resources to which this hook spec applies.
        :param post: PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup. These are executed after all "additional items" from item actions are processed.
        :param pre: PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup. These are executed before any "additional items" from item actions are processed.

        :schema: BackupSpecHooksResources
        '''
        if isinstance(label_selector, dict):
            label_selector = BackupSpecHooksResourcesLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e91740f404a984e8783e93370c3d4ffd82d6209a07206f73ca68f2b71eed095)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument post", value=post, expected_type=type_hints["post"])
            check_type(argname="argument pre", value=pre, expected_type=type_hints["pre"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if post is not None:
            self._values["post"] = post
        if pre is not None:
            self._values["pre"] = pre

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of this hook.

        :schema: BackupSpecHooksResources#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.

        :schema: BackupSpecHooksResources#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources specifies the resources to which this hook spec does not apply.

        :schema: BackupSpecHooksResources#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces specifies the namespaces to which this hook spec applies.

        If empty, it applies
        to all namespaces.

        :schema: BackupSpecHooksResources#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources specifies the resources to which this hook spec applies.

        If empty, it applies
        to all resources.

        :schema: BackupSpecHooksResources#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["BackupSpecHooksResourcesLabelSelector"]:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :schema: BackupSpecHooksResources#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["BackupSpecHooksResourcesLabelSelector"], result)

    @builtins.property
    def post(self) -> typing.Optional[typing.List["BackupSpecHooksResourcesPost"]]:
        '''PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup.

        These are executed after all "additional items" from item actions are processed.

        :schema: BackupSpecHooksResources#post
        '''
        result = self._values.get("post")
        return typing.cast(typing.Optional[typing.List["BackupSpecHooksResourcesPost"]], result)

    @builtins.property
    def pre(self) -> typing.Optional[typing.List["BackupSpecHooksResourcesPre"]]:
        '''PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup.

        These are executed before any "additional items" from item actions are processed.

        :schema: BackupSpecHooksResources#pre
        '''
        result = self._values.get("pre")
        return typing.cast(typing.Optional[typing.List["BackupSpecHooksResourcesPre"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResourcesLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecHooksResourcesLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecHooksResourcesLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecHooksResourcesLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83eef590bd0439f5f18804c22e6929b8fd05cad32405b61b15a2403f845a7ae6)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["BackupSpecHooksResourcesLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: BackupSpecHooksResourcesLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecHooksResourcesLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecHooksResourcesLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResourcesLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResourcesLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecHooksResourcesLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: BackupSpecHooksResourcesLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42e6590e07ef84602a277b638a19d0b752b26e38ba603445d486fe40245edb21)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: BackupSpecHooksResourcesLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: BackupSpecHooksResourcesLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: BackupSpecHooksResourcesLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResourcesLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResourcesPost",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec"},
)
class BackupSpecHooksResourcesPost:
    def __init__(
        self,
        *,
        exec: typing.Union["BackupSpecHooksResourcesPostExec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''BackupResourceHook defines a hook for a resource.

        :param exec: Exec defines an exec hook.

        :schema: BackupSpecHooksResourcesPost
        '''
        if isinstance(exec, dict):
            exec = BackupSpecHooksResourcesPostExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a48ced48c687bd2a540b7058e2fed6db54f6e2cac72c46870d6da1e543f8c0dc)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exec": exec,
        }

    @builtins.property
    def exec(self) -> "BackupSpecHooksResourcesPostExec":
        '''Exec defines an exec hook.

        :schema: BackupSpecHooksResourcesPost#exec
        '''
        result = self._values.get("exec")
        assert result is not None, "Required property 'exec' is missing"
        return typing.cast("BackupSpecHooksResourcesPostExec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResourcesPost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResourcesPostExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "on_error": "onError",
        "timeout": "timeout",
    },
)
class BackupSpecHooksResourcesPostExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["BackupSpecHooksResourcesPostExecOnError"] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec hook.

        :param command: Command is the command and arguments to execute.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: BackupSpecHooksResourcesPostExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2e603962523e861c783c641dde4cde2d68d2e505ab3ff10921c983e7b6bdf8c)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if on_error is not None:
            self._values["on_error"] = on_error
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute.

        :schema: BackupSpecHooksResourcesPostExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: BackupSpecHooksResourcesPostExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(self) -> typing.Optional["BackupSpecHooksResourcesPostExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: BackupSpecHooksResourcesPostExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["BackupSpecHooksResourcesPostExecOnError"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: BackupSpecHooksResourcesPostExec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResourcesPostExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="velero_iovelero.BackupSpecHooksResourcesPostExecOnError")
class BackupSpecHooksResourcesPostExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: BackupSpecHooksResourcesPostExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResourcesPre",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec"},
)
class BackupSpecHooksResourcesPre:
    def __init__(
        self,
        *,
        exec: typing.Union["BackupSpecHooksResourcesPreExec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''BackupResourceHook defines a hook for a resource.

        :param exec: Exec defines an exec hook.

        :schema: BackupSpecHooksResourcesPre
        '''
        if isinstance(exec, dict):
            exec = BackupSpecHooksResourcesPreExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__178da58400960e82eb0dd18141b5530c9ffbab96a8a2af4c1174e3e8e52208e0)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exec": exec,
        }

    @builtins.property
    def exec(self) -> "BackupSpecHooksResourcesPreExec":
        '''Exec defines an exec hook.

        :schema: BackupSpecHooksResourcesPre#exec
        '''
        result = self._values.get("exec")
        assert result is not None, "Required property 'exec' is missing"
        return typing.cast("BackupSpecHooksResourcesPreExec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResourcesPre(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecHooksResourcesPreExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "on_error": "onError",
        "timeout": "timeout",
    },
)
class BackupSpecHooksResourcesPreExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["BackupSpecHooksResourcesPreExecOnError"] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec hook.

        :param command: Command is the command and arguments to execute.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: BackupSpecHooksResourcesPreExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65ed1568e7703bd1e1aba5afbfec9de31426591738543f863eef1bb9f5b2bbe8)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if on_error is not None:
            self._values["on_error"] = on_error
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute.

        :schema: BackupSpecHooksResourcesPreExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: BackupSpecHooksResourcesPreExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(self) -> typing.Optional["BackupSpecHooksResourcesPreExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: BackupSpecHooksResourcesPreExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["BackupSpecHooksResourcesPreExecOnError"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: BackupSpecHooksResourcesPreExec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecHooksResourcesPreExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="velero_iovelero.BackupSpecHooksResourcesPreExecOnError")
class BackupSpecHooksResourcesPreExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: BackupSpecHooksResourcesPreExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8a03ad24ebc0dbe3954d5c9edad7317ac121feda66df88459a071d8b5aacfa0)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["BackupSpecLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: BackupSpecLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: BackupSpecLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e627b7a5b88d0cdb4b82624a9ef907fa012c13ffee6d4ee8709e592a44b6b6c1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: BackupSpecLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: BackupSpecLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: BackupSpecLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecMetadata",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class BackupSpecMetadata:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param labels: 

        :schema: BackupSpecMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef939b25cc33009f3825342f9917d74e4d09cb3fac6eb73ab8d6f193751bf0c7)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackupSpecMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecOrLabelSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class BackupSpecOrLabelSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["BackupSpecOrLabelSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecOrLabelSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91c30d140189d5a02d398e57621614a59c7210f8168711b8508d8d43e4df0bdf)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["BackupSpecOrLabelSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: BackupSpecOrLabelSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["BackupSpecOrLabelSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: BackupSpecOrLabelSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecOrLabelSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecOrLabelSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class BackupSpecOrLabelSelectorsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: BackupSpecOrLabelSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14a1b32f83f0164781a72b2f9c3fd6d0e02bd61cef22d109af7d43c31fdc862a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: BackupSpecOrLabelSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: BackupSpecOrLabelSelectorsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: BackupSpecOrLabelSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecOrLabelSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecResourcePolicy",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class BackupSpecResourcePolicy:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ResourcePolicy specifies the referenced resource policies that backup should follow.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: BackupSpecResourcePolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2f05de8a9c04ad163bb84cf2d58519964883f31e9aa93fa249b201dff50e65f)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the type of resource being referenced.

        :schema: BackupSpecResourcePolicy#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: BackupSpecResourcePolicy#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group.
        For any other third-party types, APIGroup is required.

        :schema: BackupSpecResourcePolicy#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecResourcePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.BackupSpecUploaderConfig",
    jsii_struct_bases=[],
    name_mapping={"parallel_files_upload": "parallelFilesUpload"},
)
class BackupSpecUploaderConfig:
    def __init__(
        self,
        *,
        parallel_files_upload: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''UploaderConfig specifies the configuration for the uploader.

        :param parallel_files_upload: ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.

        :schema: BackupSpecUploaderConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01779c7ee887e610833fde021338e6aea756adea7b8dd1c6c231856e8e0fc35a)
            check_type(argname="argument parallel_files_upload", value=parallel_files_upload, expected_type=type_hints["parallel_files_upload"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if parallel_files_upload is not None:
            self._values["parallel_files_upload"] = parallel_files_upload

    @builtins.property
    def parallel_files_upload(self) -> typing.Optional[jsii.Number]:
        '''ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.

        :schema: BackupSpecUploaderConfig#parallelFilesUpload
        '''
        result = self._values.get("parallel_files_upload")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecUploaderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Restore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="velero_iovelero.Restore",
):
    '''Restore is a Velero resource that represents the application of resources from a Velero backup to a target Kubernetes cluster.

    :schema: Restore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RestoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Restore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: RestoreSpec defines the specification for a Velero restore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__531061c9049734cb8094571febed8f5eb573b256dcd8bde73ad6dade3c0856cd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RestoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RestoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Restore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: RestoreSpec defines the specification for a Velero restore.
        '''
        props = RestoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Restore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class RestoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RestoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Restore is a Velero resource that represents the application of resources from a Velero backup to a target Kubernetes cluster.

        :param metadata: 
        :param spec: RestoreSpec defines the specification for a Velero restore.

        :schema: Restore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = RestoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91f390dbbf1e3a1429c4b52384d91f697d80abdb97d7a69556ef45d348c752f7)
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
        :schema: Restore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["RestoreSpec"]:
        '''RestoreSpec defines the specification for a Velero restore.

        :schema: Restore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["RestoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "backup_name": "backupName",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_resources": "excludedResources",
        "existing_resource_policy": "existingResourcePolicy",
        "hooks": "hooks",
        "include_cluster_resources": "includeClusterResources",
        "included_namespaces": "includedNamespaces",
        "included_resources": "includedResources",
        "item_operation_timeout": "itemOperationTimeout",
        "label_selector": "labelSelector",
        "namespace_mapping": "namespaceMapping",
        "or_label_selectors": "orLabelSelectors",
        "preserve_node_ports": "preserveNodePorts",
        "resource_modifier": "resourceModifier",
        "restore_p_vs": "restorePVs",
        "restore_status": "restoreStatus",
        "schedule_name": "scheduleName",
        "uploader_config": "uploaderConfig",
    },
)
class RestoreSpec:
    def __init__(
        self,
        *,
        backup_name: typing.Optional[builtins.str] = None,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        existing_resource_policy: typing.Optional[builtins.str] = None,
        hooks: typing.Optional[typing.Union["RestoreSpecHooks", typing.Dict[builtins.str, typing.Any]]] = None,
        include_cluster_resources: typing.Optional[builtins.bool] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        item_operation_timeout: typing.Optional[builtins.str] = None,
        label_selector: typing.Optional[typing.Union["RestoreSpecLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace_mapping: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        or_label_selectors: typing.Optional[typing.Sequence[typing.Union["RestoreSpecOrLabelSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        preserve_node_ports: typing.Optional[builtins.bool] = None,
        resource_modifier: typing.Optional[typing.Union["RestoreSpecResourceModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        restore_p_vs: typing.Optional[builtins.bool] = None,
        restore_status: typing.Optional[typing.Union["RestoreSpecRestoreStatus", typing.Dict[builtins.str, typing.Any]]] = None,
        schedule_name: typing.Optional[builtins.str] = None,
        uploader_config: typing.Optional[typing.Union["RestoreSpecUploaderConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''RestoreSpec defines the specification for a Velero restore.

        :param backup_name: BackupName is the unique name of the Velero backup to restore from.
        :param excluded_namespaces: ExcludedNamespaces contains a list of namespaces that are not included in the restore.
        :param excluded_resources: ExcludedResources is a slice of resource names that are not included in the restore.
        :param existing_resource_policy: ExistingResourcePolicy specifies the restore behavior for the Kubernetes resource to be restored.
        :param hooks: Hooks represent custom behaviors that should be executed during or post restore.
        :param include_cluster_resources: IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the restore. If null, defaults to true.
        :param included_namespaces: IncludedNamespaces is a slice of namespace names to include objects from. If empty, all namespaces are included.
        :param included_resources: IncludedResources is a slice of resource names to include in the restore. If empty, all resources in the backup are included.
        :param item_operation_timeout: ItemOperationTimeout specifies the time used to wait for RestoreItemAction operations The default value is 4 hour.
        :param label_selector: LabelSelector is a metav1.LabelSelector to filter with when restoring individual objects from the backup. If empty or nil, all objects are included. Optional.
        :param namespace_mapping: NamespaceMapping is a map of source namespace names to target namespace names to restore into. Any source namespaces not included in the map will be restored into namespaces of the same name.
        :param or_label_selectors: OrLabelSelectors is list of metav1.LabelSelector to filter with when restoring individual objects from the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in restore request, only one of them can be used.
        :param preserve_node_ports: PreserveNodePorts specifies whether to restore old nodePorts from backup.
        :param resource_modifier: ResourceModifier specifies the reference to JSON resource patches that should be applied to resources before restoration.
        :param restore_p_vs: RestorePVs specifies whether to restore all included PVs from snapshot.
        :param restore_status: RestoreStatus specifies which resources we should restore the status field. If nil, no objects are included. Optional.
        :param schedule_name: ScheduleName is the unique name of the Velero schedule to restore from. If specified, and BackupName is empty, Velero will restore from the most recent successful backup created from this schedule.
        :param uploader_config: UploaderConfig specifies the configuration for the restore.

        :schema: RestoreSpec
        '''
        if isinstance(hooks, dict):
            hooks = RestoreSpecHooks(**hooks)
        if isinstance(label_selector, dict):
            label_selector = RestoreSpecLabelSelector(**label_selector)
        if isinstance(resource_modifier, dict):
            resource_modifier = RestoreSpecResourceModifier(**resource_modifier)
        if isinstance(restore_status, dict):
            restore_status = RestoreSpecRestoreStatus(**restore_status)
        if isinstance(uploader_config, dict):
            uploader_config = RestoreSpecUploaderConfig(**uploader_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e2ebfcfe0888beda5a07f1a940c32de6a55acebac43bc197eb58911ab455a85)
            check_type(argname="argument backup_name", value=backup_name, expected_type=type_hints["backup_name"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument existing_resource_policy", value=existing_resource_policy, expected_type=type_hints["existing_resource_policy"])
            check_type(argname="argument hooks", value=hooks, expected_type=type_hints["hooks"])
            check_type(argname="argument include_cluster_resources", value=include_cluster_resources, expected_type=type_hints["include_cluster_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument item_operation_timeout", value=item_operation_timeout, expected_type=type_hints["item_operation_timeout"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument namespace_mapping", value=namespace_mapping, expected_type=type_hints["namespace_mapping"])
            check_type(argname="argument or_label_selectors", value=or_label_selectors, expected_type=type_hints["or_label_selectors"])
            check_type(argname="argument preserve_node_ports", value=preserve_node_ports, expected_type=type_hints["preserve_node_ports"])
            check_type(argname="argument resource_modifier", value=resource_modifier, expected_type=type_hints["resource_modifier"])
            check_type(argname="argument restore_p_vs", value=restore_p_vs, expected_type=type_hints["restore_p_vs"])
            check_type(argname="argument restore_status", value=restore_status, expected_type=type_hints["restore_status"])
            check_type(argname="argument schedule_name", value=schedule_name, expected_type=type_hints["schedule_name"])
            check_type(argname="argument uploader_config", value=uploader_config, expected_type=type_hints["uploader_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backup_name is not None:
            self._values["backup_name"] = backup_name
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if existing_resource_policy is not None:
            self._values["existing_resource_policy"] = existing_resource_policy
        if hooks is not None:
            self._values["hooks"] = hooks
        if include_cluster_resources is not None:
            self._values["include_cluster_resources"] = include_cluster_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if item_operation_timeout is not None:
            self._values["item_operation_timeout"] = item_operation_timeout
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if namespace_mapping is not None:
            self._values["namespace_mapping"] = namespace_mapping
        if or_label_selectors is not None:
            self._values["or_label_selectors"] = or_label_selectors
        if preserve_node_ports is not None:
            self._values["preserve_node_ports"] = preserve_node_ports
        if resource_modifier is not None:
            self._values["resource_modifier"] = resource_modifier
        if restore_p_vs is not None:
            self._values["restore_p_vs"] = restore_p_vs
        if restore_status is not None:
            self._values["restore_status"] = restore_status
        if schedule_name is not None:
            self._values["schedule_name"] = schedule_name
        if uploader_config is not None:
            self._values["uploader_config"] = uploader_config

    @builtins.property
    def backup_name(self) -> typing.Optional[builtins.str]:
        '''BackupName is the unique name of the Velero backup to restore from.

        :schema: RestoreSpec#backupName
        '''
        result = self._values.get("backup_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces contains a list of namespaces that are not included in the restore.

        :schema: RestoreSpec#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources is a slice of resource names that are not included in the restore.

        :schema: RestoreSpec#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def existing_resource_policy(self) -> typing.Optional[builtins.str]:
        '''ExistingResourcePolicy specifies the restore behavior for the Kubernetes resource to be restored.

        :schema: RestoreSpec#existingResourcePolicy
        '''
        result = self._values.get("existing_resource_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hooks(self) -> typing.Optional["RestoreSpecHooks"]:
        '''Hooks represent custom behaviors that should be executed during or post restore.

        :schema: RestoreSpec#hooks
        '''
        result = self._values.get("hooks")
        return typing.cast(typing.Optional["RestoreSpecHooks"], result)

    @builtins.property
    def include_cluster_resources(self) -> typing.Optional[builtins.bool]:
        '''IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the restore.

        If null, defaults
        to true.

        :schema: RestoreSpec#includeClusterResources
        '''
        result = self._values.get("include_cluster_resources")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces is a slice of namespace names to include objects from.

        If empty, all namespaces are included.

        :schema: RestoreSpec#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources is a slice of resource names to include in the restore.

        If empty, all resources in the backup are included.

        :schema: RestoreSpec#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def item_operation_timeout(self) -> typing.Optional[builtins.str]:
        '''ItemOperationTimeout specifies the time used to wait for RestoreItemAction operations The default value is 4 hour.

        :schema: RestoreSpec#itemOperationTimeout
        '''
        result = self._values.get("item_operation_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def label_selector(self) -> typing.Optional["RestoreSpecLabelSelector"]:
        '''LabelSelector is a metav1.LabelSelector to filter with when restoring individual objects from the backup. If empty or nil, all objects are included. Optional.

        :schema: RestoreSpec#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["RestoreSpecLabelSelector"], result)

    @builtins.property
    def namespace_mapping(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''NamespaceMapping is a map of source namespace names to target namespace names to restore into.

        Any source
        namespaces not included in the map will be restored into
        namespaces of the same name.

        :schema: RestoreSpec#namespaceMapping
        '''
        result = self._values.get("namespace_mapping")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def or_label_selectors(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecOrLabelSelectors"]]:
        '''OrLabelSelectors is list of metav1.LabelSelector to filter with when restoring individual objects from the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in restore request, only one of them can be used.

        :schema: RestoreSpec#orLabelSelectors
        '''
        result = self._values.get("or_label_selectors")
        return typing.cast(typing.Optional[typing.List["RestoreSpecOrLabelSelectors"]], result)

    @builtins.property
    def preserve_node_ports(self) -> typing.Optional[builtins.bool]:
        '''PreserveNodePorts specifies whether to restore old nodePorts from backup.

        :schema: RestoreSpec#preserveNodePorts
        '''
        result = self._values.get("preserve_node_ports")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def resource_modifier(self) -> typing.Optional["RestoreSpecResourceModifier"]:
        '''ResourceModifier specifies the reference to JSON resource patches that should be applied to resources before restoration.

        :schema: RestoreSpec#resourceModifier
        '''
        result = self._values.get("resource_modifier")
        return typing.cast(typing.Optional["RestoreSpecResourceModifier"], result)

    @builtins.property
    def restore_p_vs(self) -> typing.Optional[builtins.bool]:
        '''RestorePVs specifies whether to restore all included PVs from snapshot.

        :schema: RestoreSpec#restorePVs
        '''
        result = self._values.get("restore_p_vs")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def restore_status(self) -> typing.Optional["RestoreSpecRestoreStatus"]:
        '''RestoreStatus specifies which resources we should restore the status field.

        If nil, no objects are included. Optional.

        :schema: RestoreSpec#restoreStatus
        '''
        result = self._values.get("restore_status")
        return typing.cast(typing.Optional["RestoreSpecRestoreStatus"], result)

    @builtins.property
    def schedule_name(self) -> typing.Optional[builtins.str]:
        '''ScheduleName is the unique name of the Velero schedule to restore from.

        If specified, and BackupName is empty, Velero will restore
        from the most recent successful backup created from this schedule.

        :schema: RestoreSpec#scheduleName
        '''
        result = self._values.get("schedule_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uploader_config(self) -> typing.Optional["RestoreSpecUploaderConfig"]:
        '''UploaderConfig specifies the configuration for the restore.

        :schema: RestoreSpec#uploaderConfig
        '''
        result = self._values.get("uploader_config")
        return typing.cast(typing.Optional["RestoreSpecUploaderConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooks",
    jsii_struct_bases=[],
    name_mapping={"resources": "resources"},
)
class RestoreSpecHooks:
    def __init__(
        self,
        *,
        resources: typing.Optional[typing.Sequence[typing.Union["RestoreSpecHooksResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Hooks represent custom behaviors that should be executed during or post restore.

        :param resources: 

        :schema: RestoreSpecHooks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ddd351a6e7f449645fa5d23401b0f783c714c3d9952011f845f2922077ad9d1)
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def resources(self) -> typing.Optional[typing.List["RestoreSpecHooksResources"]]:
        '''
        :schema: RestoreSpecHooks#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["RestoreSpecHooksResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooksResources",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_resources": "excludedResources",
        "included_namespaces": "includedNamespaces",
        "included_resources": "includedResources",
        "label_selector": "labelSelector",
        "post_hooks": "postHooks",
    },
)
class RestoreSpecHooksResources:
    def __init__(
        self,
        *,
        name: builtins.str,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        label_selector: typing.Optional[typing.Union["RestoreSpecHooksResourcesLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        post_hooks: typing.Optional[typing.Sequence[typing.Union["RestoreSpecHooksResourcesPostHooks", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''RestoreResourceHookSpec defines one or more RestoreResrouceHooks that should be executed based on the rules defined for namespaces, resources, and label selector.

        :param name: Name is the name of this hook.
        :param excluded_namespaces: ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
        :param excluded_resources: ExcludedResources specifies the resources to which this hook spec does not apply.
        :param included_namespaces: IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies to all namespaces.
        :param included_resources: IncludedResources specifies the resources to which this hook spec applies. If empty, it applies to all resources.
        :param label_selector: LabelSelector, if specified, filters the resources to which this hook spec applies.
        :param post_hooks: PostHooks is a list of RestoreResourceHooks to execute during and after restoring a resource.

        :schema: RestoreSpecHooksResources
        '''
        if isinstance(label_selector, dict):
            label_selector = RestoreSpecHooksResourcesLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e516233b4c740958445bed28aa6735371d0479afc03eb0c784bfa66a72b955d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument post_hooks", value=post_hooks, expected_type=type_hints["post_hooks"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if post_hooks is not None:
            self._values["post_hooks"] = post_hooks

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of this hook.

        :schema: RestoreSpecHooksResources#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.

        :schema: RestoreSpecHooksResources#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources specifies the resources to which this hook spec does not apply.

        :schema: RestoreSpecHooksResources#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces specifies the namespaces to which this hook spec applies.

        If empty, it applies
        to all namespaces.

        :schema: RestoreSpecHooksResources#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources specifies the resources to which this hook spec applies.

        If empty, it applies
        to all resources.

        :schema: RestoreSpecHooksResources#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["RestoreSpecHooksResourcesLabelSelector"]:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :schema: RestoreSpecHooksResources#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["RestoreSpecHooksResourcesLabelSelector"], result)

    @builtins.property
    def post_hooks(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecHooksResourcesPostHooks"]]:
        '''PostHooks is a list of RestoreResourceHooks to execute during and after restoring a resource.

        :schema: RestoreSpecHooksResources#postHooks
        '''
        result = self._values.get("post_hooks")
        return typing.cast(typing.Optional[typing.List["RestoreSpecHooksResourcesPostHooks"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooksResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooksResourcesLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class RestoreSpecHooksResourcesLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecHooksResourcesLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecHooksResourcesLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b4db566cdf1463aef9fd6f195d693060764b4e1503723f077467161a545a2b4)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecHooksResourcesLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: RestoreSpecHooksResourcesLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecHooksResourcesLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecHooksResourcesLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooksResourcesLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooksResourcesLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecHooksResourcesLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: RestoreSpecHooksResourcesLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81450b977b06975d499978745356b8b4f7004d82dd5600ef3178d55cbcfa2f5c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: RestoreSpecHooksResourcesLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: RestoreSpecHooksResourcesLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: RestoreSpecHooksResourcesLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooksResourcesLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooksResourcesPostHooks",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec", "init": "init"},
)
class RestoreSpecHooksResourcesPostHooks:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["RestoreSpecHooksResourcesPostHooksExec", typing.Dict[builtins.str, typing.Any]]] = None,
        init: typing.Optional[typing.Union["RestoreSpecHooksResourcesPostHooksInit", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''RestoreResourceHook defines a restore hook for a resource.

        :param exec: Exec defines an exec restore hook.
        :param init: Init defines an init restore hook.

        :schema: RestoreSpecHooksResourcesPostHooks
        '''
        if isinstance(exec, dict):
            exec = RestoreSpecHooksResourcesPostHooksExec(**exec)
        if isinstance(init, dict):
            init = RestoreSpecHooksResourcesPostHooksInit(**init)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aded9ce02f1bc2f3072a474aaddbe6d223e5e1b9b26f23d6b88fd238a562c4be)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument init", value=init, expected_type=type_hints["init"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if init is not None:
            self._values["init"] = init

    @builtins.property
    def exec(self) -> typing.Optional["RestoreSpecHooksResourcesPostHooksExec"]:
        '''Exec defines an exec restore hook.

        :schema: RestoreSpecHooksResourcesPostHooks#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["RestoreSpecHooksResourcesPostHooksExec"], result)

    @builtins.property
    def init(self) -> typing.Optional["RestoreSpecHooksResourcesPostHooksInit"]:
        '''Init defines an init restore hook.

        :schema: RestoreSpecHooksResourcesPostHooks#init
        '''
        result = self._values.get("init")
        return typing.cast(typing.Optional["RestoreSpecHooksResourcesPostHooksInit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooksResourcesPostHooks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooksResourcesPostHooksExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "exec_timeout": "execTimeout",
        "on_error": "onError",
        "wait_for_ready": "waitForReady",
        "wait_timeout": "waitTimeout",
    },
)
class RestoreSpecHooksResourcesPostHooksExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        exec_timeout: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["RestoreSpecHooksResourcesPostHooksExecOnError"] = None,
        wait_for_ready: typing.Optional[builtins.bool] = None,
        wait_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec restore hook.

        :param command: Command is the command and arguments to execute from within a container after a pod has been restored.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param exec_timeout: ExecTimeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param wait_for_ready: WaitForReady ensures command will be launched when container is Ready instead of Running.
        :param wait_timeout: WaitTimeout defines the maximum amount of time Velero should wait for the container to be Ready before attempting to run the command.

        :schema: RestoreSpecHooksResourcesPostHooksExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e498febd71d75b78a303747a88fa87ec59208fb9de29da7731f8737cbacfc49)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument exec_timeout", value=exec_timeout, expected_type=type_hints["exec_timeout"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument wait_for_ready", value=wait_for_ready, expected_type=type_hints["wait_for_ready"])
            check_type(argname="argument wait_timeout", value=wait_timeout, expected_type=type_hints["wait_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if exec_timeout is not None:
            self._values["exec_timeout"] = exec_timeout
        if on_error is not None:
            self._values["on_error"] = on_error
        if wait_for_ready is not None:
            self._values["wait_for_ready"] = wait_for_ready
        if wait_timeout is not None:
            self._values["wait_timeout"] = wait_timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute from within a container after a pod has been restored.

        :schema: RestoreSpecHooksResourcesPostHooksExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: RestoreSpecHooksResourcesPostHooksExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def exec_timeout(self) -> typing.Optional[builtins.str]:
        '''ExecTimeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: RestoreSpecHooksResourcesPostHooksExec#execTimeout
        '''
        result = self._values.get("exec_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(
        self,
    ) -> typing.Optional["RestoreSpecHooksResourcesPostHooksExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: RestoreSpecHooksResourcesPostHooksExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["RestoreSpecHooksResourcesPostHooksExecOnError"], result)

    @builtins.property
    def wait_for_ready(self) -> typing.Optional[builtins.bool]:
        '''WaitForReady ensures command will be launched when container is Ready instead of Running.

        :schema: RestoreSpecHooksResourcesPostHooksExec#waitForReady
        '''
        result = self._values.get("wait_for_ready")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def wait_timeout(self) -> typing.Optional[builtins.str]:
        '''WaitTimeout defines the maximum amount of time Velero should wait for the container to be Ready before attempting to run the command.

        :schema: RestoreSpecHooksResourcesPostHooksExec#waitTimeout
        '''
        result = self._values.get("wait_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooksResourcesPostHooksExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="velero_iovelero.RestoreSpecHooksResourcesPostHooksExecOnError")
class RestoreSpecHooksResourcesPostHooksExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: RestoreSpecHooksResourcesPostHooksExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecHooksResourcesPostHooksInit",
    jsii_struct_bases=[],
    name_mapping={"init_containers": "initContainers", "timeout": "timeout"},
)
class RestoreSpecHooksResourcesPostHooksInit:
    def __init__(
        self,
        *,
        init_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Init defines an init restore hook.

        :param init_containers: InitContainers is list of init containers to be added to a pod during its restore.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the initContainers to complete.

        :schema: RestoreSpecHooksResourcesPostHooksInit
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97601bae4e13cf18498cbf64fd35205f930163723936df4894e55055ce69e693)
            check_type(argname="argument init_containers", value=init_containers, expected_type=type_hints["init_containers"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if init_containers is not None:
            self._values["init_containers"] = init_containers
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def init_containers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''InitContainers is list of init containers to be added to a pod during its restore.

        :schema: RestoreSpecHooksResourcesPostHooksInit#initContainers
        '''
        result = self._values.get("init_containers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the initContainers to complete.

        :schema: RestoreSpecHooksResourcesPostHooksInit#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecHooksResourcesPostHooksInit(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class RestoreSpecLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector is a metav1.LabelSelector to filter with when restoring individual objects from the backup. If empty or nil, all objects are included. Optional.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__396d09b0fa7f72933b252f3d0c01e8b30b68b877cb61a91f50a4d9e43459c71c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: RestoreSpecLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: RestoreSpecLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eff379ca1cb9c6be4669e13b841cdb2262c9343562d55e2124c67c1670393ae9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: RestoreSpecLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: RestoreSpecLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: RestoreSpecLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecOrLabelSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class RestoreSpecOrLabelSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["RestoreSpecOrLabelSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecOrLabelSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f53d4266ff29b93635be98bb28e623f54e1642ea0ccdbc46d947ceffd5fccb9c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["RestoreSpecOrLabelSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: RestoreSpecOrLabelSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["RestoreSpecOrLabelSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: RestoreSpecOrLabelSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecOrLabelSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecOrLabelSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class RestoreSpecOrLabelSelectorsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: RestoreSpecOrLabelSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba3f6f77dad19a0c7a2757626231187a54bbcdffc7e93433c5968ea0977c257e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: RestoreSpecOrLabelSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: RestoreSpecOrLabelSelectorsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: RestoreSpecOrLabelSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecOrLabelSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecResourceModifier",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class RestoreSpecResourceModifier:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ResourceModifier specifies the reference to JSON resource patches that should be applied to resources before restoration.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: RestoreSpecResourceModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9880538de8dcd2570e0c81102e2299fb9d290a4f6924a2566093c608fb187a85)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the type of resource being referenced.

        :schema: RestoreSpecResourceModifier#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: RestoreSpecResourceModifier#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group.
        For any other third-party types, APIGroup is required.

        :schema: RestoreSpecResourceModifier#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecResourceModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecRestoreStatus",
    jsii_struct_bases=[],
    name_mapping={
        "excluded_resources": "excludedResources",
        "included_resources": "includedResources",
    },
)
class RestoreSpecRestoreStatus:
    def __init__(
        self,
        *,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''RestoreStatus specifies which resources we should restore the status field.

        If nil, no objects are included. Optional.

        :param excluded_resources: ExcludedResources specifies the resources to which will not restore the status.
        :param included_resources: IncludedResources specifies the resources to which will restore the status. If empty, it applies to all resources.

        :schema: RestoreSpecRestoreStatus
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8387239f45b0fcc5383ba0c2c9fbe4c246b1c472a64d43f665df7e25ed462f44)
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if included_resources is not None:
            self._values["included_resources"] = included_resources

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources specifies the resources to which will not restore the status.

        :schema: RestoreSpecRestoreStatus#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources specifies the resources to which will restore the status.

        If empty, it applies to all resources.

        :schema: RestoreSpecRestoreStatus#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecRestoreStatus(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.RestoreSpecUploaderConfig",
    jsii_struct_bases=[],
    name_mapping={
        "parallel_files_download": "parallelFilesDownload",
        "write_sparse_files": "writeSparseFiles",
    },
)
class RestoreSpecUploaderConfig:
    def __init__(
        self,
        *,
        parallel_files_download: typing.Optional[jsii.Number] = None,
        write_sparse_files: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''UploaderConfig specifies the configuration for the restore.

        :param parallel_files_download: ParallelFilesDownload is the concurrency number setting for restore.
        :param write_sparse_files: WriteSparseFiles is a flag to indicate whether write files sparsely or not.

        :schema: RestoreSpecUploaderConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__951c9c215f6fa728c124e710f551d444b13ed8137c78d91f143869792e79b876)
            check_type(argname="argument parallel_files_download", value=parallel_files_download, expected_type=type_hints["parallel_files_download"])
            check_type(argname="argument write_sparse_files", value=write_sparse_files, expected_type=type_hints["write_sparse_files"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if parallel_files_download is not None:
            self._values["parallel_files_download"] = parallel_files_download
        if write_sparse_files is not None:
            self._values["write_sparse_files"] = write_sparse_files

    @builtins.property
    def parallel_files_download(self) -> typing.Optional[jsii.Number]:
        '''ParallelFilesDownload is the concurrency number setting for restore.

        :schema: RestoreSpecUploaderConfig#parallelFilesDownload
        '''
        result = self._values.get("parallel_files_download")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def write_sparse_files(self) -> typing.Optional[builtins.bool]:
        '''WriteSparseFiles is a flag to indicate whether write files sparsely or not.

        :schema: RestoreSpecUploaderConfig#writeSparseFiles
        '''
        result = self._values.get("write_sparse_files")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RestoreSpecUploaderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Schedule(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="velero_iovelero.Schedule",
):
    '''Schedule is a Velero resource that represents a pre-scheduled or periodic Backup that should be run.

    :schema: Schedule
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ScheduleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Schedule" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ScheduleSpec defines the specification for a Velero schedule.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8caf88471aff671b4c7542d064b1541f413d3bec361e2bafbe4127bf53a50ee5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ScheduleProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ScheduleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Schedule".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ScheduleSpec defines the specification for a Velero schedule.
        '''
        props = ScheduleProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Schedule".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ScheduleProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ScheduleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Schedule is a Velero resource that represents a pre-scheduled or periodic Backup that should be run.

        :param metadata: 
        :param spec: ScheduleSpec defines the specification for a Velero schedule.

        :schema: Schedule
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ScheduleSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__314e756621742f5c2d26eda13d937093131d7d0de1a152c5445f6b102cd008bd)
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
        :schema: Schedule#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ScheduleSpec"]:
        '''ScheduleSpec defines the specification for a Velero schedule.

        :schema: Schedule#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ScheduleSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpec",
    jsii_struct_bases=[],
    name_mapping={
        "schedule": "schedule",
        "template": "template",
        "paused": "paused",
        "skip_immediately": "skipImmediately",
        "use_owner_references_in_backup": "useOwnerReferencesInBackup",
    },
)
class ScheduleSpec:
    def __init__(
        self,
        *,
        schedule: builtins.str,
        template: typing.Union["ScheduleSpecTemplate", typing.Dict[builtins.str, typing.Any]],
        paused: typing.Optional[builtins.bool] = None,
        skip_immediately: typing.Optional[builtins.bool] = None,
        use_owner_references_in_backup: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ScheduleSpec defines the specification for a Velero schedule.

        :param schedule: Schedule is a Cron expression defining when to run the Backup.
        :param template: Template is the definition of the Backup to be run on the provided schedule.
        :param paused: Paused specifies whether the schedule is paused or not.
        :param skip_immediately: SkipImmediately specifies whether to skip backup if schedule is due immediately from ``schedule.status.lastBackup`` timestamp when schedule is unpaused or if schedule is new. If true, backup will be skipped immediately when schedule is unpaused if it is due based on .Status.LastBackupTimestamp or schedule is new, and will run at next schedule time. If false, backup will not be skipped immediately when schedule is unpaused, but will run at next schedule time. If empty, will follow server configuration (default: false).
        :param use_owner_references_in_backup: UseOwnerReferencesBackup specifies whether to use OwnerReferences on backups created by this Schedule.

        :schema: ScheduleSpec
        '''
        if isinstance(template, dict):
            template = ScheduleSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69ed18dcb1d83530ad6cb8086d00e34964f90e2918893e0504f828cf52e5dc3a)
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument paused", value=paused, expected_type=type_hints["paused"])
            check_type(argname="argument skip_immediately", value=skip_immediately, expected_type=type_hints["skip_immediately"])
            check_type(argname="argument use_owner_references_in_backup", value=use_owner_references_in_backup, expected_type=type_hints["use_owner_references_in_backup"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "schedule": schedule,
            "template": template,
        }
        if paused is not None:
            self._values["paused"] = paused
        if skip_immediately is not None:
            self._values["skip_immediately"] = skip_immediately
        if use_owner_references_in_backup is not None:
            self._values["use_owner_references_in_backup"] = use_owner_references_in_backup

    @builtins.property
    def schedule(self) -> builtins.str:
        '''Schedule is a Cron expression defining when to run the Backup.

        :schema: ScheduleSpec#schedule
        '''
        result = self._values.get("schedule")
        assert result is not None, "Required property 'schedule' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template(self) -> "ScheduleSpecTemplate":
        '''Template is the definition of the Backup to be run on the provided schedule.

        :schema: ScheduleSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("ScheduleSpecTemplate", result)

    @builtins.property
    def paused(self) -> typing.Optional[builtins.bool]:
        '''Paused specifies whether the schedule is paused or not.

        :schema: ScheduleSpec#paused
        '''
        result = self._values.get("paused")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def skip_immediately(self) -> typing.Optional[builtins.bool]:
        '''SkipImmediately specifies whether to skip backup if schedule is due immediately from ``schedule.status.lastBackup`` timestamp when schedule is unpaused or if schedule is new. If true, backup will be skipped immediately when schedule is unpaused if it is due based on .Status.LastBackupTimestamp or schedule is new, and will run at next schedule time. If false, backup will not be skipped immediately when schedule is unpaused, but will run at next schedule time. If empty, will follow server configuration (default: false).

        :schema: ScheduleSpec#skipImmediately
        '''
        result = self._values.get("skip_immediately")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_owner_references_in_backup(self) -> typing.Optional[builtins.bool]:
        '''UseOwnerReferencesBackup specifies whether to use OwnerReferences on backups created by this Schedule.

        :schema: ScheduleSpec#useOwnerReferencesInBackup
        '''
        result = self._values.get("use_owner_references_in_backup")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "csi_snapshot_timeout": "csiSnapshotTimeout",
        "datamover": "datamover",
        "default_volumes_to_fs_backup": "defaultVolumesToFsBackup",
        "default_volumes_to_restic": "defaultVolumesToRestic",
        "excluded_cluster_scoped_resources": "excludedClusterScopedResources",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_namespace_scoped_resources": "excludedNamespaceScopedResources",
        "excluded_resources": "excludedResources",
        "hooks": "hooks",
        "include_cluster_resources": "includeClusterResources",
        "included_cluster_scoped_resources": "includedClusterScopedResources",
        "included_namespaces": "includedNamespaces",
        "included_namespace_scoped_resources": "includedNamespaceScopedResources",
        "included_resources": "includedResources",
        "item_operation_timeout": "itemOperationTimeout",
        "label_selector": "labelSelector",
        "metadata": "metadata",
        "ordered_resources": "orderedResources",
        "or_label_selectors": "orLabelSelectors",
        "resource_policy": "resourcePolicy",
        "snapshot_move_data": "snapshotMoveData",
        "snapshot_volumes": "snapshotVolumes",
        "storage_location": "storageLocation",
        "ttl": "ttl",
        "uploader_config": "uploaderConfig",
        "volume_group_snapshot_label_key": "volumeGroupSnapshotLabelKey",
        "volume_snapshot_locations": "volumeSnapshotLocations",
    },
)
class ScheduleSpecTemplate:
    def __init__(
        self,
        *,
        csi_snapshot_timeout: typing.Optional[builtins.str] = None,
        datamover: typing.Optional[builtins.str] = None,
        default_volumes_to_fs_backup: typing.Optional[builtins.bool] = None,
        default_volumes_to_restic: typing.Optional[builtins.bool] = None,
        excluded_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        hooks: typing.Optional[typing.Union["ScheduleSpecTemplateHooks", typing.Dict[builtins.str, typing.Any]]] = None,
        include_cluster_resources: typing.Optional[builtins.bool] = None,
        included_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        item_operation_timeout: typing.Optional[builtins.str] = None,
        label_selector: typing.Optional[typing.Union["ScheduleSpecTemplateLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["ScheduleSpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        ordered_resources: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        or_label_selectors: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateOrLabelSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_policy: typing.Optional[typing.Union["ScheduleSpecTemplateResourcePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        snapshot_move_data: typing.Optional[builtins.bool] = None,
        snapshot_volumes: typing.Optional[builtins.bool] = None,
        storage_location: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
        uploader_config: typing.Optional[typing.Union["ScheduleSpecTemplateUploaderConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_group_snapshot_label_key: typing.Optional[builtins.str] = None,
        volume_snapshot_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Template is the definition of the Backup to be run on the provided schedule.

        :param csi_snapshot_timeout: CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to ReadyToUse during creation, before returning error as timeout. The default value is 10 minute.
        :param datamover: DataMover specifies the data mover to be used by the backup. If DataMover is "" or "velero", the built-in data mover will be used.
        :param default_volumes_to_fs_backup: DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used for all volumes by default.
        :param default_volumes_to_restic: DefaultVolumesToRestic specifies whether restic should be used to take a backup of all pod volumes by default. Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.
        :param excluded_cluster_scoped_resources: ExcludedClusterScopedResources is a slice of cluster-scoped resource type names to exclude from the backup. If set to "*", all cluster-scoped resource types are excluded. The default value is empty.
        :param excluded_namespaces: ExcludedNamespaces contains a list of namespaces that are not included in the backup.
        :param excluded_namespace_scoped_resources: ExcludedNamespaceScopedResources is a slice of namespace-scoped resource type names to exclude from the backup. If set to "*", all namespace-scoped resource types are excluded. The default value is empty.
        :param excluded_resources: ExcludedResources is a slice of resource names that are not included in the backup.
        :param hooks: Hooks represent custom behaviors that should be executed at different phases of the backup.
        :param include_cluster_resources: IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the backup.
        :param included_cluster_scoped_resources: IncludedClusterScopedResources is a slice of cluster-scoped resource type names to include in the backup. If set to "*", all cluster-scoped resource types are included. The default value is empty, which means only related cluster-scoped resources are included.
        :param included_namespaces: IncludedNamespaces is a slice of namespace names to include objects from. If empty, all namespaces are included.
        :param included_namespace_scoped_resources: IncludedNamespaceScopedResources is a slice of namespace-scoped resource type names to include in the backup. The default value is "*".
        :param included_resources: IncludedResources is a slice of resource names to include in the backup. If empty, all resources are included.
        :param item_operation_timeout: ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations The default value is 4 hour.
        :param label_selector: LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.
        :param metadata: 
        :param ordered_resources: OrderedResources specifies the backup order of resources of specific Kind. The map key is the resource name and value is a list of object names separated by commas. Each resource name has format "namespace/objectname". For cluster resources, simply use "objectname".
        :param or_label_selectors: OrLabelSelectors is list of metav1.LabelSelector to filter with when adding individual objects to the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in backup request, only one of them can be used.
        :param resource_policy: ResourcePolicy specifies the referenced resource policies that backup should follow.
        :param snapshot_move_data: SnapshotMoveData specifies whether snapshot data should be moved.
        :param snapshot_volumes: SnapshotVolumes specifies whether to take snapshots of any PV's referenced in the set of objects included in the Backup.
        :param storage_location: StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.
        :param ttl: TTL is a time.Duration-parseable string describing how long the Backup should be retained for.
        :param uploader_config: UploaderConfig specifies the configuration for the uploader.
        :param volume_group_snapshot_label_key: VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.
        :param volume_snapshot_locations: VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.

        :schema: ScheduleSpecTemplate
        '''
        if isinstance(hooks, dict):
            hooks = ScheduleSpecTemplateHooks(**hooks)
        if isinstance(label_selector, dict):
            label_selector = ScheduleSpecTemplateLabelSelector(**label_selector)
        if isinstance(metadata, dict):
            metadata = ScheduleSpecTemplateMetadata(**metadata)
        if isinstance(resource_policy, dict):
            resource_policy = ScheduleSpecTemplateResourcePolicy(**resource_policy)
        if isinstance(uploader_config, dict):
            uploader_config = ScheduleSpecTemplateUploaderConfig(**uploader_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97bf0dd987aaf14f54bbfebcaf683f99a9ef47b246eb3266d08bad13c857de7c)
            check_type(argname="argument csi_snapshot_timeout", value=csi_snapshot_timeout, expected_type=type_hints["csi_snapshot_timeout"])
            check_type(argname="argument datamover", value=datamover, expected_type=type_hints["datamover"])
            check_type(argname="argument default_volumes_to_fs_backup", value=default_volumes_to_fs_backup, expected_type=type_hints["default_volumes_to_fs_backup"])
            check_type(argname="argument default_volumes_to_restic", value=default_volumes_to_restic, expected_type=type_hints["default_volumes_to_restic"])
            check_type(argname="argument excluded_cluster_scoped_resources", value=excluded_cluster_scoped_resources, expected_type=type_hints["excluded_cluster_scoped_resources"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_namespace_scoped_resources", value=excluded_namespace_scoped_resources, expected_type=type_hints["excluded_namespace_scoped_resources"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument hooks", value=hooks, expected_type=type_hints["hooks"])
            check_type(argname="argument include_cluster_resources", value=include_cluster_resources, expected_type=type_hints["include_cluster_resources"])
            check_type(argname="argument included_cluster_scoped_resources", value=included_cluster_scoped_resources, expected_type=type_hints["included_cluster_scoped_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_namespace_scoped_resources", value=included_namespace_scoped_resources, expected_type=type_hints["included_namespace_scoped_resources"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument item_operation_timeout", value=item_operation_timeout, expected_type=type_hints["item_operation_timeout"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument ordered_resources", value=ordered_resources, expected_type=type_hints["ordered_resources"])
            check_type(argname="argument or_label_selectors", value=or_label_selectors, expected_type=type_hints["or_label_selectors"])
            check_type(argname="argument resource_policy", value=resource_policy, expected_type=type_hints["resource_policy"])
            check_type(argname="argument snapshot_move_data", value=snapshot_move_data, expected_type=type_hints["snapshot_move_data"])
            check_type(argname="argument snapshot_volumes", value=snapshot_volumes, expected_type=type_hints["snapshot_volumes"])
            check_type(argname="argument storage_location", value=storage_location, expected_type=type_hints["storage_location"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
            check_type(argname="argument uploader_config", value=uploader_config, expected_type=type_hints["uploader_config"])
            check_type(argname="argument volume_group_snapshot_label_key", value=volume_group_snapshot_label_key, expected_type=type_hints["volume_group_snapshot_label_key"])
            check_type(argname="argument volume_snapshot_locations", value=volume_snapshot_locations, expected_type=type_hints["volume_snapshot_locations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if csi_snapshot_timeout is not None:
            self._values["csi_snapshot_timeout"] = csi_snapshot_timeout
        if datamover is not None:
            self._values["datamover"] = datamover
        if default_volumes_to_fs_backup is not None:
            self._values["default_volumes_to_fs_backup"] = default_volumes_to_fs_backup
        if default_volumes_to_restic is not None:
            self._values["default_volumes_to_restic"] = default_volumes_to_restic
        if excluded_cluster_scoped_resources is not None:
            self._values["excluded_cluster_scoped_resources"] = excluded_cluster_scoped_resources
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_namespace_scoped_resources is not None:
            self._values["excluded_namespace_scoped_resources"] = excluded_namespace_scoped_resources
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if hooks is not None:
            self._values["hooks"] = hooks
        if include_cluster_resources is not None:
            self._values["include_cluster_resources"] = include_cluster_resources
        if included_cluster_scoped_resources is not None:
            self._values["included_cluster_scoped_resources"] = included_cluster_scoped_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_namespace_scoped_resources is not None:
            self._values["included_namespace_scoped_resources"] = included_namespace_scoped_resources
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if item_operation_timeout is not None:
            self._values["item_operation_timeout"] = item_operation_timeout
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if metadata is not None:
            self._values["metadata"] = metadata
        if ordered_resources is not None:
            self._values["ordered_resources"] = ordered_resources
        if or_label_selectors is not None:
            self._values["or_label_selectors"] = or_label_selectors
        if resource_policy is not None:
            self._values["resource_policy"] = resource_policy
        if snapshot_move_data is not None:
            self._values["snapshot_move_data"] = snapshot_move_data
        if snapshot_volumes is not None:
            self._values["snapshot_volumes"] = snapshot_volumes
        if storage_location is not None:
            self._values["storage_location"] = storage_location
        if ttl is not None:
            self._values["ttl"] = ttl
        if uploader_config is not None:
            self._values["uploader_config"] = uploader_config
        if volume_group_snapshot_label_key is not None:
            self._values["volume_group_snapshot_label_key"] = volume_group_snapshot_label_key
        if volume_snapshot_locations is not None:
            self._values["volume_snapshot_locations"] = volume_snapshot_locations

    @builtins.property
    def csi_snapshot_timeout(self) -> typing.Optional[builtins.str]:
        '''CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to ReadyToUse during creation, before returning error as timeout.

        The default value is 10 minute.

        :schema: ScheduleSpecTemplate#csiSnapshotTimeout
        '''
        result = self._values.get("csi_snapshot_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datamover(self) -> typing.Optional[builtins.str]:
        '''DataMover specifies the data mover to be used by the backup.

        If DataMover is "" or "velero", the built-in data mover will be used.

        :schema: ScheduleSpecTemplate#datamover
        '''
        result = self._values.get("datamover")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_volumes_to_fs_backup(self) -> typing.Optional[builtins.bool]:
        '''DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used for all volumes by default.

        :schema: ScheduleSpecTemplate#defaultVolumesToFsBackup
        '''
        result = self._values.get("default_volumes_to_fs_backup")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def default_volumes_to_restic(self) -> typing.Optional[builtins.bool]:
        '''DefaultVolumesToRestic specifies whether restic should be used to take a backup of all pod volumes by default.

        Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.

        :schema: ScheduleSpecTemplate#defaultVolumesToRestic
        '''
        result = self._values.get("default_volumes_to_restic")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def excluded_cluster_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedClusterScopedResources is a slice of cluster-scoped resource type names to exclude from the backup.

        If set to "*", all cluster-scoped resource types are excluded.
        The default value is empty.

        :schema: ScheduleSpecTemplate#excludedClusterScopedResources
        '''
        result = self._values.get("excluded_cluster_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces contains a list of namespaces that are not included in the backup.

        :schema: ScheduleSpecTemplate#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_namespace_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaceScopedResources is a slice of namespace-scoped resource type names to exclude from the backup.

        If set to "*", all namespace-scoped resource types are excluded.
        The default value is empty.

        :schema: ScheduleSpecTemplate#excludedNamespaceScopedResources
        '''
        result = self._values.get("excluded_namespace_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources is a slice of resource names that are not included in the backup.

        :schema: ScheduleSpecTemplate#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hooks(self) -> typing.Optional["ScheduleSpecTemplateHooks"]:
        '''Hooks represent custom behaviors that should be executed at different phases of the backup.

        :schema: ScheduleSpecTemplate#hooks
        '''
        result = self._values.get("hooks")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooks"], result)

    @builtins.property
    def include_cluster_resources(self) -> typing.Optional[builtins.bool]:
        '''IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the backup.

        :schema: ScheduleSpecTemplate#includeClusterResources
        '''
        result = self._values.get("include_cluster_resources")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def included_cluster_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedClusterScopedResources is a slice of cluster-scoped resource type names to include in the backup.

        If set to "*", all cluster-scoped resource types are included.
        The default value is empty, which means only related
        cluster-scoped resources are included.

        :schema: ScheduleSpecTemplate#includedClusterScopedResources
        '''
        result = self._values.get("included_cluster_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces is a slice of namespace names to include objects from.

        If empty, all namespaces are included.

        :schema: ScheduleSpecTemplate#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespace_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaceScopedResources is a slice of namespace-scoped resource type names to include in the backup.

        The default value is "*".

        :schema: ScheduleSpecTemplate#includedNamespaceScopedResources
        '''
        result = self._values.get("included_namespace_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources is a slice of resource names to include in the backup.

        If empty, all resources are included.

        :schema: ScheduleSpecTemplate#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def item_operation_timeout(self) -> typing.Optional[builtins.str]:
        '''ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations The default value is 4 hour.

        :schema: ScheduleSpecTemplate#itemOperationTimeout
        '''
        result = self._values.get("item_operation_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def label_selector(self) -> typing.Optional["ScheduleSpecTemplateLabelSelector"]:
        '''LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.

        :schema: ScheduleSpecTemplate#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["ScheduleSpecTemplateLabelSelector"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ScheduleSpecTemplateMetadata"]:
        '''
        :schema: ScheduleSpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ScheduleSpecTemplateMetadata"], result)

    @builtins.property
    def ordered_resources(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''OrderedResources specifies the backup order of resources of specific Kind.

        The map key is the resource name and value is a list of object names separated by commas.
        Each resource name has format "namespace/objectname".  For cluster resources, simply use "objectname".

        :schema: ScheduleSpecTemplate#orderedResources
        '''
        result = self._values.get("ordered_resources")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def or_label_selectors(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectors"]]:
        '''OrLabelSelectors is list of metav1.LabelSelector to filter with when adding individual objects to the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in backup request, only one of them can be used.

        :schema: ScheduleSpecTemplate#orLabelSelectors
        '''
        result = self._values.get("or_label_selectors")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectors"]], result)

    @builtins.property
    def resource_policy(self) -> typing.Optional["ScheduleSpecTemplateResourcePolicy"]:
        '''ResourcePolicy specifies the referenced resource policies that backup should follow.

        :schema: ScheduleSpecTemplate#resourcePolicy
        '''
        result = self._values.get("resource_policy")
        return typing.cast(typing.Optional["ScheduleSpecTemplateResourcePolicy"], result)

    @builtins.property
    def snapshot_move_data(self) -> typing.Optional[builtins.bool]:
        '''SnapshotMoveData specifies whether snapshot data should be moved.

        :schema: ScheduleSpecTemplate#snapshotMoveData
        '''
        result = self._values.get("snapshot_move_data")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def snapshot_volumes(self) -> typing.Optional[builtins.bool]:
        '''SnapshotVolumes specifies whether to take snapshots of any PV's referenced in the set of objects included in the Backup.

        :schema: ScheduleSpecTemplate#snapshotVolumes
        '''
        result = self._values.get("snapshot_volumes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def storage_location(self) -> typing.Optional[builtins.str]:
        '''StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.

        :schema: ScheduleSpecTemplate#storageLocation
        '''
        result = self._values.get("storage_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''TTL is a time.Duration-parseable string describing how long the Backup should be retained for.

        :schema: ScheduleSpecTemplate#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uploader_config(self) -> typing.Optional["ScheduleSpecTemplateUploaderConfig"]:
        '''UploaderConfig specifies the configuration for the uploader.

        :schema: ScheduleSpecTemplate#uploaderConfig
        '''
        result = self._values.get("uploader_config")
        return typing.cast(typing.Optional["ScheduleSpecTemplateUploaderConfig"], result)

    @builtins.property
    def volume_group_snapshot_label_key(self) -> typing.Optional[builtins.str]:
        '''VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.

        :schema: ScheduleSpecTemplate#volumeGroupSnapshotLabelKey
        '''
        result = self._values.get("volume_group_snapshot_label_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_snapshot_locations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.

        :schema: ScheduleSpecTemplate#volumeSnapshotLocations
        '''
        result = self._values.get("volume_snapshot_locations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooks",
    jsii_struct_bases=[],
    name_mapping={"resources": "resources"},
)
class ScheduleSpecTemplateHooks:
    def __init__(
        self,
        *,
        resources: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Hooks represent custom behaviors that should be executed at different phases of the backup.

        :param resources: Resources are hooks that should be executed when backing up individual instances of a resource.

        :schema: ScheduleSpecTemplateHooks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbdc874675dcbe6d7b84387a4ea5cf5a57d1e094f48a4a5b880be06f8bff7cf8)
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResources"]]:
        '''Resources are hooks that should be executed when backing up individual instances of a resource.

        :schema: ScheduleSpecTemplateHooks#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResources",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_resources": "excludedResources",
        "included_namespaces": "includedNamespaces",
        "included_resources": "includedResources",
        "label_selector": "labelSelector",
        "post": "post",
        "pre": "pre",
    },
)
class ScheduleSpecTemplateHooksResources:
    def __init__(
        self,
        *,
        name: builtins.str,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        label_selector: typing.Optional[typing.Union["ScheduleSpecTemplateHooksResourcesLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        post: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResourcesPost", typing.Dict[builtins.str, typing.Any]]]] = None,
        pre: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResourcesPre", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BackupResourceHookSpec defines one or more BackupResourceHooks that should be executed based on the rules defined for namespaces, resources, and label selector.

        :param name: Name is the name of this hook.
        :param excluded_namespaces: ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
        :param excluded_resources: ExcludedResources specifies the resources to which this hook spec does not apply.
        :param included_namespaces: IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies to all namespaces.
        :param included_resources: IncludedResources specifies the resources to which this hook spec applies. If empty, it applies to all resources.
        :param label_selector: LabelSelector, if specified, filters the resources to which this hook spec applies.
        :param post: PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup. These are executed after all "additional items" from item actions are processed.
        :param pre: PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup. These are executed before any "additional items" from item actions are processed.

        :schema: ScheduleSpecTemplateHooksResources
        '''
        if isinstance(label_selector, dict):
            label_selector = ScheduleSpecTemplateHooksResourcesLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db2820a12d59f118a124156db116740986a42c6e03ca242ce207622911b9ea8f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument post", value=post, expected_type=type_hints["post"])
            check_type(argname="argument pre", value=pre, expected_type=type_hints["pre"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if post is not None:
            self._values["post"] = post
        if pre is not None:
            self._values["pre"] = pre

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of this hook.

        :schema: ScheduleSpecTemplateHooksResources#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.

        :schema: ScheduleSpecTemplateHooksResources#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources specifies the resources to which this hook spec does not apply.

        :schema: ScheduleSpecTemplateHooksResources#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces specifies the namespaces to which this hook spec applies.

        If empty, it applies
        to all namespaces.

        :schema: ScheduleSpecTemplateHooksResources#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources specifies the resources to which this hook spec applies.

        If empty, it applies
        to all resources.

        :schema: ScheduleSpecTemplateHooksResources#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["ScheduleSpecTemplateHooksResourcesLabelSelector"]:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :schema: ScheduleSpecTemplateHooksResources#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooksResourcesLabelSelector"], result)

    @builtins.property
    def post(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPost"]]:
        '''PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup.

        These are executed after all "additional items" from item actions are processed.

        :schema: ScheduleSpecTemplateHooksResources#post
        '''
        result = self._values.get("post")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPost"]], result)

    @builtins.property
    def pre(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPre"]]:
        '''PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup.

        These are executed before any "additional items" from item actions are processed.

        :schema: ScheduleSpecTemplateHooksResources#pre
        '''
        result = self._values.get("pre")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPre"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ScheduleSpecTemplateHooksResourcesLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ba7be2413bb84c7ab8eaf5cc1d6329c1cab1de98c2a4e9923f9e984bf16c3ab)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a0f38e172b36e4c4b9be6815f1a455d1afb5541d36e913ec71e2b09a4f39292)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesPost",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec"},
)
class ScheduleSpecTemplateHooksResourcesPost:
    def __init__(
        self,
        *,
        exec: typing.Union["ScheduleSpecTemplateHooksResourcesPostExec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''BackupResourceHook defines a hook for a resource.

        :param exec: Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPost
        '''
        if isinstance(exec, dict):
            exec = ScheduleSpecTemplateHooksResourcesPostExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edc47a93aa629d29a3bfa0bb2d39ab77c29aee9d9746169dde2f5ceb1152732c)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exec": exec,
        }

    @builtins.property
    def exec(self) -> "ScheduleSpecTemplateHooksResourcesPostExec":
        '''Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPost#exec
        '''
        result = self._values.get("exec")
        assert result is not None, "Required property 'exec' is missing"
        return typing.cast("ScheduleSpecTemplateHooksResourcesPostExec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesPostExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "on_error": "onError",
        "timeout": "timeout",
    },
)
class ScheduleSpecTemplateHooksResourcesPostExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["ScheduleSpecTemplateHooksResourcesPostExecOnError"] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec hook.

        :param command: Command is the command and arguments to execute.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81b8bd07a3aa6263b64abf8f2a267f5d6fdd9fc90ac87b0e9a7a7df9e526849d)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if on_error is not None:
            self._values["on_error"] = on_error
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(
        self,
    ) -> typing.Optional["ScheduleSpecTemplateHooksResourcesPostExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooksResourcesPostExecOnError"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPostExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesPostExecOnError"
)
class ScheduleSpecTemplateHooksResourcesPostExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: ScheduleSpecTemplateHooksResourcesPostExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesPre",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec"},
)
class ScheduleSpecTemplateHooksResourcesPre:
    def __init__(
        self,
        *,
        exec: typing.Union["ScheduleSpecTemplateHooksResourcesPreExec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''BackupResourceHook defines a hook for a resource.

        :param exec: Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPre
        '''
        if isinstance(exec, dict):
            exec = ScheduleSpecTemplateHooksResourcesPreExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b64585bf341582c859a1b30a0377de694a9f2622f3d32e09a20ff5505fcc325c)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exec": exec,
        }

    @builtins.property
    def exec(self) -> "ScheduleSpecTemplateHooksResourcesPreExec":
        '''Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPre#exec
        '''
        result = self._values.get("exec")
        assert result is not None, "Required property 'exec' is missing"
        return typing.cast("ScheduleSpecTemplateHooksResourcesPreExec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPre(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesPreExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "on_error": "onError",
        "timeout": "timeout",
    },
)
class ScheduleSpecTemplateHooksResourcesPreExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["ScheduleSpecTemplateHooksResourcesPreExecOnError"] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec hook.

        :param command: Command is the command and arguments to execute.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__455fe6d943a0f1b34164737d231d15274947397009f5363f458efcddfef31686)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if on_error is not None:
            self._values["on_error"] = on_error
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(
        self,
    ) -> typing.Optional["ScheduleSpecTemplateHooksResourcesPreExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooksResourcesPreExecOnError"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPreExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="velero_iovelero.ScheduleSpecTemplateHooksResourcesPreExecOnError"
)
class ScheduleSpecTemplateHooksResourcesPreExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: ScheduleSpecTemplateHooksResourcesPreExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ScheduleSpecTemplateLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__deac4823118abfc10822b16394b26893bc8bfb666c82c36dfb5f84c9a306ba6a)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ScheduleSpecTemplateLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ScheduleSpecTemplateLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e973e84e651f6c1848c91f4c8a64c19c10589160a0318c848f4e689d08a39834)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class ScheduleSpecTemplateMetadata:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param labels: 

        :schema: ScheduleSpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc8f2aee8a94195ba079d0fcdc3e8ad7c0f23aea85db5ebe0a3fe9cd6c0626fd)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ScheduleSpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateOrLabelSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ScheduleSpecTemplateOrLabelSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateOrLabelSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateOrLabelSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b46d2c3a3e3d1c2f69287cc08e78cf43383d3aab6911d86f7ea3c0f03a7e8bc)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ScheduleSpecTemplateOrLabelSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateOrLabelSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateOrLabelSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateOrLabelSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ScheduleSpecTemplateOrLabelSelectorsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8847e9bf603071557f69bacbd9637464c70a9470084d1a1702f01af024b92380)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateOrLabelSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateResourcePolicy",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class ScheduleSpecTemplateResourcePolicy:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ResourcePolicy specifies the referenced resource policies that backup should follow.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: ScheduleSpecTemplateResourcePolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__246b13d1e1bf61633d122516dcb5dbb0dcadb1bb795be8da12d4e42f67bafe2f)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the type of resource being referenced.

        :schema: ScheduleSpecTemplateResourcePolicy#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: ScheduleSpecTemplateResourcePolicy#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group.
        For any other third-party types, APIGroup is required.

        :schema: ScheduleSpecTemplateResourcePolicy#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateResourcePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_iovelero.ScheduleSpecTemplateUploaderConfig",
    jsii_struct_bases=[],
    name_mapping={"parallel_files_upload": "parallelFilesUpload"},
)
class ScheduleSpecTemplateUploaderConfig:
    def __init__(
        self,
        *,
        parallel_files_upload: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''UploaderConfig specifies the configuration for the uploader.

        :param parallel_files_upload: ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.

        :schema: ScheduleSpecTemplateUploaderConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ca328921317c62c79e300de36d275baabbeceb8f118eda9701b3575d65391ff)
            check_type(argname="argument parallel_files_upload", value=parallel_files_upload, expected_type=type_hints["parallel_files_upload"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if parallel_files_upload is not None:
            self._values["parallel_files_upload"] = parallel_files_upload

    @builtins.property
    def parallel_files_upload(self) -> typing.Optional[jsii.Number]:
        '''ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.

        :schema: ScheduleSpecTemplateUploaderConfig#parallelFilesUpload
        '''
        result = self._values.get("parallel_files_upload")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateUploaderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Backup",
    "BackupProps",
    "BackupSpec",
    "BackupSpecHooks",
    "BackupSpecHooksResources",
    "BackupSpecHooksResourcesLabelSelector",
    "BackupSpecHooksResourcesLabelSelectorMatchExpressions",
    "BackupSpecHooksResourcesPost",
    "BackupSpecHooksResourcesPostExec",
    "BackupSpecHooksResourcesPostExecOnError",
    "BackupSpecHooksResourcesPre",
    "BackupSpecHooksResourcesPreExec",
    "BackupSpecHooksResourcesPreExecOnError",
    "BackupSpecLabelSelector",
    "BackupSpecLabelSelectorMatchExpressions",
    "BackupSpecMetadata",
    "BackupSpecOrLabelSelectors",
    "BackupSpecOrLabelSelectorsMatchExpressions",
    "BackupSpecResourcePolicy",
    "BackupSpecUploaderConfig",
    "Restore",
    "RestoreProps",
    "RestoreSpec",
    "RestoreSpecHooks",
    "RestoreSpecHooksResources",
    "RestoreSpecHooksResourcesLabelSelector",
    "RestoreSpecHooksResourcesLabelSelectorMatchExpressions",
    "RestoreSpecHooksResourcesPostHooks",
    "RestoreSpecHooksResourcesPostHooksExec",
    "RestoreSpecHooksResourcesPostHooksExecOnError",
    "RestoreSpecHooksResourcesPostHooksInit",
    "RestoreSpecLabelSelector",
    "RestoreSpecLabelSelectorMatchExpressions",
    "RestoreSpecOrLabelSelectors",
    "RestoreSpecOrLabelSelectorsMatchExpressions",
    "RestoreSpecResourceModifier",
    "RestoreSpecRestoreStatus",
    "RestoreSpecUploaderConfig",
    "Schedule",
    "ScheduleProps",
    "ScheduleSpec",
    "ScheduleSpecTemplate",
    "ScheduleSpecTemplateHooks",
    "ScheduleSpecTemplateHooksResources",
    "ScheduleSpecTemplateHooksResourcesLabelSelector",
    "ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions",
    "ScheduleSpecTemplateHooksResourcesPost",
    "ScheduleSpecTemplateHooksResourcesPostExec",
    "ScheduleSpecTemplateHooksResourcesPostExecOnError",
    "ScheduleSpecTemplateHooksResourcesPre",
    "ScheduleSpecTemplateHooksResourcesPreExec",
    "ScheduleSpecTemplateHooksResourcesPreExecOnError",
    "ScheduleSpecTemplateLabelSelector",
    "ScheduleSpecTemplateLabelSelectorMatchExpressions",
    "ScheduleSpecTemplateMetadata",
    "ScheduleSpecTemplateOrLabelSelectors",
    "ScheduleSpecTemplateOrLabelSelectorsMatchExpressions",
    "ScheduleSpecTemplateResourcePolicy",
    "ScheduleSpecTemplateUploaderConfig",
]

publication.publish()

def _typecheckingstub__ee72b6b39ff9676ff82f484ca4217fa0308d823bd446a1fae688344e5dcd85fb(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackupSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0599a3b7d059b97ea45e536a383308860de82683393d4157c70892e16a17a48d(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackupSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa8cd0ea02115b64835d616397dbc69e648918fe57b0ca6be15724adc1e27f65(
    *,
    csi_snapshot_timeout: typing.Optional[builtins.str] = None,
    datamover: typing.Optional[builtins.str] = None,
    default_volumes_to_fs_backup: typing.Optional[builtins.bool] = None,
    default_volumes_to_restic: typing.Optional[builtins.bool] = None,
    excluded_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    hooks: typing.Optional[typing.Union[BackupSpecHooks, typing.Dict[builtins.str, typing.Any]]] = None,
    include_cluster_resources: typing.Optional[builtins.bool] = None,
    included_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    item_operation_timeout: typing.Optional[builtins.str] = None,
    label_selector: typing.Optional[typing.Union[BackupSpecLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[BackupSpecMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    ordered_resources: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    or_label_selectors: typing.Optional[typing.Sequence[typing.Union[BackupSpecOrLabelSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_policy: typing.Optional[typing.Union[BackupSpecResourcePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    snapshot_move_data: typing.Optional[builtins.bool] = None,
    snapshot_volumes: typing.Optional[builtins.bool] = None,
    storage_location: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
    uploader_config: typing.Optional[typing.Union[BackupSpecUploaderConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_group_snapshot_label_key: typing.Optional[builtins.str] = None,
    volume_snapshot_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17fd845b9637838ecc3e9a7a54ec71e21c2897a3630a24010e3967ff43f27479(
    *,
    resources: typing.Optional[typing.Sequence[typing.Union[BackupSpecHooksResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e91740f404a984e8783e93370c3d4ffd82d6209a07206f73ca68f2b71eed095(
    *,
    name: builtins.str,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    label_selector: typing.Optional[typing.Union[BackupSpecHooksResourcesLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    post: typing.Optional[typing.Sequence[typing.Union[BackupSpecHooksResourcesPost, typing.Dict[builtins.str, typing.Any]]]] = None,
    pre: typing.Optional[typing.Sequence[typing.Union[BackupSpecHooksResourcesPre, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83eef590bd0439f5f18804c22e6929b8fd05cad32405b61b15a2403f845a7ae6(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecHooksResourcesLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42e6590e07ef84602a277b638a19d0b752b26e38ba603445d486fe40245edb21(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a48ced48c687bd2a540b7058e2fed6db54f6e2cac72c46870d6da1e543f8c0dc(
    *,
    exec: typing.Union[BackupSpecHooksResourcesPostExec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2e603962523e861c783c641dde4cde2d68d2e505ab3ff10921c983e7b6bdf8c(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[BackupSpecHooksResourcesPostExecOnError] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__178da58400960e82eb0dd18141b5530c9ffbab96a8a2af4c1174e3e8e52208e0(
    *,
    exec: typing.Union[BackupSpecHooksResourcesPreExec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65ed1568e7703bd1e1aba5afbfec9de31426591738543f863eef1bb9f5b2bbe8(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[BackupSpecHooksResourcesPreExecOnError] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8a03ad24ebc0dbe3954d5c9edad7317ac121feda66df88459a071d8b5aacfa0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e627b7a5b88d0cdb4b82624a9ef907fa012c13ffee6d4ee8709e592a44b6b6c1(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef939b25cc33009f3825342f9917d74e4d09cb3fac6eb73ab8d6f193751bf0c7(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91c30d140189d5a02d398e57621614a59c7210f8168711b8508d8d43e4df0bdf(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[BackupSpecOrLabelSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14a1b32f83f0164781a72b2f9c3fd6d0e02bd61cef22d109af7d43c31fdc862a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2f05de8a9c04ad163bb84cf2d58519964883f31e9aa93fa249b201dff50e65f(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01779c7ee887e610833fde021338e6aea756adea7b8dd1c6c231856e8e0fc35a(
    *,
    parallel_files_upload: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__531061c9049734cb8094571febed8f5eb573b256dcd8bde73ad6dade3c0856cd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[RestoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91f390dbbf1e3a1429c4b52384d91f697d80abdb97d7a69556ef45d348c752f7(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[RestoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e2ebfcfe0888beda5a07f1a940c32de6a55acebac43bc197eb58911ab455a85(
    *,
    backup_name: typing.Optional[builtins.str] = None,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    existing_resource_policy: typing.Optional[builtins.str] = None,
    hooks: typing.Optional[typing.Union[RestoreSpecHooks, typing.Dict[builtins.str, typing.Any]]] = None,
    include_cluster_resources: typing.Optional[builtins.bool] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    item_operation_timeout: typing.Optional[builtins.str] = None,
    label_selector: typing.Optional[typing.Union[RestoreSpecLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace_mapping: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    or_label_selectors: typing.Optional[typing.Sequence[typing.Union[RestoreSpecOrLabelSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    preserve_node_ports: typing.Optional[builtins.bool] = None,
    resource_modifier: typing.Optional[typing.Union[RestoreSpecResourceModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    restore_p_vs: typing.Optional[builtins.bool] = None,
    restore_status: typing.Optional[typing.Union[RestoreSpecRestoreStatus, typing.Dict[builtins.str, typing.Any]]] = None,
    schedule_name: typing.Optional[builtins.str] = None,
    uploader_config: typing.Optional[typing.Union[RestoreSpecUploaderConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ddd351a6e7f449645fa5d23401b0f783c714c3d9952011f845f2922077ad9d1(
    *,
    resources: typing.Optional[typing.Sequence[typing.Union[RestoreSpecHooksResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e516233b4c740958445bed28aa6735371d0479afc03eb0c784bfa66a72b955d(
    *,
    name: builtins.str,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    label_selector: typing.Optional[typing.Union[RestoreSpecHooksResourcesLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    post_hooks: typing.Optional[typing.Sequence[typing.Union[RestoreSpecHooksResourcesPostHooks, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b4db566cdf1463aef9fd6f195d693060764b4e1503723f077467161a545a2b4(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecHooksResourcesLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81450b977b06975d499978745356b8b4f7004d82dd5600ef3178d55cbcfa2f5c(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aded9ce02f1bc2f3072a474aaddbe6d223e5e1b9b26f23d6b88fd238a562c4be(
    *,
    exec: typing.Optional[typing.Union[RestoreSpecHooksResourcesPostHooksExec, typing.Dict[builtins.str, typing.Any]]] = None,
    init: typing.Optional[typing.Union[RestoreSpecHooksResourcesPostHooksInit, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e498febd71d75b78a303747a88fa87ec59208fb9de29da7731f8737cbacfc49(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    exec_timeout: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[RestoreSpecHooksResourcesPostHooksExecOnError] = None,
    wait_for_ready: typing.Optional[builtins.bool] = None,
    wait_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97601bae4e13cf18498cbf64fd35205f930163723936df4894e55055ce69e693(
    *,
    init_containers: typing.Optional[typing.Sequence[typing.Any]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__396d09b0fa7f72933b252f3d0c01e8b30b68b877cb61a91f50a4d9e43459c71c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eff379ca1cb9c6be4669e13b841cdb2262c9343562d55e2124c67c1670393ae9(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f53d4266ff29b93635be98bb28e623f54e1642ea0ccdbc46d947ceffd5fccb9c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[RestoreSpecOrLabelSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba3f6f77dad19a0c7a2757626231187a54bbcdffc7e93433c5968ea0977c257e(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9880538de8dcd2570e0c81102e2299fb9d290a4f6924a2566093c608fb187a85(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8387239f45b0fcc5383ba0c2c9fbe4c246b1c472a64d43f665df7e25ed462f44(
    *,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__951c9c215f6fa728c124e710f551d444b13ed8137c78d91f143869792e79b876(
    *,
    parallel_files_download: typing.Optional[jsii.Number] = None,
    write_sparse_files: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8caf88471aff671b4c7542d064b1541f413d3bec361e2bafbe4127bf53a50ee5(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ScheduleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__314e756621742f5c2d26eda13d937093131d7d0de1a152c5445f6b102cd008bd(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ScheduleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69ed18dcb1d83530ad6cb8086d00e34964f90e2918893e0504f828cf52e5dc3a(
    *,
    schedule: builtins.str,
    template: typing.Union[ScheduleSpecTemplate, typing.Dict[builtins.str, typing.Any]],
    paused: typing.Optional[builtins.bool] = None,
    skip_immediately: typing.Optional[builtins.bool] = None,
    use_owner_references_in_backup: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97bf0dd987aaf14f54bbfebcaf683f99a9ef47b246eb3266d08bad13c857de7c(
    *,
    csi_snapshot_timeout: typing.Optional[builtins.str] = None,
    datamover: typing.Optional[builtins.str] = None,
    default_volumes_to_fs_backup: typing.Optional[builtins.bool] = None,
    default_volumes_to_restic: typing.Optional[builtins.bool] = None,
    excluded_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    hooks: typing.Optional[typing.Union[ScheduleSpecTemplateHooks, typing.Dict[builtins.str, typing.Any]]] = None,
    include_cluster_resources: typing.Optional[builtins.bool] = None,
    included_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    item_operation_timeout: typing.Optional[builtins.str] = None,
    label_selector: typing.Optional[typing.Union[ScheduleSpecTemplateLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[ScheduleSpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    ordered_resources: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    or_label_selectors: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateOrLabelSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_policy: typing.Optional[typing.Union[ScheduleSpecTemplateResourcePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    snapshot_move_data: typing.Optional[builtins.bool] = None,
    snapshot_volumes: typing.Optional[builtins.bool] = None,
    storage_location: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
    uploader_config: typing.Optional[typing.Union[ScheduleSpecTemplateUploaderConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_group_snapshot_label_key: typing.Optional[builtins.str] = None,
    volume_snapshot_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbdc874675dcbe6d7b84387a4ea5cf5a57d1e094f48a4a5b880be06f8bff7cf8(
    *,
    resources: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db2820a12d59f118a124156db116740986a42c6e03ca242ce207622911b9ea8f(
    *,
    name: builtins.str,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    label_selector: typing.Optional[typing.Union[ScheduleSpecTemplateHooksResourcesLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    post: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResourcesPost, typing.Dict[builtins.str, typing.Any]]]] = None,
    pre: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResourcesPre, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ba7be2413bb84c7ab8eaf5cc1d6329c1cab1de98c2a4e9923f9e984bf16c3ab(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a0f38e172b36e4c4b9be6815f1a455d1afb5541d36e913ec71e2b09a4f39292(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edc47a93aa629d29a3bfa0bb2d39ab77c29aee9d9746169dde2f5ceb1152732c(
    *,
    exec: typing.Union[ScheduleSpecTemplateHooksResourcesPostExec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81b8bd07a3aa6263b64abf8f2a267f5d6fdd9fc90ac87b0e9a7a7df9e526849d(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[ScheduleSpecTemplateHooksResourcesPostExecOnError] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b64585bf341582c859a1b30a0377de694a9f2622f3d32e09a20ff5505fcc325c(
    *,
    exec: typing.Union[ScheduleSpecTemplateHooksResourcesPreExec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__455fe6d943a0f1b34164737d231d15274947397009f5363f458efcddfef31686(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[ScheduleSpecTemplateHooksResourcesPreExecOnError] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__deac4823118abfc10822b16394b26893bc8bfb666c82c36dfb5f84c9a306ba6a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e973e84e651f6c1848c91f4c8a64c19c10589160a0318c848f4e689d08a39834(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc8f2aee8a94195ba079d0fcdc3e8ad7c0f23aea85db5ebe0a3fe9cd6c0626fd(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b46d2c3a3e3d1c2f69287cc08e78cf43383d3aab6911d86f7ea3c0f03a7e8bc(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateOrLabelSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8847e9bf603071557f69bacbd9637464c70a9470084d1a1702f01af024b92380(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__246b13d1e1bf61633d122516dcb5dbb0dcadb1bb795be8da12d4e42f67bafe2f(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ca328921317c62c79e300de36d275baabbeceb8f118eda9701b3575d65391ff(
    *,
    parallel_files_upload: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
