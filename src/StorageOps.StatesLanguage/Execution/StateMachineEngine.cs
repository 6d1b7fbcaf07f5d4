using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Integrations;
using StorageOps.StatesLanguage.Intrinsics;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>
/// Runs state machine executions on a <see cref="VirtualClock"/>. Any number of executions may run at once; virtual
/// time moves only while every one of them is waiting (Wait states, retry intervals).
/// </summary>
public sealed class StateMachineEngine
{
    /// <summary>The largest state input or output Step Functions accepts: 256 KiB of UTF-8.</summary>
    public const int MaxPayloadBytes = 256 * 1024;

    private readonly Lock _namesGate = new();
    private readonly Random _names = new(0);

    private readonly ILambdaInvoker _lambdaInvoker;
    private readonly IServiceIntegrationInvoker _serviceInvoker;

    /// <summary>An engine whose sns:publish, events:putEvents and states:startExecution tasks are recorded in memory.</summary>
    public StateMachineEngine(VirtualClock clock, ILambdaInvoker lambdaInvoker)
        : this(clock, lambdaInvoker, new RecordingServiceIntegrationInvoker(clock))
    {
    }

    public StateMachineEngine(VirtualClock clock, ILambdaInvoker lambdaInvoker, IServiceIntegrationInvoker serviceInvoker)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _lambdaInvoker = lambdaInvoker ?? throw new ArgumentNullException(nameof(lambdaInvoker));
        _serviceInvoker = serviceInvoker ?? throw new ArgumentNullException(nameof(serviceInvoker));
    }

    public VirtualClock Clock { get; }

    /// <summary>
    /// Starts an execution at the current virtual instant and runs it to completion. The execution counts as work for
    /// the clock from this call on, so executions started together in one burst all start at the same virtual time.
    /// Failures of the workflow are reported in the result, not thrown; cancelling ends it as Aborted.
    /// </summary>
    /// <exception cref="ArgumentException">The input nests deeper than <see cref="JsonValues.MaxDepth"/>, which no execution may start with.</exception>
    public Task<ExecutionResult> RunAsync(StateMachineDefinition definition, JsonNode? input, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        // Step Functions refuses such input at StartExecution (InvalidExecutionInput); copying it would recurse without bound.
        if (JsonValues.IsDeeperThan(input, JsonValues.MaxDepth))
        {
            throw new ArgumentException($"The execution input nests objects and arrays more than {JsonValues.MaxDepth} levels deep", nameof(input));
        }

        options ??= new ExecutionOptions();
        var activity = Clock.BeginActivity();
        var inputSnapshot = JsonValues.Copy(input);
        // Run away from the caller's synchronization context (a UI or test runner may have one that serialises
        // continuations); the activity taken above already pins the execution's start to this instant. Without such a
        // context the execution starts inline, which saves a thread-pool hop per execution.
        return SynchronizationContext.Current is null && TaskScheduler.Current == TaskScheduler.Default
            ? RunWithinActivityAsync(activity, definition, inputSnapshot, options, cancellationToken)
            : Task.Run(() => RunWithinActivityAsync(activity, definition, inputSnapshot, options, cancellationToken), CancellationToken.None);
    }

    private async Task<ExecutionResult> RunWithinActivityAsync(IDisposable activity, StateMachineDefinition definition, JsonNode? input, ExecutionOptions options, CancellationToken cancellationToken)
    {
        using (activity)
        {
            var name = options.ExecutionName ?? NextExecutionName();
            using var executionSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var random = new Random(options.RandomSeed ?? StableSeed(name));
            var run = new ExecutionRun(Clock, _lambdaInvoker, _serviceInvoker, options.StateMachineArn, name, options.RoleArn, input, random, options.OnEvent,
                options.Mocks, executionSource.Token)
            {
                ChildObserver = options.OnChildEvent,
            };
            var timedOut = 0;
            using var executionTimeout = definition.TimeoutSeconds is { } seconds
                ? Clock.CreateTimer(
                    _ =>
                    {
                        if (Interlocked.Exchange(ref timedOut, 1) == 0)
                        {
                            executionSource.Cancel();
                        }
                    },
                    null,
                    TimeSpan.FromSeconds(seconds),
                    Timeout.InfiniteTimeSpan)
                : null;

            try
            {
                var output = await RunStatesAsync(definition, run, input);
                executionTimeout?.Dispose();
                run.Emit(HistoryEventType.ExecutionSucceeded, new ExecutionSucceededEventDetails(JsonValues.Serialize(output)));
                return Result(run, ExecutionStatus.Succeeded, output, null, null);
            }
            catch (StateFailedException failure)
            {
                executionTimeout?.Dispose();
                run.Emit(HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails(failure.Error, failure.Cause));
                return Result(run, ExecutionStatus.Failed, null, failure.Error, failure.Cause);
            }
            catch (HistoryLimitExceededException limit)
            {
                executionTimeout?.Dispose();
                run.Emit(HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails(StatesErrorNames.Runtime, limit.Message));
                return Result(run, ExecutionStatus.Failed, null, StatesErrorNames.Runtime, limit.Message);
            }
            catch (OperationCanceledException) when (Volatile.Read(ref timedOut) == 1 && !cancellationToken.IsCancellationRequested)
            {
                var cause = $"The execution did not complete within TimeoutSeconds ({definition.TimeoutSeconds})";
                run.Emit(HistoryEventType.ExecutionTimedOut, new ExecutionFailedEventDetails(StatesErrorNames.Timeout, cause));
                return Result(run, ExecutionStatus.TimedOut, null, StatesErrorNames.Timeout, cause);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                executionTimeout?.Dispose();
                run.Emit(HistoryEventType.ExecutionAborted, new ExecutionFailedEventDetails(null, null));
                return Result(run, ExecutionStatus.Aborted, null, null, null);
            }
            catch (Exception unexpected) when (unexpected is not OperationCanceledException)
            {
                // Whatever the engine could not handle ends this execution as a named failure, never as a faulted task.
                executionTimeout?.Dispose();
                var cause = $"The execution could not continue: {unexpected.Message}";
                run.Emit(HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails(StatesErrorNames.Runtime, cause));
                return Result(run, ExecutionStatus.Failed, null, StatesErrorNames.Runtime, cause);
            }
        }
    }

    private static Task<JsonNode?> RunStatesAsync(StateMachineDefinition definition, ExecutionRun run, JsonNode? input)
    {
        var inputText = StateGraphRunner.CheckedSerialize(input, "The execution input");
        run.Emit(HistoryEventType.ExecutionStarted, new ExecutionStartedEventDetails(inputText, run.RoleArn));
        return StateGraphRunner.RunAsync(definition.Graph, run, JsonValues.Copy(input), new BranchScope(run.CancellationToken), inputText);
    }

    private static ExecutionResult Result(ExecutionRun run, ExecutionStatus status, JsonNode? output, string? error, string? cause) => new()
    {
        ExecutionArn = run.ExecutionArn,
        Name = run.Name,
        Status = status,
        Output = output,
        Error = error,
        Cause = cause,
        History = run.Events,
        StartDate = run.StartTime,
        StopDate = run.Clock.GetUtcNow(),
        MapRuns = run.MapRuns,
    };

    private string NextExecutionName()
    {
        lock (_namesGate)
        {
            return IntrinsicFunctionLibrary.NewVersion4Uuid(_names);
        }
    }

    // string.GetHashCode is randomised per process; executions must be reproducible across runs.
    private static int StableSeed(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
