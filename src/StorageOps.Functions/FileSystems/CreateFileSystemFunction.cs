using StorageOps.Functions.Invocation;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Handler <c>CreateFileSystem</c>: starts creating the requested file system (or finds the one this request already made).</summary>
public sealed class CreateFileSystemFunction : JsonLambdaFunction<ProvisionFileSystemRequest, CreatedFileSystem>
{
    private readonly FileSystemProvisioner provisioner;

    public CreateFileSystemFunction(FileSystemProvisioner provisioner)
        : base(FunctionsJsonContext.Default.ProvisionFileSystemRequest, FunctionsJsonContext.Default.CreatedFileSystem)
    {
        this.provisioner = provisioner;
    }

    public const string HandlerName = "CreateFileSystem";

    public override string Name => HandlerName;

    protected override Task<CreatedFileSystem> HandleAsync(ProvisionFileSystemRequest input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => provisioner.CreateAsync(input, cancellationToken);
}
