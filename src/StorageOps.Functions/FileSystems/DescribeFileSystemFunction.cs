using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>DescribeFileSystem</c>: the file system's lifecycle state, whether it is ready, and when to look again.</summary>
public sealed class DescribeFileSystemFunction : JsonLambdaFunction<DescribeFileSystemInput, FileSystemStatus>
{
    private readonly FileSystemProvisioner provisioner;

    public DescribeFileSystemFunction(FileSystemProvisioner provisioner)
        : base(FunctionsJsonContext.Default.DescribeFileSystemInput, FunctionsJsonContext.Default.FileSystemStatus)
    {
        this.provisioner = provisioner;
    }

    public const string HandlerName = "DescribeFileSystem";

    public override string Name => HandlerName;

    protected override Task<FileSystemStatus> HandleAsync(DescribeFileSystemInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        if (input.FileSystemId is not { Length: > 0 } fileSystemId || !fileSystemId.StartsWith("fs-", StringComparison.Ordinal))
        {
            throw new InvalidInputException($"fileSystemId: '{input.FileSystemId}' must be an EFS file system id (fs-...)");
        }

        return provisioner.DescribeAsync(fileSystemId, input.Deadline, input.UpdateRequestedAt, cancellationToken);
    }
}
