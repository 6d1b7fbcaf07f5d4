using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol;

/// <summary>
/// What every protocol client shares: AWSSDK.Core's pipeline — credentials, SigV4, standard retries, clock skew
/// correction — with our endpoint resolution and signing, carrying our own operation records through it.
/// </summary>
internal abstract class ProtocolClient : AmazonServiceClient
{
    private readonly IServiceMetadata metadata;

    protected ProtocolClient(AwsServiceDescription service, ServiceErrorCatalog errors, AwsClientSettings settings)
        : base(settings.Credentials!, ProtocolClientConfig.From(service, settings))
    {
        Service = service;
        Errors = errors;
        metadata = new ProtocolServiceMetadata(service);
    }

    protected AwsServiceDescription Service { get; }

    protected ServiceErrorCatalog Errors { get; }

    protected override IServiceMetadata ServiceMetadata => metadata;

    protected async Task<TOutput> InvokeOperationAsync<TOutput>(
        IOperationDefinition operation,
        object input,
        IMarshaller<IRequest, AmazonWebServiceRequest> requestMarshaller,
        ResponseUnmarshaller responseUnmarshaller,
        CancellationToken cancellationToken)
    {
        var options = new InvokeOptions { RequestMarshaller = requestMarshaller, ResponseUnmarshaller = responseUnmarshaller };
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
