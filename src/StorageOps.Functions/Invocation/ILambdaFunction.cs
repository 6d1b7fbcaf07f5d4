namespace StorageOps.Functions.Invocation;

/// <summary>One deployable handler: JSON event in, JSON result out; failures are thrown and shaped by <see cref="Errors.LambdaErrorDocument"/>.</summary>
public interface ILambdaFunction
{
    /// <summary>The value of the STORAGEOPS_HANDLER environment variable that selects this handler.</summary>
    string Name { get; }

    Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken);
}
