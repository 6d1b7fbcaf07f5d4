using System.Reflection;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.Local.Tests.Template;

/// <summary>
/// Checks a state machine definition's error handling: every Retry and Catch names errors that exist, States.ALL
/// stands alone and last, and every Lambda task carries the standard transient-error retry.
/// </summary>
public static class StateMachineErrorAudit
{
    /// <summary>The Lambda service errors Step Functions reports for a failed invocation (not the function's own errors).</summary>
    public static readonly IReadOnlyList<string> LambdaErrorNames =
    [
        "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
        "Lambda.Unknown", "Lambda.ClientExecutionTimeoutException", "Lambda.ResourceNotFoundException",
        "Lambda.InvalidRequestContentException", "Lambda.RequestTooLargeException", "Lambda.ResourceNotReadyException",
    ];

    /// <summary>What AWS recommends every Lambda task retry: the errors of a transient Lambda service fault.</summary>
    public static readonly IReadOnlyList<string> TransientLambdaErrors =
        ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"];

    /// <summary>Every <c>StorageOps.*</c> constant of <see cref="ErrorNames"/>, read by reflection so names added later count.</summary>
    public static readonly IReadOnlyList<string> OurErrorNames = typeof(ErrorNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    public static IReadOnlyList<string> Problems(string definitionName, JsonNode definition)
    {
        var states = AllStates(definition).ToList();
        // A Fail state's error is raised by the definition itself, so an enclosing Parallel or Map may catch it.
        var raisedByFailStates = states
            .Select(state => (string?)state.Body["Error"])
            .OfType<string>();
        var known = StatesErrorNames.AllNames.Concat(LambdaErrorNames).Concat(OurErrorNames).Concat(raisedByFailStates).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var (name, body) in states)
        {
            var where = $"{definitionName}: state {name}";
            foreach (var clause in new[] { "Retry", "Catch" })
            {
                var entries = body[clause]?.AsArray() ?? [];
                for (var index = 0; index < entries.Count; index++)
                {
                    var errors = entries[index]?["ErrorEquals"]?.AsArray().Select(error => (string?)error).ToList() ?? [];
                    if (errors.Count == 0)
                    {
                        problems.Add($"{where}: {clause}[{index}] has no ErrorEquals.");
                    }

                    problems.AddRange(errors
                        .Where(error => error is null || !known.Contains(error))
                        .Select(error => $"{where}: {clause}[{index}] names '{error}', which is no States.*, Lambda.* or StorageOps error."));
                    if (errors.Contains(StatesErrorNames.All) && (errors.Count > 1 || index != entries.Count - 1))
                    {
                        problems.Add($"{where}: {clause}[{index}] uses States.ALL, which must stand alone in the last entry.");
                    }
                }
            }

            if (IsLambdaTask(body) && !HasTransientRetry(body))
            {
                problems.Add($"{where}: Lambda task without the standard transient-error Retry ({string.Join(", ", TransientLambdaErrors)}).");
            }
        }

        return problems;
    }

    /// <summary>Every state, including those inside Parallel branches and Map item processors, at any depth.</summary>
    public static IEnumerable<(string Name, JsonObject Body)> AllStates(JsonNode machine)
    {
        foreach (var (name, node) in machine["States"]?.AsObject() ?? [])
        {
            if (node is not JsonObject body)
            {
                continue;
            }

            yield return (name, body);
            var nested = (body["Branches"]?.AsArray() ?? []).OfType<JsonNode>()
                .Concat(new[] { body["ItemProcessor"], body["Iterator"] }.OfType<JsonNode>());
            foreach (var inner in nested.SelectMany(AllStates))
            {
                yield return inner;
            }
        }
    }

    private static bool IsLambdaTask(JsonObject state)
    {
        if ((string?)state["Type"] != "Task" || (string?)state["Resource"] is not { } resource)
        {
            return false;
        }

        return resource.StartsWith("arn:aws:states:::lambda:invoke", StringComparison.Ordinal)
            || resource.StartsWith("arn:aws:lambda:", StringComparison.Ordinal)
            || (resource.StartsWith("${", StringComparison.Ordinal) && resource.EndsWith("FunctionArn}", StringComparison.Ordinal));
    }

    private static bool HasTransientRetry(JsonObject state) =>
        (state["Retry"]?.AsArray() ?? []).OfType<JsonNode>().Any(retrier =>
        {
            var errors = retrier["ErrorEquals"]?.AsArray().Select(error => (string?)error).ToHashSet(StringComparer.Ordinal) ?? [];
            var attempts = retrier["MaxAttempts"] is JsonValue value ? value.GetValue<int>() : 3;
            return attempts > 0 && TransientLambdaErrors.All(errors.Contains);
        });
}
