using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>UpdateFileSystemThroughput</c>: sets the throughput mode and provisioned throughput of one of our file systems; a change EFS refuses within 24 hours fails as <c>StorageOps.ThroughputChangeTooSoon</c>.</summary>
public sealed class UpdateFileSystemThroughputFunction : JsonLambdaFunction<UpdateFileSystemThroughputInput, FileSystemThroughputUpdate>
{
    private readonly FileSystemUpdater updater;

    public UpdateFileSystemThroughputFunction(FileSystemUpdater updater)
        : base(FunctionsJsonContext.Default.UpdateFileSystemThroughputInput, FunctionsJsonContext.Default.FileSystemThroughputUpdate)
    {
        this.updater = updater;
    }

    public const string HandlerName = "UpdateFileSystemThroughput";

    public override string Name => HandlerName;

    protected override Task<FileSystemThroughputUpdate> HandleAsync(UpdateFileSystemThroughputInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => updater.UpdateThroughputAsync(input, cancellationToken);
}
