using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>DeleteFileSystem</c>: deletes a file system this tool owns (or any, with force) once its mount targets are gone.</summary>
public sealed class DeleteFileSystemFunction : JsonLambdaFunction<DeleteFileSystemInput, FileSystemDeletion>
{
    private readonly FileSystemDeleter deleter;

    public DeleteFileSystemFunction(FileSystemDeleter deleter)
        : base(FunctionsJsonContext.Default.DeleteFileSystemInput, FunctionsJsonContext.Default.FileSystemDeletion)
    {
        this.deleter = deleter;
    }

    public const string HandlerName = "DeleteFileSystem";

    public override string Name => HandlerName;

    protected override Task<FileSystemDeletion> HandleAsync(DeleteFileSystemInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => deleter.DeleteAsync(input, cancellationToken);
}
