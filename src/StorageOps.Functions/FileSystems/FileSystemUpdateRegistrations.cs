using StorageOps.Functions.Composition;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.FileSystems;

/// <summary>The handlers that change a file system in place, and what each is built from.</summary>
public static class FileSystemUpdateRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(PrepareFileSystemUpdateFunction.HandlerName, context => new PrepareFileSystemUpdateFunction(Updater(context))),
        new(UpdateFileSystemThroughputFunction.HandlerName, context => new UpdateFileSystemThroughputFunction(Updater(context))),
        new(UpdateFileSystemTagsFunction.HandlerName, context => new UpdateFileSystemTagsFunction(Updater(context))),
        new(UpdateFileSystemProtectionFunction.HandlerName, context => new UpdateFileSystemProtectionFunction(Updater(context))),
    ];

    private static FileSystemUpdater Updater(FunctionContext context) => new(context.Clients.Efs, context.Time, PollingSchedules.From(context.Environment));
}
