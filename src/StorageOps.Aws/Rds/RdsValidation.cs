using System.Text.RegularExpressions;
using StorageOps.Aws.Protocol.Validation;

namespace StorageOps.Aws.Rds;

/// <summary>The documented RDS constraints, checked before a request is sent.</summary>
internal static partial class RdsValidation
{
    /// <summary>The values the model documents for DescribeDBClusterSnapshots.</summary>
    private static readonly string[] SnapshotTypes = ["automated", "manual", "shared", "public"];

    public static void CreateDBClusterSnapshot(CreateDBClusterSnapshotRequest request)
    {
        SnapshotIdentifier(nameof(request.DBClusterSnapshotIdentifier), request.DBClusterSnapshotIdentifier);
        RequestRules.Required(nameof(request.DBClusterIdentifier), request.DBClusterIdentifier);
        Tags(nameof(request.Tags), request.Tags);
    }

    public static void DescribeDBClusterSnapshots(DescribeDBClusterSnapshotsRequest request)
    {
        RequestRules.NotBoth(nameof(request.DBClusterIdentifier), request.DBClusterIdentifier, nameof(request.DBClusterSnapshotIdentifier), request.DBClusterSnapshotIdentifier);
        RequestRules.OneOf(nameof(request.SnapshotType), request.SnapshotType, SnapshotTypes);
        MaxRecords(nameof(request.MaxRecords), request.MaxRecords);
        Filters(nameof(request.Filters), request.Filters);
    }

    public static void DeleteDBClusterSnapshot(DeleteDBClusterSnapshotRequest request) =>
        RequestRules.Required(nameof(request.DBClusterSnapshotIdentifier), request.DBClusterSnapshotIdentifier);

    public static void CopyDBClusterSnapshot(CopyDBClusterSnapshotRequest request)
    {
        RequestRules.Required(nameof(request.SourceDBClusterSnapshotIdentifier), request.SourceDBClusterSnapshotIdentifier);
        SnapshotIdentifier(nameof(request.TargetDBClusterSnapshotIdentifier), request.TargetDBClusterSnapshotIdentifier);
        RequestRules.KmsKeyId(nameof(request.KmsKeyId), request.KmsKeyId);
        Tags(nameof(request.Tags), request.Tags);
    }

    public static void DescribeDBClusters(DescribeDBClustersRequest request)
    {
        MaxRecords(nameof(request.MaxRecords), request.MaxRecords);
        Filters(nameof(request.Filters), request.Filters);
    }

    public static void ListTagsForResource(ListTagsForResourceRequest request)
    {
        RequestRules.Required(nameof(request.ResourceName), request.ResourceName);
        Filters(nameof(request.Filters), request.Filters);
    }

    public static void AddTagsToResource(AddTagsToResourceRequest request)
    {
        RequestRules.Required(nameof(request.ResourceName), request.ResourceName);
        if (request.Tags is null)
        {
            throw new AwsRequestValidationException(nameof(request.Tags), "is required.");
        }

        Tags(nameof(request.Tags), request.Tags);
    }

    public static void RemoveTagsFromResource(RemoveTagsFromResourceRequest request)
    {
        RequestRules.Required(nameof(request.ResourceName), request.ResourceName);
        if (request.TagKeys is null)
        {
            throw new AwsRequestValidationException(nameof(request.TagKeys), "is required.");
        }

        for (var index = 0; index < request.TagKeys.Count; index++)
        {
            if (request.TagKeys[index] is null)
            {
                throw new AwsRequestValidationException($"{nameof(request.TagKeys)}[{index}]", "is null.");
            }
        }
    }

    /// <summary>DB cluster snapshot identifiers, as the model documents them: 1–63 letters, digits or hyphens; first a letter; no trailing hyphen; no "--".</summary>
    public static void SnapshotIdentifier(string parameter, string? identifier)
    {
        RequestRules.Required(parameter, identifier);
        RequestRules.Length(parameter, identifier, 1, 63);
        if (!SnapshotIdentifierPattern().IsMatch(identifier!))
        {
            throw new AwsRequestValidationException(parameter, "must contain only letters, digits and hyphens, start with a letter, not end with a hyphen and not contain two consecutive hyphens.");
        }
    }

    public static void MaxRecords(string parameter, int? maxRecords)
    {
        if (maxRecords is < 20 or > 100)
        {
            throw new AwsRequestValidationException(parameter, $"must be 20 to 100 (is {maxRecords}).");
        }
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
            if (tag.Key.StartsWith("rds:", StringComparison.OrdinalIgnoreCase))
            {
                throw new AwsRequestValidationException($"{parameter}[{index}].Key", "cannot start with 'rds:' (reserved for RDS).");
            }

            RequestRules.TagValue($"{parameter}[{index}].Value", tag.Value);
        }
    }

    public static void Filters(string parameter, IReadOnlyList<Filter>? filters)
    {
        if (filters is null)
        {
            return;
        }

        for (var index = 0; index < filters.Count; index++)
        {
            var filter = filters[index] ?? throw new AwsRequestValidationException($"{parameter}[{index}]", "is null.");
            RequestRules.Required($"{parameter}[{index}].Name", filter.Name);
            if (filter.Values is null)
            {
                throw new AwsRequestValidationException($"{parameter}[{index}].Values", "is required.");
            }

            for (var valueIndex = 0; valueIndex < filter.Values.Count; valueIndex++)
            {
                RequestRules.Required($"{parameter}[{index}].Values[{valueIndex}]", filter.Values[valueIndex]);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z](?!.*--)[A-Za-z0-9-]*(?<!-)$")]
    private static partial Regex SnapshotIdentifierPattern();
}
