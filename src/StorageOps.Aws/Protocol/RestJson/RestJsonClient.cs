namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>The restJson1 protocol client (EFS, DocumentDB Elastic), running declarative <see cref="RestJsonOperation{TInput,TOutput}"/> definitions.</summary>
internal sealed class RestJsonClient(AwsServiceDescription service, ServiceErrorCatalog errors, AwsClientSettings settings)
    : ProtocolClient(service, errors, settings)
{
    public Task<TOutput> InvokeAsync<TInput, TOutput>(RestJsonOperation<TInput, TOutput> operation, TInput input, CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(input);
        operation.RunValidation(input);
        return InvokeOperationAsync<TOutput>(
            operation,
            input,
            new RestJsonRequestMarshaller<TInput, TOutput>(Service, operation),
            new RestJsonResponseUnmarshaller<TInput, TOutput>(Service, operation, Errors),
            cancellationToken);
    }
}
