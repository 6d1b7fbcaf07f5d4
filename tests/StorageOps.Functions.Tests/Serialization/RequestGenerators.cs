using CsCheck;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Serialization;

/// <summary>
/// Valid request records of every action, over the whole range each rule allows: members present or left out, every
/// enum value, identifiers of every allowed length, tags up to the limit. What the router accepts, and nothing else.
/// </summary>
internal static class RequestGenerators
{
    private const string Hex = "0123456789abcdef";
    private const string TagKeyCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.:/=+-@";

    public static readonly Gen<string> RequestId = Text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 1, 64);

    public static readonly Gen<string> FileSystemId = Gen.OneOf(
        Prefixed("fs-"),
        Prefixed("fs-").Select(id => $"arn:aws:elasticfilesystem:us-west-2:123456789012:file-system/{id}"));

    public static readonly Gen<int> TimeoutSeconds = Gen.Int[1, RequestFieldRules.MaxTimeoutSeconds];

    public static readonly Gen<double> ProvisionedThroughput = Gen.OneOf(
        Gen.Int[1, 3414].Select(mibps => (double)mibps),
        Gen.Double[RequestFieldRules.MinProvisionedThroughputInMibps, RequestFieldRules.MaxProvisionedThroughputInMibps]);

    private static readonly Gen<string> Region = Gen.OneOf("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2", "us-gov-west-1", "cn-north-1");

    private static readonly Gen<string> AvailabilityZone = Region.Select(Gen.Char["abcdef"], (region, zone) => region + zone);

    private static readonly Gen<string> KmsKeyId = Gen.OneOf(
        Gen.Const("alias/storageops"),
        Gen.Const("1234abcd-12ab-34cd-56ef-1234567890ab"),
        Text(Hex, 32, 32).Select(key => "mrk-" + key),
        Gen.Const("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        Gen.Const("arn:aws:kms:us-west-2:111122223333:alias/storage/ops"));

    private static readonly Gen<IReadOnlyList<string>> SecurityGroups =
        Prefixed("sg-").HashSet[1, RequestFieldRules.MaxSecurityGroupsPerMountTarget].Select(groups => (IReadOnlyList<string>)[.. groups.Order(StringComparer.Ordinal)]);

    private static readonly Gen<string> TagKey = Text(TagKeyCharacters, 1, 128)
        .Where(key => !key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) && !key.StartsWith("storageops:", StringComparison.Ordinal));

    private static readonly Gen<IReadOnlyDictionary<string, string>> Tags =
        TagKey.Dictionary(Text(TagKeyCharacters, 0, 256))[1, RequestFieldRules.MaxUserTags].Select(tags => (IReadOnlyDictionary<string, string>)tags);

    private static readonly Gen<string> Ipv4 = Gen.Byte.Array[4, 4].Select(bytes => string.Join('.', bytes));

    private static readonly Gen<MountTargetRequest> MountTarget =
        from subnetId in Prefixed("subnet-")
        from securityGroups in SecurityGroups.Null()
        from ipAddress in Ipv4.Null()
        select new MountTargetRequest { SubnetId = subnetId, SecurityGroups = securityGroups, IpAddress = ipAddress };

    /// <summary>A new destination (region or zone, optional key) or an existing file system (optional role).</summary>
    private static readonly Gen<ReplicationDestinationRequest> Destination = Gen.OneOf(
        from region in Region
        from kmsKeyId in KmsKeyId.Null()
        select new ReplicationDestinationRequest { Region = region, KmsKeyId = kmsKeyId },
        from zone in AvailabilityZone
        from region in Region.Null()
        from kmsKeyId in KmsKeyId.Null()
        select new ReplicationDestinationRequest { AvailabilityZoneName = zone, Region = region, KmsKeyId = kmsKeyId },
        from fileSystemId in FileSystemId
        from region in Region.Null()
        from roleArn in Gen.Const("arn:aws:iam::111122223333:role/storageops-replication").Null()
        select new ReplicationDestinationRequest { FileSystemId = fileSystemId, Region = region, RoleArn = roleArn });

    public static readonly Gen<ProvisionFileSystemRequest> Provision =
        from requestId in RequestId
        from performanceMode in Gen.OneOf("generalPurpose", "maxIO").Null()
        from throughputMode in Gen.OneOf("bursting", "provisioned", "elastic").Null()
        from provisioned in ProvisionedThroughput
        from encrypted in Gen.Bool.Nullable()
        from kmsKeyId in KmsKeyId.Null()
        from zone in AvailabilityZone.Null()
        from backup in Gen.Bool.Nullable()
        from tags in Tags.Null()
        from mountTargets in MountTarget.List[0, 6].Null()
        from replication in Destination.Null()
        from rollback in Gen.Bool.Nullable()
        from timeout in TimeoutSeconds.Nullable()
        where !(performanceMode == "maxIO" && (throughputMode == "elastic" || zone is not null))
        select new ProvisionFileSystemRequest
        {
            RequestId = requestId,
            PerformanceMode = performanceMode,
            ThroughputMode = throughputMode,
            ProvisionedThroughputInMibps = throughputMode == "provisioned" ? provisioned : null,
            Encrypted = encrypted,
            KmsKeyId = encrypted == false ? null : kmsKeyId,
            AvailabilityZoneName = zone,
            Backup = backup,
            Tags = tags,
            MountTargets = mountTargets?.DistinctBy(mountTarget => mountTarget.SubnetId).ToList(),
            Replication = replication,
            RollbackOnFailure = rollback,
            TimeoutSeconds = timeout,
        };

    public static readonly Gen<ReplicateFileSystemRequest> Replicate =
        from requestId in RequestId
        from fileSystemId in FileSystemId
        from destination in Destination
        from timeout in TimeoutSeconds.Nullable()
        select new ReplicateFileSystemRequest { RequestId = requestId, FileSystemId = fileSystemId, Destination = destination, TimeoutSeconds = timeout };

    public static readonly Gen<TeardownFileSystemRequest> Teardown =
        from requestId in RequestId
        from fileSystemId in FileSystemId
        from force in Gen.Bool.Nullable()
        from timeout in TimeoutSeconds.Nullable()
        select new TeardownFileSystemRequest { RequestId = requestId, FileSystemId = fileSystemId, Force = force, TimeoutSeconds = timeout };

    /// <summary>At least one change; provisionedThroughputInMibps with provisioned throughput or none named (a file system already provisioned).</summary>
    public static readonly Gen<UpdateFileSystemRequest> Update =
        from requestId in RequestId
        from fileSystemId in FileSystemId
        from throughputMode in Gen.OneOf("bursting", "provisioned", "elastic").Null()
        from provisioned in ProvisionedThroughput.Nullable()
        from changes in Gen.Select(Prefixed("fsmt-"), SecurityGroups, (mountTargetId, groups) => new MountTargetSecurityGroupsRequest { MountTargetId = mountTargetId, SecurityGroups = groups }).List[1, 4].Null()
        from tags in Tags.Null()
        from removeTagKeys in TagKey.HashSet[1, 50].Select(keys => (IReadOnlyList<string>)[.. keys.Order(StringComparer.Ordinal)]).Null()
        from protection in Gen.OneOf("ENABLED", "DISABLED").Null()
        from timeout in TimeoutSeconds.Nullable()
        let throughput = throughputMode == "provisioned" ? provisioned ?? 128 : throughputMode is null ? provisioned : null
        where throughputMode is not null || throughput is not null || changes is not null || tags is not null || removeTagKeys is not null || protection is not null
        select new UpdateFileSystemRequest
        {
            RequestId = requestId,
            FileSystemId = fileSystemId,
            ThroughputMode = throughputMode,
            ProvisionedThroughputInMibps = throughput,
            MountTargetSecurityGroups = changes?.DistinctBy(change => change.MountTargetId).ToList(),
            Tags = tags,
            RemoveTagKeys = removeTagKeys,
            ReplicationOverwriteProtection = protection,
            TimeoutSeconds = timeout,
        };

    private static Gen<string> Text(string characters, int minimum, int maximum) =>
        Gen.Char[characters].Array[minimum, maximum].Select(text => new string(text));

    private static Gen<string> Prefixed(string prefix) => Text(Hex, 8, 40).Select(id => prefix + id);
}
