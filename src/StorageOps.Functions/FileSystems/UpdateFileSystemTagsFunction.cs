using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>UpdateFileSystemTags</c>: adds and removes tags of one of our file systems, never our ownership tags.</summary>
public sealed class UpdateFileSystemTagsFunction : JsonLambdaFunction<UpdateFileSystemTagsInput, FileSystemTagsUpdate>
{
    private readonly FileSystemUpdater updater;

    public UpdateFileSystemTagsFunction(FileSystemUpdater updater)
        : base(FunctionsJsonContext.Default.UpdateFileSystemTagsInput, FunctionsJsonContext.Default.FileSystemTagsUpdate)
    {
        this.updater = updater;
    }

    public const string HandlerName = "UpdateFileSystemTags";

    public override string Name => HandlerName;

    protected override Task<FileSystemTagsUpdate> HandleAsync(UpdateFileSystemTagsInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => updater.UpdateTagsAsync(input, cancellationToken);
}
