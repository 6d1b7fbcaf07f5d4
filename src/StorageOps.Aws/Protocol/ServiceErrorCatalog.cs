using Amazon.Runtime;

namespace StorageOps.Aws.Protocol;

/// <summary>
/// Error code → typed exception, for one service. Codes not in the catalog become <c>fallback</c> (the service's base
/// exception carrying the code). <see cref="AmazonServiceException.ErrorType"/> is set from the status (4xx sender, 5xx receiver).
/// </summary>
internal sealed class ServiceErrorCatalog(Func<ServiceError, AmazonServiceException> fallback)
{
    private readonly Dictionary<string, Func<ServiceError, AmazonServiceException>> factories = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Codes => factories.Keys;

    public ServiceErrorCatalog Add(string code, Func<ServiceError, AmazonServiceException> factory)
    {
        factories.Add(code, factory);
        return this;
    }

    public bool Contains(string code) => factories.ContainsKey(code);

    public AmazonServiceException Create(ServiceError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var exception = factories.TryGetValue(error.Code, out var factory) ? factory(error) : fallback(error);
        exception.ErrorType = (int)error.StatusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
        return exception;
    }
}
