using StorageOps.Aws.Efs;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.ProvisionFileSystem;

namespace StorageOps.Functions.Composition;

/// <summary>The one composition root: the Lambda host and the local runner both build their handlers here.</summary>
public static class FunctionComposition
{
    public static FunctionCatalog Build(FunctionsEnvironment environment)
    {
        var efs = new EfsClient(environment.Aws);
        var fileSystems = new FileSystemProvisioner(efs, environment.Time);
        return new FunctionCatalog(
        [
            new CreateFileSystemFunction(fileSystems),
            new DescribeFileSystemFunction(fileSystems),
        ]);
    }
}
