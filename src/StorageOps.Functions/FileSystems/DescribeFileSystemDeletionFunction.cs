using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>DescribeFileSystemDeletion</c>: whether a file system being deleted is gone (FileSystemNotFound), and when to look again.</summary>
public sealed class DescribeFileSystemDeletionFunction : JsonLambdaFunction<DescribeFileSystemDeletionInput, FileSystemDeletionStatus>
{
    private readonly FileSystemDeleter deleter;

    public DescribeFileSystemDeletionFunction(FileSystemDeleter deleter)
        : base(FunctionsJsonContext.Default.DescribeFileSystemDeletionInput, FunctionsJsonContext.Default.FileSystemDeletionStatus)
    {
        this.deleter = deleter;
    }

    public const string HandlerName = "DescribeFileSystemDeletion";

    public override string Name => HandlerName;

    protected override Task<FileSystemDeletionStatus> HandleAsync(DescribeFileSystemDeletionInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => deleter.DescribeDeletionAsync(input, cancellationToken);
}
