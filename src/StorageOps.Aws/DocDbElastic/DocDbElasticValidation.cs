using System.Text.RegularExpressions;
using StorageOps.Aws.Protocol.Validation;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>The documented DocumentDB Elastic constraints, checked before a request is sent.</summary>
internal static partial class DocDbElasticValidation
{
    /// <summary>The values the model documents for the input (the output spells them in upper case).</summary>
    private static readonly string[] SnapshotTypes = ["automated", "manual"];

    public static void CopyClusterSnapshot(CopyClusterSnapshotRequest request)
    {
        Arn(nameof(request.SnapshotArn), request.SnapshotArn);
        SnapshotName(nameof(request.TargetSnapshotName), request.TargetSnapshotName);
        RequestRules.KmsKeyId(nameof(request.KmsKeyId), request.KmsKeyId);
        Tags(nameof(request.Tags), request.Tags);
    }

    public static void GetClusterSnapshot(GetClusterSnapshotRequest request) => Arn(nameof(request.SnapshotArn), request.SnapshotArn);

    public static void DeleteClusterSnapshot(DeleteClusterSnapshotRequest request) => Arn(nameof(request.SnapshotArn), request.SnapshotArn);

    public static void ListClusterSnapshots(ListClusterSnapshotsRequest request)
    {
        RequestRules.OneOf(nameof(request.SnapshotType), request.SnapshotType, SnapshotTypes);
        Between(nameof(request.MaxResults), request.MaxResults, 20, 100);
        RequestRules.Length(nameof(request.NextToken), request.NextToken, 1, int.MaxValue);
    }

    public static void ListClusters(ListClustersRequest request)
    {
        Between(nameof(request.MaxResults), request.MaxResults, 1, 100);
        RequestRules.Length(nameof(request.NextToken), request.NextToken, 1, int.MaxValue);
    }

    public static void GetCluster(GetClusterRequest request) => Arn(nameof(request.ClusterArn), request.ClusterArn);

    public static void ListTagsForResource(ListTagsForResourceRequest request) => ResourceArn(nameof(request.ResourceArn), request.ResourceArn);

    public static void TagResource(TagResourceRequest request)
    {
        ResourceArn(nameof(request.ResourceArn), request.ResourceArn);
        Tags(nameof(request.Tags), request.Tags ?? throw new AwsRequestValidationException(nameof(request.Tags), "is required."));
    }

    public static void UntagResource(UntagResourceRequest request)
    {
        ResourceArn(nameof(request.ResourceArn), request.ResourceArn);
        if (request.TagKeys is null)
        {
            throw new AwsRequestValidationException(nameof(request.TagKeys), "is required.");
        }

        if (request.TagKeys.Count > 50)
        {
            throw new AwsRequestValidationException(nameof(request.TagKeys), $"can hold at most 50 tag keys (has {request.TagKeys.Count}).");
        }

        for (var index = 0; index < request.TagKeys.Count; index++)
        {
            TagKey($"{nameof(request.TagKeys)}[{index}]", request.TagKeys[index]);
        }
    }

    /// <summary>Snapshot names: 1–63 letters, digits or hyphens; first a letter; no trailing hyphen; no two hyphens in a row.</summary>
    public static void SnapshotName(string parameter, string? name)
    {
        RequestRules.Required(parameter, name);
        RequestRules.Length(parameter, name, 1, 63);
        if (!char.IsAsciiLetter(name![0]))
        {
            throw new AwsRequestValidationException(parameter, $"must start with a letter (is '{name}').");
        }

        if (!SnapshotNameCharacters().IsMatch(name))
        {
            throw new AwsRequestValidationException(parameter, $"may contain only letters, digits and hyphens (is '{name}').");
        }

        if (name.EndsWith('-'))
        {
            throw new AwsRequestValidationException(parameter, $"cannot end with a hyphen (is '{name}').");
        }

        if (name.Contains("--", StringComparison.Ordinal))
        {
            throw new AwsRequestValidationException(parameter, $"cannot contain two consecutive hyphens (is '{name}').");
        }
    }

    /// <summary>Tag keys: 1–128 characters of the model's pattern, not starting with <c>aws:</c>; values up to 256 characters.</summary>
    public static void Tags(string parameter, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null)
        {
            return;
        }

        foreach (var (key, value) in tags)
        {
            var keyParameter = $"{parameter}[{key}]";
            TagKey(keyParameter, key);
            if (value is null)
            {
                throw new AwsRequestValidationException(keyParameter, "has no value (use an empty string).");
            }

            RequestRules.Length(keyParameter, value, 0, 256);
        }
    }

    /// <summary>Tag keys: 1–128 characters of the model's pattern, not starting with <c>aws:</c>.</summary>
    public static void TagKey(string parameter, string? key)
    {
        RequestRules.Required(parameter, key);
        RequestRules.Length(parameter, key, 1, 128);
        if (key!.StartsWith("aws:", StringComparison.Ordinal))
        {
            throw new AwsRequestValidationException(parameter, "cannot start with 'aws:' (reserved for AWS).");
        }

        if (!TagKeyCharacters().IsMatch(key))
        {
            throw new AwsRequestValidationException(parameter, "may contain only letters, digits and + - = . _ : / (the model's tag key pattern).");
        }
    }

    /// <summary>Snapshot and cluster ARNs travel inside a path segment, so they are required; the model says nothing more.</summary>
    private static void Arn(string parameter, string? value) => RequestRules.Required(parameter, value);

    /// <summary>Tagging ARNs: the model's <c>Arn</c> shape, 1–1011 characters.</summary>
    private static void ResourceArn(string parameter, string? value) => RequestRules.Length(parameter, RequestRules.Required(parameter, value), 1, 1011);

    private static void Between(string parameter, int? value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new AwsRequestValidationException(parameter, $"must be {min} to {max} (is {value}).");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex SnapshotNameCharacters();

    // The model's pattern ^(?!aws:)[a-zA-Z+-=._:/]+$ (the lookahead is case-sensitive, checked above): "+-=" is the
    // character range '+' to '=' (digits, , - . / : ; <).
    [GeneratedRegex("^[a-zA-Z+-=._:/]+$")]
    private static partial Regex TagKeyCharacters();
}
