using StorageOps.Aws.Protocol.Json;
using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.Efs;

/// <summary>
/// EFS operations, declared from the 2015-02-01 service model (<c>http</c>, member <c>location</c>s, output shape,
/// <c>errors</c>). Adding an operation is one definition here plus its wire test.
/// </summary>
internal static class EfsOperations
{
    public static RestJsonOperation<CreateFileSystemRequest, FileSystemDescription> CreateFileSystem { get; } =
        RestJsonOperation<CreateFileSystemRequest, FileSystemDescription>
            .Define("CreateFileSystem", "POST", "/2015-02-01/file-systems")
            .Body("CreationToken", r => r.CreationToken)
            .Body("PerformanceMode", r => r.PerformanceMode)
            .Body("Encrypted", r => r.Encrypted)
            .Body("KmsKeyId", r => r.KmsKeyId)
            .Body("ThroughputMode", r => r.ThroughputMode)
            .Body("ProvisionedThroughputInMibps", r => r.ProvisionedThroughputInMibps)
            .Body("AvailabilityZoneName", r => r.AvailabilityZoneName)
            .Body("Backup", r => r.Backup)
            .Body("Tags", r => r.Tags, JsonValueWriters.List<Tag>(EfsShapes.WriteTag))
            .Validate(EfsValidation.CreateFileSystem)
            .Output(EfsShapes.ReadFileSystemDescription)
            .Errors(
                "BadRequest",
                "InternalServerError",
                "FileSystemAlreadyExists",
                "FileSystemLimitExceeded",
                "InsufficientThroughputCapacity",
                "ThroughputLimitExceeded",
                "UnsupportedAvailabilityZone");

    public static RestJsonOperation<DescribeFileSystemsRequest, DescribeFileSystemsResponse> DescribeFileSystems { get; } =
        RestJsonOperation<DescribeFileSystemsRequest, DescribeFileSystemsResponse>
            .Define("DescribeFileSystems", "GET", "/2015-02-01/file-systems")
            .Query("MaxItems", r => r.MaxItems)
            .Query("Marker", r => r.Marker)
            .Query("CreationToken", r => r.CreationToken)
            .Query("FileSystemId", r => r.FileSystemId)
            .Validate(EfsValidation.DescribeFileSystems)
            .Output(EfsShapes.ReadDescribeFileSystemsResponse)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound");

    public static RestJsonOperation<DeleteFileSystemRequest, NoOutput> DeleteFileSystem { get; } =
        RestJsonOperation<DeleteFileSystemRequest, NoOutput>
            .Define("DeleteFileSystem", "DELETE", "/2015-02-01/file-systems/{FileSystemId}")
            .Path("FileSystemId", r => r.FileSystemId)
            .Validate(EfsValidation.DeleteFileSystem)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound", "FileSystemInUse");

    public static RestJsonOperation<UpdateFileSystemRequest, FileSystemDescription> UpdateFileSystem { get; } =
        RestJsonOperation<UpdateFileSystemRequest, FileSystemDescription>
            .Define("UpdateFileSystem", "PUT", "/2015-02-01/file-systems/{FileSystemId}")
            .Path("FileSystemId", r => r.FileSystemId)
            .Body("ThroughputMode", r => r.ThroughputMode)
            .Body("ProvisionedThroughputInMibps", r => r.ProvisionedThroughputInMibps)
            .Validate(EfsValidation.UpdateFileSystem)
            .Output(EfsShapes.ReadFileSystemDescription)
            .Errors(
                "BadRequest",
                "FileSystemNotFound",
                "IncorrectFileSystemLifeCycleState",
                "InsufficientThroughputCapacity",
                "InternalServerError",
                "ThroughputLimitExceeded",
                "TooManyRequests");

    public static RestJsonOperation<CreateMountTargetRequest, MountTargetDescription> CreateMountTarget { get; } =
        RestJsonOperation<CreateMountTargetRequest, MountTargetDescription>
            .Define("CreateMountTarget", "POST", "/2015-02-01/mount-targets")
            .Body("FileSystemId", r => r.FileSystemId)
            .Body("SubnetId", r => r.SubnetId)
            .Body("IpAddress", r => r.IpAddress)
            .Body("Ipv6Address", r => r.Ipv6Address)
            .Body("IpAddressType", r => r.IpAddressType)
            .Body("SecurityGroups", r => r.SecurityGroups, JsonValueWriters.List<string>(JsonValueWriters.String))
            .Validate(EfsValidation.CreateMountTarget)
            .Output(EfsShapes.ReadMountTargetDescription)
            .Errors(
                "BadRequest",
                "InternalServerError",
                "FileSystemNotFound",
                "IncorrectFileSystemLifeCycleState",
                "MountTargetConflict",
                "SubnetNotFound",
                "NoFreeAddressesInSubnet",
                "IpAddressInUse",
                "NetworkInterfaceLimitExceeded",
                "SecurityGroupLimitExceeded",
                "SecurityGroupNotFound",
                "UnsupportedAvailabilityZone",
                "AvailabilityZonesMismatch");

    public static RestJsonOperation<DescribeMountTargetsRequest, DescribeMountTargetsResponse> DescribeMountTargets { get; } =
        RestJsonOperation<DescribeMountTargetsRequest, DescribeMountTargetsResponse>
            .Define("DescribeMountTargets", "GET", "/2015-02-01/mount-targets")
            .Query("MaxItems", r => r.MaxItems)
            .Query("Marker", r => r.Marker)
            .Query("FileSystemId", r => r.FileSystemId)
            .Query("MountTargetId", r => r.MountTargetId)
            .Query("AccessPointId", r => r.AccessPointId)
            .Validate(EfsValidation.DescribeMountTargets)
            .Output(EfsShapes.ReadDescribeMountTargetsResponse)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound", "MountTargetNotFound", "AccessPointNotFound");

    public static RestJsonOperation<DeleteMountTargetRequest, NoOutput> DeleteMountTarget { get; } =
        RestJsonOperation<DeleteMountTargetRequest, NoOutput>
            .Define("DeleteMountTarget", "DELETE", "/2015-02-01/mount-targets/{MountTargetId}")
            .Path("MountTargetId", r => r.MountTargetId)
            .Validate(EfsValidation.DeleteMountTarget)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "DependencyTimeout", "MountTargetNotFound");

    public static RestJsonOperation<DescribeMountTargetSecurityGroupsRequest, DescribeMountTargetSecurityGroupsResponse> DescribeMountTargetSecurityGroups { get; } =
        RestJsonOperation<DescribeMountTargetSecurityGroupsRequest, DescribeMountTargetSecurityGroupsResponse>
            .Define("DescribeMountTargetSecurityGroups", "GET", "/2015-02-01/mount-targets/{MountTargetId}/security-groups")
            .Path("MountTargetId", r => r.MountTargetId)
            .Validate(EfsValidation.DescribeMountTargetSecurityGroups)
            .Output(EfsShapes.ReadDescribeMountTargetSecurityGroupsResponse)
            .Errors("BadRequest", "InternalServerError", "MountTargetNotFound", "IncorrectMountTargetState");

    public static RestJsonOperation<ModifyMountTargetSecurityGroupsRequest, NoOutput> ModifyMountTargetSecurityGroups { get; } =
        RestJsonOperation<ModifyMountTargetSecurityGroupsRequest, NoOutput>
            .Define("ModifyMountTargetSecurityGroups", "PUT", "/2015-02-01/mount-targets/{MountTargetId}/security-groups")
            .Path("MountTargetId", r => r.MountTargetId)
            .Body("SecurityGroups", r => r.SecurityGroups, JsonValueWriters.List<string>(JsonValueWriters.String))
            .Validate(EfsValidation.ModifyMountTargetSecurityGroups)
            .Output(NoOutput.Read)
            .Errors(
                "BadRequest",
                "InternalServerError",
                "MountTargetNotFound",
                "IncorrectMountTargetState",
                "SecurityGroupLimitExceeded",
                "SecurityGroupNotFound");

    public static RestJsonOperation<CreateTagsRequest, NoOutput> CreateTags { get; } =
        RestJsonOperation<CreateTagsRequest, NoOutput>
            .Define("CreateTags", "POST", "/2015-02-01/create-tags/{FileSystemId}")
            .Path("FileSystemId", r => r.FileSystemId)
            .Body("Tags", r => r.Tags, JsonValueWriters.List<Tag>(EfsShapes.WriteTag))
            .Validate(EfsValidation.CreateTags)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound");

    public static RestJsonOperation<DeleteTagsRequest, NoOutput> DeleteTags { get; } =
        RestJsonOperation<DeleteTagsRequest, NoOutput>
            .Define("DeleteTags", "POST", "/2015-02-01/delete-tags/{FileSystemId}")
            .Path("FileSystemId", r => r.FileSystemId)
            .Body("TagKeys", r => r.TagKeys, JsonValueWriters.List<string>(JsonValueWriters.String))
            .Validate(EfsValidation.DeleteTags)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound");

    /// <summary>
    /// The model's request URI is <c>/2015-02-01/tags/{FileSystemId}/</c>; the official SDKs (JavaScript v3 checked in the
    /// wire tests) drop the trailing slash, so we do too.
    /// </summary>
    public static RestJsonOperation<DescribeTagsRequest, DescribeTagsResponse> DescribeTags { get; } =
        RestJsonOperation<DescribeTagsRequest, DescribeTagsResponse>
            .Define("DescribeTags", "GET", "/2015-02-01/tags/{FileSystemId}")
            .Query("MaxItems", r => r.MaxItems)
            .Query("Marker", r => r.Marker)
            .Path("FileSystemId", r => r.FileSystemId)
            .Validate(EfsValidation.DescribeTags)
            .Output(EfsShapes.ReadDescribeTagsResponse)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound");

    public static RestJsonOperation<TagResourceRequest, NoOutput> TagResource { get; } =
        RestJsonOperation<TagResourceRequest, NoOutput>
            .Define("TagResource", "POST", "/2015-02-01/resource-tags/{ResourceId}")
            .Path("ResourceId", r => r.ResourceId)
            .Body("Tags", r => r.Tags, JsonValueWriters.List<Tag>(EfsShapes.WriteTag))
            .Validate(EfsValidation.TagResource)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound", "AccessPointNotFound");

    public static RestJsonOperation<UntagResourceRequest, NoOutput> UntagResource { get; } =
        RestJsonOperation<UntagResourceRequest, NoOutput>
            .Define("UntagResource", "DELETE", "/2015-02-01/resource-tags/{ResourceId}")
            .Path("ResourceId", r => r.ResourceId)
            .Query("tagKeys", r => r.TagKeys)
            .Validate(EfsValidation.UntagResource)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound", "AccessPointNotFound");

    public static RestJsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource { get; } =
        RestJsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>
            .Define("ListTagsForResource", "GET", "/2015-02-01/resource-tags/{ResourceId}")
            .Path("ResourceId", r => r.ResourceId)
            .Query("MaxResults", r => r.MaxResults)
            .Query("NextToken", r => r.NextToken)
            .Validate(EfsValidation.ListTagsForResource)
            .Output(EfsShapes.ReadListTagsForResourceResponse)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound", "AccessPointNotFound");

    public static RestJsonOperation<CreateReplicationConfigurationRequest, ReplicationConfigurationDescription> CreateReplicationConfiguration { get; } =
        RestJsonOperation<CreateReplicationConfigurationRequest, ReplicationConfigurationDescription>
            .Define("CreateReplicationConfiguration", "POST", "/2015-02-01/file-systems/{SourceFileSystemId}/replication-configuration")
            .Path("SourceFileSystemId", r => r.SourceFileSystemId)
            .Body("Destinations", r => r.Destinations, JsonValueWriters.List<DestinationToCreate>(EfsShapes.WriteDestinationToCreate))
            .Validate(EfsValidation.CreateReplicationConfiguration)
            .Output(EfsShapes.ReadReplicationConfigurationDescription)
            .Errors(
                "BadRequest",
                "IncorrectFileSystemLifeCycleState",
                "ValidationException",
                "ReplicationNotFound",
                "FileSystemNotFound",
                "UnsupportedAvailabilityZone",
                "FileSystemLimitExceeded",
                "InsufficientThroughputCapacity",
                "ThroughputLimitExceeded",
                "ConflictException",
                "InternalServerError");

    public static RestJsonOperation<DescribeReplicationConfigurationsRequest, DescribeReplicationConfigurationsResponse> DescribeReplicationConfigurations { get; } =
        RestJsonOperation<DescribeReplicationConfigurationsRequest, DescribeReplicationConfigurationsResponse>
            .Define("DescribeReplicationConfigurations", "GET", "/2015-02-01/file-systems/replication-configurations")
            .Query("FileSystemId", r => r.FileSystemId)
            .Query("NextToken", r => r.NextToken)
            .Query("MaxResults", r => r.MaxResults)
            .Validate(EfsValidation.DescribeReplicationConfigurations)
            .Output(EfsShapes.ReadDescribeReplicationConfigurationsResponse)
            .Errors("BadRequest", "FileSystemNotFound", "InternalServerError", "ReplicationNotFound", "ValidationException");

    public static RestJsonOperation<DeleteReplicationConfigurationRequest, NoOutput> DeleteReplicationConfiguration { get; } =
        RestJsonOperation<DeleteReplicationConfigurationRequest, NoOutput>
            .Define("DeleteReplicationConfiguration", "DELETE", "/2015-02-01/file-systems/{SourceFileSystemId}/replication-configuration")
            .Path("SourceFileSystemId", r => r.SourceFileSystemId)
            .Query("deletionMode", r => r.DeletionMode)
            .Validate(EfsValidation.DeleteReplicationConfiguration)
            .Output(NoOutput.Read)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound", "ReplicationNotFound");

    public static RestJsonOperation<UpdateFileSystemProtectionRequest, FileSystemProtectionDescription> UpdateFileSystemProtection { get; } =
        RestJsonOperation<UpdateFileSystemProtectionRequest, FileSystemProtectionDescription>
            .Define("UpdateFileSystemProtection", "PUT", "/2015-02-01/file-systems/{FileSystemId}/protection")
            .Path("FileSystemId", r => r.FileSystemId)
            .Body("ReplicationOverwriteProtection", r => r.ReplicationOverwriteProtection)
            .Validate(EfsValidation.UpdateFileSystemProtection)
            .Output(EfsShapes.ReadFileSystemProtectionDescription)
            .Errors(
                "BadRequest",
                "FileSystemNotFound",
                "IncorrectFileSystemLifeCycleState",
                "InsufficientThroughputCapacity",
                "InternalServerError",
                "ThroughputLimitExceeded",
                "ReplicationAlreadyExists",
                "TooManyRequests");

    /// <summary>Every operation, by API name (for the model comparison tests and the <c>storageops api</c> command).</summary>
    public static IReadOnlyDictionary<string, IRestJsonOperation> All { get; } = new Dictionary<string, IRestJsonOperation>
    {
        [CreateFileSystem.Name] = CreateFileSystem,
        [DescribeFileSystems.Name] = DescribeFileSystems,
        [DeleteFileSystem.Name] = DeleteFileSystem,
        [UpdateFileSystem.Name] = UpdateFileSystem,
        [CreateMountTarget.Name] = CreateMountTarget,
        [DescribeMountTargets.Name] = DescribeMountTargets,
        [DeleteMountTarget.Name] = DeleteMountTarget,
        [DescribeMountTargetSecurityGroups.Name] = DescribeMountTargetSecurityGroups,
        [ModifyMountTargetSecurityGroups.Name] = ModifyMountTargetSecurityGroups,
        [CreateTags.Name] = CreateTags,
        [DeleteTags.Name] = DeleteTags,
        [DescribeTags.Name] = DescribeTags,
        [TagResource.Name] = TagResource,
        [UntagResource.Name] = UntagResource,
        [ListTagsForResource.Name] = ListTagsForResource,
        [CreateReplicationConfiguration.Name] = CreateReplicationConfiguration,
        [DescribeReplicationConfigurations.Name] = DescribeReplicationConfigurations,
        [DeleteReplicationConfiguration.Name] = DeleteReplicationConfiguration,
        [UpdateFileSystemProtection.Name] = UpdateFileSystemProtection,
    };
}
