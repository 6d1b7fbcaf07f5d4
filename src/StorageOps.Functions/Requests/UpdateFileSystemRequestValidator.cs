using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Requests;

/// <summary>Checks an update request before anything is sent to AWS: at least one change, each within EFS's rules.</summary>
public static class UpdateFileSystemRequestValidator
{
    public const int MaxRemovedTagKeys = 50;
    public static readonly IReadOnlyList<string> ReplicationOverwriteProtections = ["ENABLED", "DISABLED"];

    public static void Validate(UpdateFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        RequestFieldRules.RequestId(request.RequestId, problems);
        RequestFieldRules.RequiredFileSystemId("fileSystemId", request.FileSystemId, problems);
        RequestFieldRules.TimeoutSeconds(request.TimeoutSeconds, problems);

        if (request is { ThroughputMode: null, ProvisionedThroughputInMibps: null, MountTargetSecurityGroups: null, Tags: null, RemoveTagKeys: null, ReplicationOverwriteProtection: null })
        {
            problems.Add("the request changes nothing: name at least one of throughputMode, provisionedThroughputInMibps, mountTargetSecurityGroups, tags, removeTagKeys, replicationOverwriteProtection");
        }

        ValidateThroughput(request, problems);
        ValidateMountTargetSecurityGroups(request.MountTargetSecurityGroups, problems);

        if (request.Tags is { Count: 0 })
        {
            problems.Add("tags: must hold at least one tag when present");
        }

        RequestFieldRules.Tags(request.Tags, problems);
        ValidateRemoveTagKeys(request.RemoveTagKeys, problems);

        if (request.ReplicationOverwriteProtection is { } protection && !ReplicationOverwriteProtections.Contains(protection))
        {
            problems.Add($"replicationOverwriteProtection: '{protection}' must be one of {string.Join(", ", ReplicationOverwriteProtections)}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static void ValidateThroughput(UpdateFileSystemRequest request, List<string> problems)
    {
        if (request.ThroughputMode is { } throughputMode && !ProvisionFileSystemRequestValidator.ThroughputModes.Contains(throughputMode))
        {
            problems.Add($"throughputMode: '{throughputMode}' must be one of {string.Join(", ", ProvisionFileSystemRequestValidator.ThroughputModes)}");
        }

        if (request.ThroughputMode == "provisioned" && request.ProvisionedThroughputInMibps is null)
        {
            problems.Add("provisionedThroughputInMibps: is required when throughputMode is provisioned");
        }
        else if (request.ThroughputMode is not null and not "provisioned" && request.ProvisionedThroughputInMibps is not null)
        {
            problems.Add("provisionedThroughputInMibps: is only allowed when throughputMode is provisioned (or absent, for a file system already provisioned)");
        }
        else
        {
            RequestFieldRules.ProvisionedThroughput(request.ProvisionedThroughputInMibps, problems);
        }
    }

    private static void ValidateMountTargetSecurityGroups(IReadOnlyList<MountTargetSecurityGroupsRequest>? changes, List<string> problems)
    {
        if (changes is null)
        {
            return;
        }

        if (changes.Count == 0)
        {
            problems.Add("mountTargetSecurityGroups: must hold at least one mount target when present");
        }

        for (var index = 0; index < changes.Count; index++)
        {
            var field = $"mountTargetSecurityGroups[{index}]";
            if (changes[index] is not { } change)
            {
                problems.Add($"{field}: must be an object, not null");
                continue;
            }

            if (change.MountTargetId is not { } mountTargetId)
            {
                problems.Add($"{field}.mountTargetId: is required");
            }
            else if (!RequestFieldRules.IsMountTargetId(mountTargetId))
            {
                problems.Add($"{field}.mountTargetId: '{mountTargetId}' is not a mount target id (fsmt-0123abcd...)");
            }

            if (change.SecurityGroups is null)
            {
                problems.Add($"{field}.securityGroups: is required");
            }

            RequestFieldRules.SecurityGroups($"{field}.securityGroups", change.SecurityGroups, minimumCount: 1, problems);
        }

        var repeated = changes
            .Where(change => change?.MountTargetId is not null)
            .GroupBy(change => change.MountTargetId, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);
        foreach (var mountTargetId in repeated)
        {
            problems.Add($"mountTargetSecurityGroups: mount target '{mountTargetId}' appears more than once");
        }
    }

    private static void ValidateRemoveTagKeys(IReadOnlyList<string>? keys, List<string> problems)
    {
        if (keys is null)
        {
            return;
        }

        if (keys.Count is < 1 or > MaxRemovedTagKeys)
        {
            problems.Add($"removeTagKeys: must name 1 to {MaxRemovedTagKeys} keys");
        }

        foreach (var key in keys)
        {
            RequestFieldRules.TagKey("removeTagKeys", key, problems);
        }

        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            problems.Add("removeTagKeys: names a key twice");
        }
    }
}
