using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>
/// Handler <c>CheckReplicationHealth</c> (an EventBridge Scheduler schedule): reports every replication destination of the
/// Region with its lag, flags <c>ERROR</c>/<c>PAUSED</c> ones and those lagging past the threshold, logs one summary line
/// and emits the lag and unhealthy-count metrics in the embedded metric format.
/// </summary>
public sealed class CheckReplicationHealthFunction : JsonLambdaFunction<CheckReplicationHealthInput, ReplicationHealthReport>
{
    private readonly ReplicationHealthChecker checker;

    public CheckReplicationHealthFunction(ReplicationHealthChecker checker)
        : base(FunctionsJsonContext.Default.CheckReplicationHealthInput, FunctionsJsonContext.Default.ReplicationHealthReport)
    {
        this.checker = checker;
    }

    public const string HandlerName = "CheckReplicationHealth";

    public override string Name => HandlerName;

    protected override Task<ReplicationHealthReport> HandleAsync(CheckReplicationHealthInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => checker.CheckAsync(input.RequireScheduledTime(), cancellationToken);
}
