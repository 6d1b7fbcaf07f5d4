using System.Text.RegularExpressions;

namespace StorageOps.Functions.Replication;

/// <summary>The parts of an EFS file system ARN (<c>arn:aws:elasticfilesystem:us-west-2:123456789012:file-system/fs-…</c>); a plain id has none.</summary>
public static partial class FileSystemArns
{
    public static string? RegionOf(string fileSystemIdOrArn) => Match(fileSystemIdOrArn)?.Groups["region"].Value;

    public static string? AccountOf(string fileSystemIdOrArn) => Match(fileSystemIdOrArn)?.Groups["account"].Value;

    /// <summary>The <c>fs-…</c> id of an id or ARN.</summary>
    public static string IdOf(string fileSystemIdOrArn) => Match(fileSystemIdOrArn)?.Groups["id"].Value ?? fileSystemIdOrArn;

    private static Match? Match(string fileSystemIdOrArn) =>
        ArnPattern().Match(fileSystemIdOrArn) is { Success: true } match ? match : null;

    [GeneratedRegex("^arn:aws[-a-z]*:elasticfilesystem:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):file-system/(?<id>fs-[0-9a-f]{8,40})\\z")]
    private static partial Regex ArnPattern();
}
