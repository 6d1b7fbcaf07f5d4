using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// The awsQuery protocol client (RDS): AWSSDK.Core's pipeline — credentials, SigV4, standard retries, clock skew
/// correction — around declarative <see cref="AwsQueryOperation{TInput,TOutput}"/> definitions.
/// </summary>
internal sealed class AwsQueryClient : AmazonServiceClient
{
    private readonly AwsServiceDescription service;
    private readonly ServiceErrorCatalog errors;
    private readonly IServiceMetadata metadata;

    public AwsQueryClient(AwsServiceDescription service, ServiceErrorCatalog errors, AwsClientSettings settings)
        : this(service, errors, settings, ProtocolClientConfig.From(service, settings))
    {
    }

    private AwsQueryClient(AwsServiceDescription service, ServiceErrorCatalog errors, AwsClientSettings settings, ProtocolClientConfig config)
        : base(settings.Credentials!, config)
    {
        this.service = service;
        this.errors = errors;
        metadata = new ProtocolServiceMetadata(service);
    }

    protected override IServiceMetadata ServiceMetadata => metadata;

    public async Task<TOutput> InvokeAsync<TInput, TOutput>(AwsQueryOperation<TInput, TOutput> operation, TInput input, CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(input);
        operation.RunValidation(input);
        var options = new InvokeOptions
        {
            RequestMarshaller = new AwsQueryRequestMarshaller<TInput, TOutput>(service, operation),
            ResponseUnmarshaller = new AwsQueryResponseUnmarshaller<TInput, TOutput>(operation, errors),
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
