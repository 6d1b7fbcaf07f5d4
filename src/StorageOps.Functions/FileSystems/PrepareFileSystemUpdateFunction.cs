using StorageOps.Functions.Invocation;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>PrepareFileSystemUpdate</c>: checks a whole update request and that the file system is ours, before anything changes.</summary>
public sealed class PrepareFileSystemUpdateFunction : JsonLambdaFunction<UpdateFileSystemRequest, FileSystemUpdatePlan>
{
    private readonly FileSystemUpdater updater;

    public PrepareFileSystemUpdateFunction(FileSystemUpdater updater)
        : base(FunctionsJsonContext.Default.UpdateFileSystemRequest, FunctionsJsonContext.Default.FileSystemUpdatePlan)
    {
        this.updater = updater;
    }

    public const string HandlerName = "PrepareFileSystemUpdate";

    public override string Name => HandlerName;

    protected override Task<FileSystemUpdatePlan> HandleAsync(UpdateFileSystemRequest input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => updater.PrepareAsync(input, cancellationToken);
}
