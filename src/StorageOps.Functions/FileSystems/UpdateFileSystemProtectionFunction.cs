using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>UpdateFileSystemProtection</c>: sets the replication overwrite protection of one of our file systems.</summary>
public sealed class UpdateFileSystemProtectionFunction : JsonLambdaFunction<UpdateFileSystemProtectionInput, FileSystemProtectionUpdate>
{
    private readonly FileSystemUpdater updater;

    public UpdateFileSystemProtectionFunction(FileSystemUpdater updater)
        : base(FunctionsJsonContext.Default.UpdateFileSystemProtectionInput, FunctionsJsonContext.Default.FileSystemProtectionUpdate)
    {
        this.updater = updater;
    }

    public const string HandlerName = "UpdateFileSystemProtection";

    public override string Name => HandlerName;

    protected override Task<FileSystemProtectionUpdate> HandleAsync(UpdateFileSystemProtectionInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => updater.UpdateProtectionAsync(input, cancellationToken);
}
