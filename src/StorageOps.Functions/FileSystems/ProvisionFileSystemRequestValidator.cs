using System.Text.RegularExpressions;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.FileSystems;

/// <summary>Checks a provisioning request against EFS's documented limits before anything is sent to AWS.</summary>
public static partial class ProvisionFileSystemRequestValidator
{
    public const int MaxTimeoutSeconds = 24 * 60 * 60;
    public const int MaxUserTags = 48; // EFS allows 50; two are our ownership tags.
    public const double MinProvisionedThroughputInMibps = 1.0;

    /// <summary>EFS documents "Valid values are 1-3414 MiBps"; a higher Regional quota needs an AWS Support request.</summary>
    public const double MaxProvisionedThroughputInMibps = 3414.0;
    public static readonly IReadOnlyList<string> PerformanceModes = ["generalPurpose", "maxIO"];
    public static readonly IReadOnlyList<string> ThroughputModes = ["bursting", "provisioned", "elastic"];

    public static void Validate(ProvisionFileSystemRequest request)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(request.RequestId))
        {
            problems.Add("requestId: is required");
        }
        else if (!RequestIdPattern().IsMatch(request.RequestId))
        {
            problems.Add($"requestId: '{request.RequestId}' must be 1 to 64 letters, digits, '-' or '_' (it becomes the EFS CreationToken and the execution name)");
        }

        if (request.PerformanceMode is { } performanceMode && !PerformanceModes.Contains(performanceMode))
        {
            problems.Add($"performanceMode: '{performanceMode}' must be one of {string.Join(", ", PerformanceModes)}");
        }

        ValidateThroughput(request, problems);
        ValidateOneZone(request, problems);

        if (request.KmsKeyId is not null && request.Encrypted == false)
        {
            problems.Add("kmsKeyId: requires encrypted to be true");
        }

        if (request.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            problems.Add($"timeoutSeconds: must be between 1 and {MaxTimeoutSeconds}");
        }

        ValidateTags(request.Tags, problems);

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static void ValidateThroughput(ProvisionFileSystemRequest request, List<string> problems)
    {
        if (request.ThroughputMode is { } throughputMode && !ThroughputModes.Contains(throughputMode))
        {
            problems.Add($"throughputMode: '{throughputMode}' must be one of {string.Join(", ", ThroughputModes)}");
        }

        var provisioned = request.ThroughputMode == "provisioned";
        if (provisioned && request.ProvisionedThroughputInMibps is null)
        {
            problems.Add("provisionedThroughputInMibps: is required when throughputMode is provisioned");
        }
        else if (!provisioned && request.ProvisionedThroughputInMibps is not null)
        {
            problems.Add("provisionedThroughputInMibps: is only allowed when throughputMode is provisioned");
        }
        else if (request.ProvisionedThroughputInMibps is { } mibps && !(mibps is >= MinProvisionedThroughputInMibps and <= MaxProvisionedThroughputInMibps))
        {
            problems.Add($"provisionedThroughputInMibps: must be between {MinProvisionedThroughputInMibps:0} and {MaxProvisionedThroughputInMibps:0} MiBps");
        }

        if (request.PerformanceMode == "maxIO" && request.ThroughputMode == "elastic")
        {
            problems.Add("performanceMode: maxIO is not supported with elastic throughput");
        }
    }

    private static void ValidateOneZone(ProvisionFileSystemRequest request, List<string> problems)
    {
        if (request.AvailabilityZoneName is not { } zone)
        {
            return;
        }

        if (!AvailabilityZoneNamePattern().IsMatch(zone))
        {
            problems.Add($"availabilityZoneName: '{zone}' is not an Availability Zone name such as us-east-1a");
        }

        if (request.PerformanceMode == "maxIO")
        {
            problems.Add("performanceMode: maxIO is not supported on One Zone file systems (availabilityZoneName is set)");
        }
    }

    private static void ValidateTags(IReadOnlyDictionary<string, string>? tags, List<string> problems)
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
            if (key.Length is < 1 or > 128)
            {
                problems.Add($"tags: key '{key}' must be 1 to 128 characters");
            }
            else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"tags: key '{key}' must not start with 'aws:'");
            }
            else if (key.StartsWith(OwnershipTags.Prefix, StringComparison.Ordinal))
            {
                problems.Add($"tags: key '{key}' is reserved for StorageOps");
            }

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

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex RequestIdPattern();

    /// <summary>A Region name and a zone letter: us-east-1a, us-gov-west-1b, ap-southeast-5a.</summary>
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$")]
    private static partial Regex AvailabilityZoneNamePattern();
}
