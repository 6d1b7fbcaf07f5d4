using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.FileSystems;

/// <summary>
/// Checks the input of one update step, by the field rules of the update request (so a step invoked on its own is held
/// to the same rules, our ownership tags included, as the whole request is by <see cref="UpdateFileSystemRequestValidator"/>).
/// </summary>
public static class FileSystemUpdateValidator
{
    public static void ValidateThroughput(string? throughputMode, double? provisionedThroughputInMibps, List<string> problems)
    {
        if (throughputMode is null && provisionedThroughputInMibps is null)
        {
            problems.Add("throughputMode: name throughputMode, provisionedThroughputInMibps or both");
        }

        if (throughputMode is { } mode && !ProvisionFileSystemRequestValidator.ThroughputModes.Contains(mode))
        {
            problems.Add($"throughputMode: '{mode}' must be one of {string.Join(", ", ProvisionFileSystemRequestValidator.ThroughputModes)}");
        }

        if (throughputMode == "provisioned" && provisionedThroughputInMibps is null)
        {
            problems.Add("provisionedThroughputInMibps: is required when throughputMode is provisioned");
        }
        else if (throughputMode is not null and not "provisioned" && provisionedThroughputInMibps is not null)
        {
            problems.Add("provisionedThroughputInMibps: is only allowed when throughputMode is provisioned (or absent, for a file system already provisioned)");
        }

        RequestFieldRules.ProvisionedThroughput(provisionedThroughputInMibps, problems);
    }

    public static void ValidateTags(IReadOnlyDictionary<string, string>? tags, IReadOnlyList<string>? removeTagKeys, List<string> problems)
    {
        if (tags is not { Count: > 0 } && removeTagKeys is not { Count: > 0 })
        {
            problems.Add("tags: name tags to set, removeTagKeys to remove, or both");
        }

        RequestFieldRules.Tags(tags, problems);
        foreach (var key in removeTagKeys ?? [])
        {
            RequestFieldRules.TagKey("removeTagKeys", key, problems);
        }
    }

    public static void ValidateProtection(string? replicationOverwriteProtection, List<string> problems)
    {
        if (replicationOverwriteProtection is null)
        {
            problems.Add("replicationOverwriteProtection: is required");
        }
        else if (!UpdateFileSystemRequestValidator.ReplicationOverwriteProtections.Contains(replicationOverwriteProtection))
        {
            problems.Add($"replicationOverwriteProtection: '{replicationOverwriteProtection}' must be one of {string.Join(", ", UpdateFileSystemRequestValidator.ReplicationOverwriteProtections)}");
        }
    }

    public static void ValidateMountTargetSecurityGroups(IReadOnlyList<MountTargetSecurityGroupsRequest>? mountTargets, List<string> problems)
    {
        if (mountTargets is not { Count: > 0 })
        {
            problems.Add("mountTargetSecurityGroups: must hold at least one mount target");
            return;
        }

        for (var index = 0; index < mountTargets.Count; index++)
        {
            var field = $"mountTargetSecurityGroups[{index}]";
            if (mountTargets[index].MountTargetId is not { } id || !RequestFieldRules.IsMountTargetId(id))
            {
                problems.Add($"{field}.mountTargetId: '{mountTargets[index].MountTargetId}' is not a mount target id (fsmt-0123abcd...)");
            }

            if (mountTargets[index].SecurityGroups is null)
            {
                problems.Add($"{field}.securityGroups: is required");
            }

            RequestFieldRules.SecurityGroups($"{field}.securityGroups", mountTargets[index].SecurityGroups, minimumCount: 1, problems);
        }
    }

    public static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }
}
