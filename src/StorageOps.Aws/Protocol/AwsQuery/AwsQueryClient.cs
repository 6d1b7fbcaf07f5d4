namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>The awsQuery protocol client (RDS), running declarative <see cref="AwsQueryOperation{TInput,TOutput}"/> definitions.</summary>
internal sealed class AwsQueryClient(AwsServiceDescription service, ServiceErrorCatalog errors, AwsClientSettings settings)
    : ProtocolClient(service, errors, settings)
{
    public Task<TOutput> InvokeAsync<TInput, TOutput>(AwsQueryOperation<TInput, TOutput> operation, TInput input, CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(input);
        operation.RunValidation(input);
        return InvokeOperationAsync<TOutput>(
            operation,
            input,
            new AwsQueryRequestMarshaller<TInput, TOutput>(Service, operation),
            new AwsQueryResponseUnmarshaller<TInput, TOutput>(Service, operation, Errors),
            cancellationToken);
    }
}
