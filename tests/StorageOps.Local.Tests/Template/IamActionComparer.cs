namespace StorageOps.Local.Tests.Template;

/// <summary>
/// Compares, per function, the IAM actions its code needed (the API calls it made) with those the template grants:
/// every needed action granted, nothing granted that is not needed.
/// </summary>
public static class IamActionComparer
{
    /// <summary>
    /// Actions IAM checks besides the API call's own action, so a function making the call must also be granted them.
    /// Keyed by the API call's action; only entries AWS documents belong here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ImpliedActions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Tags passed to CreateFileSystem are authorised as elasticfilesystem:TagResource (tag on create).
        ["elasticfilesystem:CreateFileSystem"] = ["elasticfilesystem:TagResource"],
        // EFS creates the mount target's network interface in the caller's name (EFS user guide, mount target permissions).
        ["elasticfilesystem:CreateMountTarget"] = ["ec2:DescribeSubnets", "ec2:DescribeNetworkInterfaces", "ec2:CreateNetworkInterface"],
        // EFS deletes the mount target's network interface in the caller's name.
        ["elasticfilesystem:DeleteMountTarget"] = ["ec2:DeleteNetworkInterface"],
        // Changing a mount target's security groups modifies its network interface.
        ["elasticfilesystem:ModifyMountTargetSecurityGroups"] = ["ec2:ModifyNetworkInterfaceAttribute"],
        // EFS creates a new destination file system in the destination Region with the caller's permissions; a destination
        // encrypted with a KMS key needs the caller's kms:DescribeKey and kms:CreateGrant on it; a cross-account destination's
        // RoleArn is passed to EFS (EFS user guide, "Required permissions for replication").
        ["elasticfilesystem:CreateReplicationConfiguration"] = ["elasticfilesystem:CreateFileSystem", "kms:DescribeKey", "kms:CreateGrant", "iam:PassRole"],
        // Tags passed to CreateDBClusterSnapshot are authorised as rds:AddTagsToResource on the new snapshot (RDS user guide, tagging on create).
        ["rds:CreateDBClusterSnapshot"] = ["rds:AddTagsToResource"],
        // Tags of a snapshot copy (its own and copyTags) are authorised as docdb-elastic:TagResource on the new snapshot.
        ["docdb-elastic:CopyClusterSnapshot"] = ["docdb-elastic:TagResource"],
    };

    /// <param name="calledByFunction">Per function logical id, the actions of the API calls it made.</param>
    /// <param name="grantedByFunction">Per function logical id, the actions the template allows it.</param>
    public static IReadOnlyList<string> Problems(
        IReadOnlyDictionary<string, IReadOnlySet<string>> calledByFunction,
        IReadOnlyDictionary<string, IReadOnlySet<string>> grantedByFunction)
    {
        var problems = new List<string>();
        foreach (var function in calledByFunction.Keys.Where(function => !grantedByFunction.ContainsKey(function)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{function}: made AWS calls but is no function of the template.");
        }

        foreach (var (function, granted) in grantedByFunction.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            var needed = Needed(calledByFunction.GetValueOrDefault(function) ?? new HashSet<string>());
            foreach (var action in granted)
            {
                if (action.Contains('*', StringComparison.Ordinal))
                {
                    problems.Add($"{function}: grants wildcard action {action}; grant the exact actions.");
                }
            }

            problems.AddRange(needed.Where(action => !granted.Contains(action))
                .Select(action => $"{function}: calls {action}, which template.yaml does not grant it."));
            problems.AddRange(granted.Where(action => !needed.Contains(action) && !action.Contains('*', StringComparison.Ordinal))
                .Select(action => $"{function}: is granted {action}, which its code never needed (is the function exercised by a scenario?)."));
        }

        return problems;
    }

    private static SortedSet<string> Needed(IReadOnlySet<string> called)
    {
        var needed = new SortedSet<string>(called, StringComparer.Ordinal);
        foreach (var action in called)
        {
            needed.UnionWith(ImpliedActions.GetValueOrDefault(action) ?? []);
        }

        return needed;
    }
}
