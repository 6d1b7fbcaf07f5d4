using StorageOps.Functions.Errors;
using StorageOps.Functions.EventSources;
using StorageOps.Functions.EventSources.Sqs;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Requests;

/// <summary>
/// Handler <c>RouteRequests</c>: for each SQS message of the batch, reads and validates the request and starts its
/// action's state machine. Replies with the partial batch response naming only the messages that failed — malformed
/// ones (which never reach AWS) and transient failures alike — so SQS redelivers those and deletes the rest.
/// </summary>
public sealed class RouteRequestsFunction : JsonLambdaFunction<SqsEvent, SqsBatchResponse>
{
    public const string HandlerName = "RouteRequests";

    private readonly RequestRouter router;
    private readonly FunctionLogger log;

    public RouteRequestsFunction(RequestRouter router, FunctionLogger log)
        : base(AwsEventsJsonContext.Default.SqsEvent, AwsEventsJsonContext.Default.SqsBatchResponse)
    {
        this.router = router;
        this.log = log;
    }

    public override string Name => HandlerName;

    protected override async Task<SqsBatchResponse> HandleAsync(SqsEvent input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var failures = new List<SqsBatchItemFailure>();
        foreach (var record in input.Records ?? [])
        {
            if (!await RouteAsync(record, cancellationToken))
            {
                failures.Add(new SqsBatchItemFailure(record.MessageId));
            }
        }

        return new SqsBatchResponse(failures);
    }

    private async Task<bool> RouteAsync(SqsMessage record, CancellationToken cancellationToken)
    {
        var receiveCount = record.Attributes?.GetValueOrDefault("ApproximateReceiveCount");
        RequestMessage? message = null;
        try
        {
            message = RequestMessageReader.Read(record.Body ?? "");
            var started = await router.StartAsync(message, cancellationToken);
            log.Info(
                started.AlreadyStarted ? "request already started" : "request started",
                ("messageId", record.MessageId),
                ("action", started.Action),
                (LogKeys.RequestId, started.RequestId),
                (LogKeys.ExecutionArn, started.ExecutionArn),
                ("approximateReceiveCount", receiveCount));
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = LambdaErrorDocument.From(exception);
            log.Error(
                error.ErrorType == ErrorNames.ValidationError ? "request rejected" : "request not started",
                ("messageId", record.MessageId),
                ("action", message?.Action),
                (LogKeys.RequestId, message?.RequestId),
                ("errorType", error.ErrorType),
                ("errorMessage", error.ErrorMessage),
                ("approximateReceiveCount", receiveCount));
            return false;
        }
    }
}
