using StorageOps.Aws.Protocol.Validation;

namespace StorageOps.Aws.Efs;

/// <summary>The documented EFS constraints, checked before a request is sent.</summary>
internal static class EfsValidation
{
    private static readonly string[] PerformanceModes = ["generalPurpose", "maxIO"];
    private static readonly string[] ThroughputModes = ["bursting", "provisioned", "elastic"];

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
        RequestRules.Length(nameof(request.Marker), request.Marker, 1, 128);
        if (request.CreationToken is not null)
        {
            CreationToken(nameof(request.CreationToken), request.CreationToken);
        }
    }

    /// <summary>Creation tokens: 1 to 64 ASCII characters.</summary>
    public static void CreationToken(string parameter, string token)
    {
        RequestRules.Length(parameter, token, 1, 64);
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
