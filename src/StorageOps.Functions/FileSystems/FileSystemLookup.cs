using System.Net;
using StorageOps.Aws.Efs;

namespace StorageOps.Functions.FileSystems;

/// <summary>One file system by id, in whichever region's client is given.</summary>
public static class FileSystemLookup
{
    /// <exception cref="FileSystemNotFoundException">No such file system (also when EFS answers with an empty list).</exception>
    public static async Task<FileSystemDescription> DescribeOneAsync(IEfsClient efs, string fileSystemId, CancellationToken cancellationToken)
    {
        var response = await efs.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = fileSystemId }, cancellationToken);
        return response.FileSystems.SingleOrDefault(fileSystem => fileSystem.FileSystemId == fileSystemId || fileSystem.FileSystemArn == fileSystemId)
            ?? throw new FileSystemNotFoundException($"File system '{fileSystemId}' does not exist.", requestId: null, HttpStatusCode.NotFound);
    }
}
