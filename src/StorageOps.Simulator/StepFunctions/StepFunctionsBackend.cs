using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.StepFunctions;

/// <summary>
/// Step Functions state machines and executions. Executions are run by the <see cref="IExecutionRunner"/> given to
/// <see cref="UseRunner"/>; without one they stay RUNNING until stopped.
/// </summary>
public sealed partial class StepFunctionsBackend
{
    public const int MaxInputBytes = 256 * 1024;
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly Dictionary<string, StateMachineRecord> stateMachines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExecutionRecord> executions = new(StringComparer.Ordinal);
    private readonly List<Task> runs = [];
    private IExecutionRunner? runner;

    public StepFunctionsBackend(SimulatorOptions options)
    {
        time = options.TimeProvider;
    }

    public void UseRunner(IExecutionRunner executionRunner) => runner = executionRunner;

    public StateMachineRecord CreateStateMachine(AccountRegion scope, string name, string definition, string roleArn, string? type)
    {
        ValidateName(name, "name");
        if (type is not (null or "STANDARD" or "EXPRESS"))
        {
            throw new StepFunctionsException("ValidationException", $"1 validation error detected: Value '{type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
        }

        try
        {
            using var _ = JsonDocument.Parse(definition);
        }
        catch (JsonException invalid)
        {
            throw new StepFunctionsException("InvalidDefinition", $"Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: {invalid.Message}'");
        }

        var arn = $"arn:aws:states:{scope.Region}:{scope.AccountId}:stateMachine:{name}";
        lock (gate)
        {
            if (stateMachines.TryGetValue(arn, out var existing))
            {
                return existing.Definition == definition && existing.RoleArn == roleArn
                    ? existing
                    : throw new StepFunctionsException("StateMachineAlreadyExists", $"State Machine Already Exists: '{arn}'");
            }

            var created = new StateMachineRecord(arn, name, definition, roleArn, type ?? "STANDARD", time.GetUtcNow());
            stateMachines[arn] = created;
            return created;
        }
    }

    public StateMachineRecord DescribeStateMachine(string stateMachineArn)
    {
        ValidateArn(stateMachineArn, "stateMachine");
        lock (gate)
        {
            return stateMachines.GetValueOrDefault(stateMachineArn)
                ?? throw new StepFunctionsException("StateMachineDoesNotExist", $"State Machine Does Not Exist: '{stateMachineArn}'");
        }
    }

    public (IReadOnlyList<StateMachineRecord> Page, string? NextToken) ListStateMachines(AccountRegion scope, int? maxResults, string? nextToken)
    {
        lock (gate)
        {
            var prefix = $"arn:aws:states:{scope.Region}:{scope.AccountId}:stateMachine:";
            var all = stateMachines.Values.Where(machine => machine.StateMachineArn.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(machine => machine.Name, StringComparer.Ordinal).ToList();
            return Page(all, maxResults, nextToken);
        }
    }

    /// <summary>
    /// Starts an execution. As in AWS, the same name with the same input while the first is still running returns
    /// that execution; a different input, or a name whose execution has closed, is <c>ExecutionAlreadyExists</c>.
    /// </summary>
    public ExecutionRecord StartExecution(string stateMachineArn, string? name, string? input)
    {
        var stateMachine = DescribeStateMachine(stateMachineArn);
        name ??= Guid.NewGuid().ToString();
        ValidateName(name, "name");
        input ??= "{}";
        if (Encoding.UTF8.GetByteCount(input) > MaxInputBytes)
        {
            throw new StepFunctionsException("InvalidExecutionInput", $"Execution input exceeds the maximum size of {MaxInputBytes} bytes.");
        }

        try
        {
            using var _ = JsonDocument.Parse(input);
        }
        catch (JsonException invalid)
        {
            throw new StepFunctionsException("InvalidExecutionInput", $"Invalid State Machine Execution Input: '{invalid.Message}'");
        }

        var executionArn = stateMachine.StateMachineArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":" + name;
        ExecutionRecord execution;
        lock (gate)
        {
            if (executions.TryGetValue(executionArn, out var existing))
            {
                return existing.Status == ExecutionStatuses.Running && existing.Start.Input == input
                    ? existing
                    : throw new StepFunctionsException("ExecutionAlreadyExists", $"Execution Already Exists: '{executionArn}'");
            }

            execution = new ExecutionRecord(stateMachine, new ExecutionStart(executionArn, name, input, time.GetUtcNow()));
            executions[executionArn] = execution;
            if (runner is { } executionRunner)
            {
                runs.Add(Task.Run(() => RunAsync(executionRunner, execution)));
            }
        }

        return execution;
    }

    public ExecutionRecord DescribeExecution(string executionArn)
    {
        ValidateArn(executionArn, "execution");
        lock (gate)
        {
            return executions.GetValueOrDefault(executionArn)
                ?? throw new StepFunctionsException("ExecutionDoesNotExist", $"Execution Does Not Exist: '{executionArn}'");
        }
    }

    public (IReadOnlyList<ExecutionRecord> Page, string? NextToken) ListExecutions(string stateMachineArn, string? statusFilter, int? maxResults, string? nextToken)
    {
        DescribeStateMachine(stateMachineArn);
        if (statusFilter is not null && !ExecutionStatuses.All.Contains(statusFilter))
        {
            throw new StepFunctionsException("ValidationException", $"1 validation error detected: Value '{statusFilter}' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", ExecutionStatuses.All)}]");
        }

        lock (gate)
        {
            var matching = executions.Values
                .Where(execution => execution.StateMachine.StateMachineArn == stateMachineArn && (statusFilter is null || execution.Status == statusFilter))
                .OrderByDescending(execution => execution.Start.StartDate)
                .ThenByDescending(execution => execution.Start.Name, StringComparer.Ordinal)
                .ToList();
            return Page(matching, maxResults, nextToken);
        }
    }

    /// <summary>Aborts a running execution; stopping a closed one changes nothing and answers its stop date.</summary>
    public DateTimeOffset StopExecution(string executionArn, string? error, string? cause)
    {
        var execution = DescribeExecution(executionArn);
        lock (gate)
        {
            if (execution.Close(new ExecutionOutcome(ExecutionStatuses.Aborted, null, error, cause, time.GetUtcNow())))
            {
                execution.Append(HistoryEvent(execution, "ExecutionAborted", "executionAbortedEventDetails", new JsonObject { ["error"] = error, ["cause"] = cause }));
                execution.Stopping.Cancel();
            }

            return execution.Outcome!.StopDate;
        }
    }

    public (IReadOnlyList<JsonObject> Page, string? NextToken) GetExecutionHistory(string executionArn, int? maxResults, bool reverseOrder, string? nextToken)
    {
        var execution = DescribeExecution(executionArn);
        lock (gate)
        {
            var events = reverseOrder ? execution.History.Reverse().ToList() : [.. execution.History];
            return Page(events, maxResults, nextToken);
        }
    }

    /// <summary>Waits for every execution started so far to close (tests and orderly shutdown).</summary>
    public Task WhenRunsCompleteAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(runs);
        }
    }

    private async Task RunAsync(IExecutionRunner executionRunner, ExecutionRecord execution)
    {
        ExecutionOutcome outcome;
        try
        {
            outcome = await executionRunner.RunAsync(
                execution.StateMachine,
                execution.Start,
                historyEvent =>
                {
                    lock (gate)
                    {
                        if (execution.Outcome is null)
                        {
                            execution.Append(historyEvent);
                        }
                    }
                },
                execution.Stopping.Token);
        }
        catch (OperationCanceledException) when (execution.Stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception failure)
        {
            outcome = new ExecutionOutcome(ExecutionStatuses.Failed, null, "States.Runtime", $"The simulator's execution runner failed: {failure.Message}", time.GetUtcNow());
        }

        lock (gate)
        {
            execution.Close(outcome);
        }
    }

    private JsonObject HistoryEvent(ExecutionRecord execution, string type, string detailsName, JsonObject details)
    {
        var id = execution.History.Count + 1;
        return new JsonObject
        {
            ["timestamp"] = time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0,
            ["type"] = type,
            ["id"] = id,
            ["previousEventId"] = id - 1,
            [detailsName] = details,
        };
    }

    private static (IReadOnlyList<T> Page, string? NextToken) Page<T>(List<T> all, int? maxResults, string? nextToken)
    {
        if (maxResults is < 0 or > 1000)
        {
            throw new StepFunctionsException("ValidationException", $"1 validation error detected: Value '{maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000");
        }

        var size = maxResults is null or 0 ? 100 : maxResults.Value;
        var offset = 0;
        if (nextToken is not null && !TryReadToken(nextToken, out offset))
        {
            throw new StepFunctionsException("InvalidToken", $"Invalid Token: '{nextToken}'");
        }

        var page = all.Skip(offset).Take(size).ToList();
        var next = offset + size < all.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset + size}")) : null;
        return (page, next);
    }

    private static bool TryReadToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void ValidateName(string name, string member)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new StepFunctionsException("InvalidName", $"Invalid Name: '{name}' ({member} must be 1-80 characters without white space, brackets, wildcards, special or control characters)");
        }
    }

    private static void ValidateArn(string arn, string resourceType)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal) || !arn.Contains($":states:", StringComparison.Ordinal) || !arn.Contains($":{resourceType}:", StringComparison.Ordinal))
        {
            throw new StepFunctionsException("InvalidArn", $"Invalid Arn: 'Resource type not valid in this context: {arn}'");
        }
    }

    [GeneratedRegex("""^[^\s<>{}\[\]?*"#%\\^|~`$&,;:/\x00-\x1F\x7F-\x9F]{1,80}$""")]
    private static partial Regex NamePattern();
}
