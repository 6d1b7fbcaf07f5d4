using System.Text.RegularExpressions;
using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.Requests;

/// <summary>
/// The field rules every request contract shares, each adding a "field: problem" line for the caller to report.
/// The patterns are those of the EFS service model (botocore elasticfilesystem 2015-02-01), anchored at both ends (\z, because .NET's $ also matches before a final newline);
/// schemas/*.schema.json repeats them and RequestSchemaAgreementTests proves the two agree.
/// </summary>
public static partial class RequestFieldRules
{
    public const int MaxTimeoutSeconds = 24 * 60 * 60;
    public const int MaxUserTags = 48; // EFS allows 50; two are our ownership tags.
    public const int MaxSecurityGroupsPerMountTarget = 5;
    public const double MinProvisionedThroughputInMibps = 1.0;

    /// <summary>EFS documents "Valid values are 1-3414 MiBps"; a higher Regional quota needs an AWS Support request.</summary>
    public const double MaxProvisionedThroughputInMibps = 3414.0;

    public static void RequestId(string? requestId, List<string> problems)
    {
        if (string.IsNullOrEmpty(requestId))
        {
            problems.Add("requestId: is required");
        }
        else if (!RequestIdPattern().IsMatch(requestId))
        {
            problems.Add($"requestId: '{requestId}' must be 1 to 64 letters, digits, '-' or '_' (it becomes the EFS CreationToken and the execution name)");
        }
    }

    public static void TimeoutSeconds(int? timeoutSeconds, List<string> problems)
    {
        if (timeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            problems.Add($"timeoutSeconds: must be between 1 and {MaxTimeoutSeconds}");
        }
    }

    public static void RequiredFileSystemId(string field, string? fileSystemId, List<string> problems)
    {
        if (string.IsNullOrEmpty(fileSystemId))
        {
            problems.Add($"{field}: is required");
        }
        else
        {
            FileSystemId(field, fileSystemId, problems);
        }
    }

    public static void FileSystemId(string field, string? fileSystemId, List<string> problems)
    {
        if (fileSystemId is not null && !FileSystemIdPattern().IsMatch(fileSystemId))
        {
            problems.Add($"{field}: '{fileSystemId}' is not a file system id (fs-0123abcd...) or file system ARN");
        }
    }

    public static void ProvisionedThroughput(double? mibps, List<string> problems)
    {
        if (mibps is { } value && !(value is >= MinProvisionedThroughputInMibps and <= MaxProvisionedThroughputInMibps))
        {
            problems.Add($"provisionedThroughputInMibps: must be between {MinProvisionedThroughputInMibps:0} and {MaxProvisionedThroughputInMibps:0} MiBps");
        }
    }

    public static void SecurityGroups(string field, IReadOnlyList<string>? securityGroups, int minimumCount, List<string> problems)
    {
        if (securityGroups is null)
        {
            return;
        }

        if (securityGroups.Count < minimumCount || securityGroups.Count > MaxSecurityGroupsPerMountTarget)
        {
            problems.Add($"{field}: must name {minimumCount} to {MaxSecurityGroupsPerMountTarget} security groups");
        }

        foreach (var securityGroup in securityGroups)
        {
            if (securityGroup is null || !SecurityGroupIdPattern().IsMatch(securityGroup))
            {
                problems.Add($"{field}: '{securityGroup}' is not a security group id (sg-0123abcd...)");
            }
        }

        if (securityGroups.Distinct(StringComparer.Ordinal).Count() != securityGroups.Count)
        {
            problems.Add($"{field}: names a security group twice");
        }
    }

    public static void Tags(IReadOnlyDictionary<string, string>? tags, List<string> problems)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxUserTags)
        {
            problems.Add($"tags: at most {MaxUserTags} tags are allowed");
        }

        foreach (var (key, value) in tags)
        {
            TagKey("tags", key, problems);
            if (value is null)
            {
                problems.Add($"tags: value of '{key}' must be a string, not null");
            }
            else if (value.Length > 256)
            {
                problems.Add($"tags: value of '{key}' must be at most 256 characters");
            }
        }
    }

    public static void TagKey(string field, string? key, List<string> problems)
    {
        if (key is null || key.Length is < 1 or > 128)
        {
            problems.Add($"{field}: key '{key}' must be 1 to 128 characters");
        }
        else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{field}: key '{key}' must not start with 'aws:'");
        }
        else if (key.StartsWith(OwnershipTags.Prefix, StringComparison.Ordinal))
        {
            problems.Add($"{field}: key '{key}' is reserved for StorageOps");
        }
    }

    public static bool IsAvailabilityZoneName(string zone) => AvailabilityZoneNamePattern().IsMatch(zone);

    public static bool IsRegionName(string region) => RegionNamePattern().IsMatch(region);

    public static bool IsKmsKeyId(string kmsKeyId) => KmsKeyIdPattern().IsMatch(kmsKeyId);

    public static bool IsRoleArn(string roleArn) => RoleArnPattern().IsMatch(roleArn);

    public static bool IsSubnetId(string subnetId) => SubnetIdPattern().IsMatch(subnetId);

    public static bool IsIpv4Address(string ipAddress) => Ipv4AddressPattern().IsMatch(ipAddress);

    public static bool IsMountTargetId(string mountTargetId) => MountTargetIdPattern().IsMatch(mountTargetId);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex RequestIdPattern();

    /// <summary>A Region name and a zone letter: us-east-1a, us-gov-west-1b, ap-southeast-5a.</summary>
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]\\z")]
    private static partial Regex AvailabilityZoneNamePattern();

    [GeneratedRegex("^[a-z]{2}-((iso[a-z]?-)|(gov-))?[a-z]+-?[0-9]?\\z")]
    private static partial Regex RegionNamePattern();

    [GeneratedRegex("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})\\z")]
    private static partial Regex FileSystemIdPattern();

    [GeneratedRegex("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+|(arn:aws[-a-z]*:kms:[a-z0-9-]+:[0-9]{12}:((key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(key/mrk-[0-9a-f]{32})|(alias/[a-zA-Z0-9/_-]+))))\\z")]
    private static partial Regex KmsKeyIdPattern();

    [GeneratedRegex("^arn:(aws[a-zA-Z-]*)?:iam::[0-9]{12}:role/?[a-zA-Z_0-9+=,.@/-]+\\z")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex("^subnet-[0-9a-f]{8,40}\\z")]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex("^sg-[0-9a-f]{8,40}\\z")]
    private static partial Regex SecurityGroupIdPattern();

    [GeneratedRegex("^fsmt-[0-9a-f]{8,40}\\z")]
    private static partial Regex MountTargetIdPattern();

    [GeneratedRegex("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\z")]
    private static partial Regex Ipv4AddressPattern();
}
