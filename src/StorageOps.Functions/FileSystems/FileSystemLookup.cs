using System.Net;
using StorageOps.Aws.Efs;

namespace StorageOps.Functions.FileSystems;

/// <summary>One file system by id or ARN, in whichever region's client is given.</summary>
public static class FileSystemLookup
{
    private const string ArnResourcePrefix = ":file-system/";

    /// <summary>The file system id itself, or the id an EFS file system ARN ends with.</summary>
    public static string IdOf(string fileSystemIdOrArn)
    {
        var resource = fileSystemIdOrArn.LastIndexOf(ArnResourcePrefix, StringComparison.Ordinal);
        return resource < 0 ? fileSystemIdOrArn : fileSystemIdOrArn[(resource + ArnResourcePrefix.Length)..];
    }

    /// <returns>Null when EFS says it does not exist (FileSystemNotFound, or an empty list).</returns>
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

    /// <exception cref="FileSystemNotFoundException">No such file system (also when EFS answers with an empty list).</exception>
    public static async Task<FileSystemDescription> DescribeOneAsync(IEfsClient efs, string fileSystemIdOrArn, CancellationToken cancellationToken) =>
        await FindAsync(efs, fileSystemIdOrArn, cancellationToken)
            ?? throw new FileSystemNotFoundException($"File system '{fileSystemIdOrArn}' does not exist.", requestId: null, HttpStatusCode.NotFound);
}
