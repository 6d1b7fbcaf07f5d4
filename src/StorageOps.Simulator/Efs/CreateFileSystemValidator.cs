using System.Globalization;
using System.Text.RegularExpressions;

namespace StorageOps.Simulator.Efs;

/// <summary>The checks EFS makes on a <c>CreateFileSystem</c> request before it creates anything.</summary>
internal static partial class CreateFileSystemValidator
{
    public const int MaxCreationTokenLength = 64;
    public const int MaxTagsPerResource = 50;
    public const double MaxProvisionedThroughputInMibps = 3414;

    public static void Validate(CreateFileSystemRequest request, string region)
    {
        ValidateCreationToken(request.CreationToken);
        ValidatePerformanceAndThroughput(request);
        ValidateEncryption(request);
        if (request.AvailabilityZoneName is { } zone && !AvailabilityZones.BelongsToRegion(zone, region))
        {
            throw new EfsException(EfsErrorCodes.UnsupportedAvailabilityZone, $"Availability Zone '{zone}' is not supported in region {region}.");
        }

        ValidateTags(request.Tags ?? []);
    }

    private static void ValidateCreationToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw EfsException.BadRequest("CreationToken is required and must be 1 to 64 characters long.");
        }

        if (token.Length > MaxCreationTokenLength)
        {
            throw EfsException.BadRequest(string.Create(
                CultureInfo.InvariantCulture,
                $"CreationToken must be at most {MaxCreationTokenLength} characters long; it is {token.Length}."));
        }
    }

    private static void ValidatePerformanceAndThroughput(CreateFileSystemRequest request)
    {
        if (request.PerformanceMode is { } performance && !PerformanceModes.IsKnown(performance))
        {
            throw EfsException.BadRequest($"Invalid PerformanceMode '{performance}'; use generalPurpose or maxIO.");
        }

        ValidateThroughput(request.ThroughputMode ?? ThroughputModes.Bursting, request.ProvisionedThroughputInMibps, request.PerformanceMode);
        if (request.PerformanceMode == PerformanceModes.MaxIo && request.AvailabilityZoneName is not null)
        {
            throw EfsException.BadRequest("Performance mode maxIO is not supported for One Zone file systems.");
        }
    }

    /// <summary>The throughput rules shared by <c>CreateFileSystem</c> and <c>UpdateFileSystem</c>.</summary>
    public static void ValidateThroughput(string mode, double? mibps, string? performanceMode)
    {
        if (!ThroughputModes.IsKnown(mode))
        {
            throw EfsException.BadRequest($"Invalid ThroughputMode '{mode}'; use bursting, provisioned or elastic.");
        }

        if (mode == ThroughputModes.Provisioned && mibps is null)
        {
            throw EfsException.BadRequest("ProvisionedThroughputInMibps is required when ThroughputMode is provisioned.");
        }

        if (mode != ThroughputModes.Provisioned && mibps is not null)
        {
            throw EfsException.BadRequest("ProvisionedThroughputInMibps can only be set when ThroughputMode is provisioned.");
        }

        if (mibps is < 1)
        {
            throw EfsException.BadRequest("ProvisionedThroughputInMibps must be at least 1.");
        }

        if (mibps > MaxProvisionedThroughputInMibps)
        {
            throw new EfsException(
                EfsErrorCodes.ThroughputLimitExceeded,
                string.Create(CultureInfo.InvariantCulture, $"ProvisionedThroughputInMibps {mibps} exceeds the limit of {MaxProvisionedThroughputInMibps} MiBps."));
        }

        if (performanceMode == PerformanceModes.MaxIo && mode == ThroughputModes.Elastic)
        {
            throw EfsException.BadRequest("Performance mode maxIO is not supported with elastic throughput.");
        }
    }

    private static void ValidateEncryption(CreateFileSystemRequest request)
    {
        if (request.KmsKeyId is not { } keyId)
        {
            return;
        }

        if (request.Encrypted != true)
        {
            throw EfsException.BadRequest("KmsKeyId can only be specified when Encrypted is true.");
        }

        if (!KmsKeyArns.IsValidKeyId(keyId))
        {
            throw EfsException.BadRequest($"Invalid KmsKeyId '{keyId}'.");
        }
    }

    /// <summary>Checks each tag's key and value against the model and that no key repeats.</summary>
    public static void ValidateTags(IReadOnlyList<EfsTag> tags)
    {
        if (tags.Count > MaxTagsPerResource)
        {
            throw EfsException.BadRequest(string.Create(
                CultureInfo.InvariantCulture,
                $"A file system can have at most {MaxTagsPerResource} tags; the request has {tags.Count}."));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag.Key.Length is < 1 or > 128 || !TagKeyPattern().IsMatch(tag.Key))
            {
                throw EfsException.BadRequest($"Invalid tag key '{tag.Key}'.");
            }

            if (tag.Value.Length > 256 || !TagValuePattern().IsMatch(tag.Value))
            {
                throw EfsException.BadRequest($"Invalid value for tag key '{tag.Key}'.");
            }

            if (!keys.Add(tag.Key))
            {
                throw EfsException.BadRequest($"Tag key '{tag.Key}' appears more than once.");
            }
        }
    }

    // TagKey and TagValue patterns of the EFS service model: keys starting with "aws:" are reserved.
    [GeneratedRegex(@"^(?![aA]{1}[wW]{1}[sS]{1}:)([\p{L}\p{Z}\p{N}_.:/=+\-@]+)$")]
    private static partial Regex TagKeyPattern();

    [GeneratedRegex(@"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")]
    private static partial Regex TagValuePattern();
}
