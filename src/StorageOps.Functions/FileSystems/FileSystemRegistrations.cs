using StorageOps.Functions.Composition;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.FileSystems;

/// <summary>The file-system handlers and what each is built from.</summary>
public static class FileSystemRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(CreateFileSystemFunction.HandlerName, context => new CreateFileSystemFunction(Provisioner(context))),
        new(DescribeFileSystemFunction.HandlerName, context => new DescribeFileSystemFunction(Provisioner(context))),
        new(DeleteFileSystemFunction.HandlerName, context => new DeleteFileSystemFunction(Deleter(context))),
        new(DescribeFileSystemDeletionFunction.HandlerName, context => new DescribeFileSystemDeletionFunction(Deleter(context))),
    ];

    private static FileSystemProvisioner Provisioner(FunctionContext context) => new(context.Clients.Efs, context.Time, PollingSchedules.From(context.Environment));

    private static FileSystemDeleter Deleter(FunctionContext context) => new(context.Clients.Efs, context.Time, PollingSchedules.From(context.Environment));
}
