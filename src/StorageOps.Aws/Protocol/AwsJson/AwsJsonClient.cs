using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>
/// The awsJson1_0 protocol client (Step Functions): AWSSDK.Core's pipeline — credentials, SigV4, standard retries, clock skew
/// correction — around declarative <see cref="AwsJsonOperation{TInput,TOutput}"/> definitions.
/// </summary>
internal sealed class AwsJsonClient : AmazonServiceClient
{
    private readonly AwsServiceDescription service;
    private readonly ServiceErrorCatalog errors;
    private readonly string targetPrefix;
    private readonly IServiceMetadata metadata;

    /// <param name="targetPrefix">The model's <c>targetPrefix</c>, e.g. <c>AWSStepFunctions</c> (the <c>X-Amz-Target</c> header is <c>{targetPrefix}.{Operation}</c>).</param>
    public AwsJsonClient(AwsServiceDescription service, string targetPrefix, ServiceErrorCatalog errors, AwsClientSettings settings)
        : this(service, targetPrefix, errors, settings, ProtocolClientConfig.From(service, settings))
    {
    }

    private AwsJsonClient(AwsServiceDescription service, string targetPrefix, ServiceErrorCatalog errors, AwsClientSettings settings, ProtocolClientConfig config)
        : base(settings.Credentials!, config)
    {
        this.service = service;
        this.targetPrefix = targetPrefix;
        this.errors = errors;
        metadata = new ProtocolServiceMetadata(service);
    }

    protected override IServiceMetadata ServiceMetadata => metadata;

    public async Task<TOutput> InvokeAsync<TInput, TOutput>(AwsJsonOperation<TInput, TOutput> operation, TInput input, CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(input);
        operation.RunValidation(input);
        var options = new InvokeOptions
        {
            RequestMarshaller = new AwsJsonRequestMarshaller<TInput, TOutput>(service, targetPrefix, operation),
            ResponseUnmarshaller = new AwsJsonResponseUnmarshaller<TInput, TOutput>(operation, errors),
        };
        var response = await InvokeAsync<OperationResponse>(new OperationRequest(operation, input), options, cancellationToken).ConfigureAwait(false);
        return (TOutput)response.Output!;
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new ProtocolEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
    }
}
