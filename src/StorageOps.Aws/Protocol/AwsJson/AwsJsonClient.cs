namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>The awsJson1_0 protocol client (Step Functions), running declarative <see cref="AwsJsonOperation{TInput,TOutput}"/> definitions.</summary>
/// <param name="targetPrefix">The model's <c>targetPrefix</c>, e.g. <c>AWSStepFunctions</c> (the <c>X-Amz-Target</c> header is <c>{targetPrefix}.{Operation}</c>).</param>
internal sealed class AwsJsonClient(AwsServiceDescription service, string targetPrefix, ServiceErrorCatalog errors, AwsClientSettings settings)
    : ProtocolClient(service, errors, settings)
{
    public Task<TOutput> InvokeAsync<TInput, TOutput>(AwsJsonOperation<TInput, TOutput> operation, TInput input, CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(input);
        operation.RunValidation(input);
        return InvokeOperationAsync<TOutput>(
            operation,
            input,
            new AwsJsonRequestMarshaller<TInput, TOutput>(Service, targetPrefix, operation),
            new AwsJsonResponseUnmarshaller<TInput, TOutput>(Service, operation, Errors),
            cancellationToken);
    }
}
