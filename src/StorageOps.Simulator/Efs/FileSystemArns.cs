using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Efs;

internal static class FileSystemArns
{
    /// <summary>The account and region of a file system ARN, or null when <paramref name="idOrArn"/> is a plain id.</summary>
    public static AccountRegion? ScopeOf(string idOrArn)
    {
        var parts = idOrArn.Split(':');
        return parts is ["arn", _, "elasticfilesystem", { Length: > 0 } region, { Length: > 0 } account, var resource]
            && resource.StartsWith("file-system/", StringComparison.Ordinal)
            ? new AccountRegion(account, region)
            : null;
    }
}
