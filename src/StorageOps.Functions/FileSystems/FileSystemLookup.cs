using StorageOps.Aws.Efs;

namespace StorageOps.Functions.FileSystems;

/// <summary>One file system by id or ARN, or null when EFS says it does not exist (FileSystemNotFound).</summary>
public static class FileSystemLookup
{
    public static async Task<FileSystemDescription?> FindAsync(IEfsClient efs, string fileSystemId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await efs.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = fileSystemId }, cancellationToken);
            return response.FileSystems.SingleOrDefault(fileSystem => fileSystem.FileSystemId == fileSystemId || fileSystem.FileSystemArn == fileSystemId);
        }
        catch (FileSystemNotFoundException)
        {
            return null;
        }
    }
}
