using StorageOps.Aws.Efs;

namespace StorageOps.Functions.FileSystems;

/// <summary>One file system by id or ARN, or null when EFS says it does not exist (FileSystemNotFound).</summary>
public static class FileSystemLookup
{
    private const string ArnResourcePrefix = ":file-system/";

    /// <summary>The file system id itself, or the id an EFS file system ARN ends with.</summary>
    public static string IdOf(string fileSystemIdOrArn)
    {
        var resource = fileSystemIdOrArn.LastIndexOf(ArnResourcePrefix, StringComparison.Ordinal);
        return resource < 0 ? fileSystemIdOrArn : fileSystemIdOrArn[(resource + ArnResourcePrefix.Length)..];
    }

    public static async Task<FileSystemDescription?> FindAsync(IEfsClient efs, string fileSystemIdOrArn, CancellationToken cancellationToken)
    {
        var fileSystemId = IdOf(fileSystemIdOrArn);
        try
        {
            var response = await efs.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = fileSystemId }, cancellationToken);
            return response.FileSystems.SingleOrDefault(fileSystem => fileSystem.FileSystemId == fileSystemId);
        }
        catch (FileSystemNotFoundException)
        {
            return null;
        }
    }
}
