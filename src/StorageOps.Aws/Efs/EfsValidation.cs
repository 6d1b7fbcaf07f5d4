using System.Text.RegularExpressions;
using StorageOps.Aws.Protocol.Validation;

namespace StorageOps.Aws.Efs;

/// <summary>The documented EFS constraints, checked before a request is sent.</summary>
internal static partial class EfsValidation
{
    private static readonly string[] PerformanceModes = ["generalPurpose", "maxIO"];
    private static readonly string[] ThroughputModes = ["bursting", "provisioned", "elastic"];
    private static readonly string[] IpAddressTypes = ["IPV4_ONLY", "IPV6_ONLY", "DUAL_STACK"];
    private static readonly string[] DeletionModes = ["ALL_CONFIGURATIONS", "LOCAL_CONFIGURATION_ONLY"];
    private static readonly string[] OverwriteProtections = ["ENABLED", "DISABLED", "REPLICATING"];

    public static void CreateFileSystem(CreateFileSystemRequest request)
    {
        CreationToken(nameof(request.CreationToken), RequestRules.Required(nameof(request.CreationToken), request.CreationToken));
        RequestRules.OneOf(nameof(request.PerformanceMode), request.PerformanceMode, PerformanceModes);
        RequestRules.OneOf(nameof(request.ThroughputMode), request.ThroughputMode, ThroughputModes);
        if (request.ProvisionedThroughputInMibps is not null && request.ThroughputMode != "provisioned")
        {
            throw new AwsRequestValidationException(nameof(request.ProvisionedThroughputInMibps), "is only allowed with ThroughputMode 'provisioned'.");
        }

        if (request.ThroughputMode == "provisioned" && request.ProvisionedThroughputInMibps is null)
        {
            throw new AwsRequestValidationException(nameof(request.ProvisionedThroughputInMibps), "is required with ThroughputMode 'provisioned'.");
        }

        RequestRules.AtLeast(nameof(request.ProvisionedThroughputInMibps), request.ProvisionedThroughputInMibps, 1.0);
        RequestRules.Text(nameof(request.AvailabilityZoneName), request.AvailabilityZoneName, 1, 64);
        RequestRules.KmsKeyId(nameof(request.KmsKeyId), request.KmsKeyId);
        if (request.KmsKeyId is not null && request.Encrypted != true)
        {
            throw new AwsRequestValidationException(nameof(request.KmsKeyId), "requires Encrypted to be true.");
        }

        Tags(nameof(request.Tags), request.Tags);
    }

    public static void DescribeFileSystems(DescribeFileSystemsRequest request)
    {
        RequestRules.NotBoth(nameof(request.CreationToken), request.CreationToken, nameof(request.FileSystemId), request.FileSystemId);
        RequestRules.AtLeast(nameof(request.MaxItems), request.MaxItems, 1);
        RequestRules.Text(nameof(request.Marker), request.Marker, 1, 128);
        if (request.CreationToken is not null)
        {
            CreationToken(nameof(request.CreationToken), request.CreationToken);
        }

        if (request.FileSystemId is not null)
        {
            FileSystemId(nameof(request.FileSystemId), request.FileSystemId);
        }
    }

    public static void DeleteFileSystem(DeleteFileSystemRequest request) =>
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));

    public static void UpdateFileSystem(UpdateFileSystemRequest request)
    {
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));
        RequestRules.OneOf(nameof(request.ThroughputMode), request.ThroughputMode, ThroughputModes);
        if (request.ThroughputMode is not null && request.ThroughputMode != "provisioned" && request.ProvisionedThroughputInMibps is not null)
        {
            throw new AwsRequestValidationException(nameof(request.ProvisionedThroughputInMibps), "is only allowed with ThroughputMode 'provisioned'.");
        }

        RequestRules.AtLeast(nameof(request.ProvisionedThroughputInMibps), request.ProvisionedThroughputInMibps, 1.0);
    }

    public static void CreateMountTarget(CreateMountTargetRequest request)
    {
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));
        RequestRules.Matches(nameof(request.SubnetId), RequestRules.Required(nameof(request.SubnetId), request.SubnetId), SubnetIdPattern(), "a subnet id (subnet-0123abcd…)");
        if (request.IpAddress is not null)
        {
            RequestRules.Matches(nameof(request.IpAddress), request.IpAddress, IpAddressPattern(), "an IPv4 address (192.0.2.10)");
        }

        RequestRules.Length(nameof(request.Ipv6Address), request.Ipv6Address, 3, 39);
        RequestRules.OneOf(nameof(request.IpAddressType), request.IpAddressType, IpAddressTypes);
        SecurityGroups(nameof(request.SecurityGroups), request.SecurityGroups);
    }

    public static void DescribeMountTargets(DescribeMountTargetsRequest request)
    {
        var selectors = new[] { request.FileSystemId, request.MountTargetId, request.AccessPointId }.Count(value => value is not null);
        if (selectors != 1)
        {
            throw new AwsRequestValidationException(nameof(request.FileSystemId), "exactly one of FileSystemId, MountTargetId and AccessPointId is required.");
        }

        RequestRules.AtLeast(nameof(request.MaxItems), request.MaxItems, 1);
        RequestRules.Text(nameof(request.Marker), request.Marker, 1, 128);
        if (request.FileSystemId is not null)
        {
            FileSystemId(nameof(request.FileSystemId), request.FileSystemId);
        }

        if (request.MountTargetId is not null)
        {
            MountTargetId(nameof(request.MountTargetId), request.MountTargetId);
        }

        if (request.AccessPointId is not null)
        {
            RequestRules.Length(nameof(request.AccessPointId), request.AccessPointId, 0, 128);
            RequestRules.Matches(nameof(request.AccessPointId), request.AccessPointId, AccessPointIdPattern(), "an access point id (fsap-…) or ARN");
        }
    }

    public static void DeleteMountTarget(DeleteMountTargetRequest request) =>
        MountTargetId(nameof(request.MountTargetId), RequestRules.Required(nameof(request.MountTargetId), request.MountTargetId));

    public static void DescribeMountTargetSecurityGroups(DescribeMountTargetSecurityGroupsRequest request) =>
        MountTargetId(nameof(request.MountTargetId), RequestRules.Required(nameof(request.MountTargetId), request.MountTargetId));

    public static void ModifyMountTargetSecurityGroups(ModifyMountTargetSecurityGroupsRequest request)
    {
        MountTargetId(nameof(request.MountTargetId), RequestRules.Required(nameof(request.MountTargetId), request.MountTargetId));
        SecurityGroups(nameof(request.SecurityGroups), request.SecurityGroups);
    }

    public static void CreateTags(CreateTagsRequest request)
    {
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));
        Tags(nameof(request.Tags), request.Tags ?? throw new AwsRequestValidationException(nameof(request.Tags), "is required."));
    }

    public static void DeleteTags(DeleteTagsRequest request)
    {
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));
        TagKeys(nameof(request.TagKeys), request.TagKeys);
    }

    public static void DescribeTags(DescribeTagsRequest request)
    {
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));
        RequestRules.AtLeast(nameof(request.MaxItems), request.MaxItems, 1);
        RequestRules.Text(nameof(request.Marker), request.Marker, 1, 128);
    }

    public static void TagResource(TagResourceRequest request)
    {
        ResourceId(nameof(request.ResourceId), RequestRules.Required(nameof(request.ResourceId), request.ResourceId));
        Tags(nameof(request.Tags), request.Tags ?? throw new AwsRequestValidationException(nameof(request.Tags), "is required."));
    }

    public static void UntagResource(UntagResourceRequest request)
    {
        ResourceId(nameof(request.ResourceId), RequestRules.Required(nameof(request.ResourceId), request.ResourceId));
        TagKeys(nameof(request.TagKeys), request.TagKeys);
    }

    public static void ListTagsForResource(ListTagsForResourceRequest request)
    {
        ResourceId(nameof(request.ResourceId), RequestRules.Required(nameof(request.ResourceId), request.ResourceId));
        RequestRules.AtLeast(nameof(request.MaxResults), request.MaxResults, 1);
        RequestRules.Text(nameof(request.NextToken), request.NextToken, 1, 128);
    }

    public static void CreateReplicationConfiguration(CreateReplicationConfigurationRequest request)
    {
        FileSystemId(nameof(request.SourceFileSystemId), RequestRules.Required(nameof(request.SourceFileSystemId), request.SourceFileSystemId));
        if (request.Destinations is not { Count: 1 })
        {
            throw new AwsRequestValidationException(nameof(request.Destinations), "must hold exactly one destination (EFS supports one per replication configuration).");
        }

        const string Parameter = "Destinations[0]";
        var destination = request.Destinations[0] ?? throw new AwsRequestValidationException(Parameter, "is null.");
        RequestRules.Length($"{Parameter}.Region", destination.Region, 1, 64);
        RequestRules.Matches($"{Parameter}.Region", destination.Region, RegionPattern(), "a Region name (us-west-2)");
        RequestRules.Text($"{Parameter}.AvailabilityZoneName", destination.AvailabilityZoneName, 1, 64);
        RequestRules.KmsKeyId($"{Parameter}.KmsKeyId", destination.KmsKeyId);
        if (destination.RoleArn is not null)
        {
            RequestRules.Length($"{Parameter}.RoleArn", destination.RoleArn, 0, 2048);
            RequestRules.Matches($"{Parameter}.RoleArn", destination.RoleArn, RoleArnPattern(), "an IAM role ARN (arn:aws:iam::111122223333:role/name)");
        }

        if (destination.FileSystemId is null)
        {
            if (destination.Region is null && destination.AvailabilityZoneName is null)
            {
                throw new AwsRequestValidationException($"{Parameter}.Region", "is required for a new destination file system (or give FileSystemId of an existing one).");
            }

            return;
        }

        FileSystemId($"{Parameter}.FileSystemId", destination.FileSystemId);
        if (destination.AvailabilityZoneName is not null || destination.KmsKeyId is not null)
        {
            var member = destination.AvailabilityZoneName is not null ? "AvailabilityZoneName" : "KmsKeyId";
            throw new AwsRequestValidationException($"{Parameter}.{member}", "describes a new file system and cannot be combined with an existing destination FileSystemId.");
        }
    }

    public static void DescribeReplicationConfigurations(DescribeReplicationConfigurationsRequest request)
    {
        if (request.FileSystemId is not null)
        {
            FileSystemId(nameof(request.FileSystemId), request.FileSystemId);
        }

        RequestRules.AtLeast(nameof(request.MaxResults), request.MaxResults, 1);
        RequestRules.Text(nameof(request.NextToken), request.NextToken, 1, 128);
    }

    public static void DeleteReplicationConfiguration(DeleteReplicationConfigurationRequest request)
    {
        FileSystemId(nameof(request.SourceFileSystemId), RequestRules.Required(nameof(request.SourceFileSystemId), request.SourceFileSystemId));
        RequestRules.OneOf(nameof(request.DeletionMode), request.DeletionMode, DeletionModes);
    }

    public static void UpdateFileSystemProtection(UpdateFileSystemProtectionRequest request)
    {
        FileSystemId(nameof(request.FileSystemId), RequestRules.Required(nameof(request.FileSystemId), request.FileSystemId));
        RequestRules.OneOf(nameof(request.ReplicationOverwriteProtection), request.ReplicationOverwriteProtection, OverwriteProtections);
    }

    /// <summary>A file system id (<c>fs-</c> and 8–40 hex digits) or file system ARN, up to 128 characters.</summary>
    public static void FileSystemId(string parameter, string value)
    {
        RequestRules.Length(parameter, value, 1, 128);
        RequestRules.Matches(parameter, value, FileSystemIdPattern(), "a file system id (fs-0123abcd…) or file system ARN");
    }

    public static void MountTargetId(string parameter, string value) =>
        RequestRules.Matches(parameter, value, MountTargetIdPattern(), "a mount target id (fsmt-0123abcd…)");

    public static void ResourceId(string parameter, string value)
    {
        RequestRules.Length(parameter, value, 1, 128);
        RequestRules.Matches(parameter, value, ResourceIdPattern(), "a file system or access point id (fs-…, fsap-…) or ARN");
    }

    public static void SecurityGroups(string parameter, IReadOnlyList<string>? groups)
    {
        if (groups is null)
        {
            return;
        }

        if (groups.Count > 100)
        {
            throw new AwsRequestValidationException(parameter, $"can hold at most 100 security groups (has {groups.Count}).");
        }

        for (var index = 0; index < groups.Count; index++)
        {
            var group = RequestRules.Required($"{parameter}[{index}]", groups[index]);
            RequestRules.Length($"{parameter}[{index}]", group, 11, 43);
            RequestRules.Matches($"{parameter}[{index}]", group, SecurityGroupPattern(), "a security group id (sg-0123abcd…)");
        }
    }

    public static void TagKeys(string parameter, IReadOnlyList<string>? keys)
    {
        if (keys is not { Count: > 0 })
        {
            throw new AwsRequestValidationException(parameter, "must hold at least one tag key.");
        }

        if (keys.Count > 50)
        {
            throw new AwsRequestValidationException(parameter, $"can hold at most 50 tag keys (has {keys.Count}).");
        }

        for (var index = 0; index < keys.Count; index++)
        {
            RequestRules.TagKey($"{parameter}[{index}]", keys[index]);
        }
    }

    [GeneratedRegex(@"^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$")]
    private static partial Regex FileSystemIdPattern();

    [GeneratedRegex(@"^fsmt-[0-9a-f]{8,40}$")]
    private static partial Regex MountTargetIdPattern();

    [GeneratedRegex(@"^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}|fsap-[0-9a-f]{8,40})$")]
    private static partial Regex AccessPointIdPattern();

    [GeneratedRegex(@"^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:(access-point/fsap|file-system/fs)-[0-9a-f]{8,40}|fs(ap)?-[0-9a-f]{8,40})$")]
    private static partial Regex ResourceIdPattern();

    [GeneratedRegex(@"^subnet-[0-9a-f]{8,40}$")]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex(@"^sg-[0-9a-f]{8,40}")]
    private static partial Regex SecurityGroupPattern();

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$")]
    private static partial Regex IpAddressPattern();

    [GeneratedRegex(@"^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-{0,1}[0-9]{0,1}$")]
    private static partial Regex RegionPattern();

    // The model's pattern, unanchored as model patterns are.
    [GeneratedRegex(@"arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+")]
    private static partial Regex RoleArnPattern();

    /// <summary>Creation tokens: 1 to 64 ASCII characters (the model's <c>.+</c>: not only line feeds).</summary>
    public static void CreationToken(string parameter, string token)
    {
        RequestRules.Text(parameter, token, 1, 64);
        RequestRules.Ascii(parameter, token);
    }

    public static void Tags(string parameter, IReadOnlyList<Tag>? tags)
    {
        if (tags is null)
        {
            return;
        }

        for (var index = 0; index < tags.Count; index++)
        {
            var tag = tags[index] ?? throw new AwsRequestValidationException($"{parameter}[{index}]", "is null.");
            RequestRules.TagKey($"{parameter}[{index}].Key", tag.Key);
            RequestRules.TagValue($"{parameter}[{index}].Value", tag.Value);
        }
    }
}
