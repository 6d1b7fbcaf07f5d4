using System.Text.RegularExpressions;

namespace StorageOps.Local.Template;

/// <summary>
/// Wires template.yaml for a local run exactly as CloudFormation would in AWS: each function's ARN maps to the
/// handler its STORAGEOPS_HANDLER selects, with the function's environment, and each state machine's DefinitionSubstitutions are resolved into its
/// definition. Every way the template can be mis-wired is reported as a problem rather than found mid-run.
/// </summary>
public sealed partial class TemplateWiring
{
    public const string HandlerVariable = "STORAGEOPS_HANDLER";
    public const string DeployedAssembly = "StorageOps.Functions";

    private TemplateWiring(IReadOnlyDictionary<string, WiredFunction> functionsByName, IReadOnlyDictionary<string, WiredWorkflow> workflows, IReadOnlyList<string> problems)
    {
        FunctionsByName = functionsByName;
        Workflows = workflows;
        Problems = problems;
    }

    /// <summary>Queues by logical id.</summary>
    public IReadOnlyDictionary<string, WiredQueue> Queues { get; private init; } = new Dictionary<string, WiredQueue>();

    public IReadOnlyList<WiredEventSource> EventSources { get; private init; } = [];

    /// <summary>Function ARN (and plain function name) → the function, as Step Functions' Lambda integration names it.</summary>
    public IReadOnlyDictionary<string, WiredFunction> FunctionsByName { get; }

    public IReadOnlyDictionary<string, WiredWorkflow> Workflows { get; }

    public IReadOnlyList<string> Problems { get; }

    public static TemplateWiring Resolve(SamTemplate template, IReadOnlyCollection<string> handlerNames, LocalAccount account)
    {
        var problems = new List<string>();
        var queues = QueueWiring.Queues(template, account, problems);
        var functions = new Dictionary<string, WiredFunction>(StringComparer.Ordinal);
        foreach (var function in template.Functions)
        {
            CheckFunction(template, function, handlerNames, problems);
            if (function.Environment.TryGetValue(HandlerVariable, out var handler))
            {
                var environment = new Dictionary<string, string>(function.Environment, StringComparer.Ordinal);
                foreach (var (name, reference) in function.EnvironmentReferences)
                {
                    var resolved = ParameterValue(template, reference) ?? QueueWiring.Resolve(template, reference, queues, account);
                    environment[name] = resolved ?? "";
                    if (resolved is null)
                    {
                        problems.Add($"Function {function.LogicalId}: environment variable {name} refers to nothing this template has ({reference.Function} {reference.Argument}).");
                    }
                }

                var wired = new WiredFunction(function.LogicalId, account.FunctionArn(function.LogicalId), handler, environment);
                functions[wired.FunctionArn] = wired;
                functions[function.LogicalId] = wired;
            }
        }

        var workflows = new Dictionary<string, WiredWorkflow>(StringComparer.Ordinal);
        foreach (var stateMachine in template.StateMachines)
        {
            if (Wire(template, stateMachine, account, problems) is { } workflow)
            {
                workflows[workflow.Name] = workflow;
            }
        }

        return new TemplateWiring(functions, workflows, problems)
        {
            Queues = queues,
            EventSources = QueueWiring.EventSources(template, queues, problems),
            Schedules = StorageOps.Local.Schedules.ScheduleWiring.Schedules(template, account, problems),
        };
    }

    /// <summary>The schedules of the template by name (<c>nightly-snapshots</c>, <c>replication-health</c>).</summary>
    public IReadOnlyDictionary<string, WiredSchedule> Schedules { get; private init; } = new Dictionary<string, WiredSchedule>();

    /// <summary>The resolved schedule, or a <see cref="TemplateException"/> naming the ones that exist.</summary>
    public WiredSchedule Schedule(string name) =>
        Schedules.TryGetValue(name, out var schedule)
            ? schedule
            : throw new TemplateException($"No schedule named '{name}' in the template. Known: {string.Join(", ", Schedules.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary><c>!Ref</c> of a parameter → its Default (what a deployment without overrides uses); null for anything else.</summary>
    public static string? ParameterValue(SamTemplate template, object? value) =>
        value is Intrinsic { Function: "Ref", Argument: string name } && template.Parameters.TryGetValue(name, out var parameter) ? parameter : null;

    /// <summary>The resolved workflow, or a <see cref="TemplateException"/> naming the ones that exist.</summary>
    public WiredWorkflow Workflow(string name) =>
        Workflows.TryGetValue(name, out var workflow)
            ? workflow
            : throw new TemplateException($"No state machine named '{name}' in the template. Known: {string.Join(", ", Workflows.Keys.Order(StringComparer.Ordinal))}.");

    private static void CheckFunction(SamTemplate template, SamFunction function, IReadOnlyCollection<string> handlerNames, List<string> problems)
    {
        var where = $"Function {function.LogicalId}";
        if (function.Runtime != "dotnet10")
        {
            problems.Add($"{where}: Runtime is '{function.Runtime}', expected 'dotnet10'.");
        }

        if (function.Handler != DeployedAssembly)
        {
            problems.Add($"{where}: Handler is '{function.Handler}', expected the executable assembly name '{DeployedAssembly}'.");
        }

        if (function.CodeUri is null || !File.Exists(Path.Combine(template.Directory, function.CodeUri, $"{DeployedAssembly}.csproj")))
        {
            problems.Add($"{where}: CodeUri '{function.CodeUri}' does not contain {DeployedAssembly}.csproj.");
        }

        if (!function.Environment.TryGetValue(HandlerVariable, out var handler))
        {
            problems.Add($"{where}: environment variable {HandlerVariable} is not set, so no handler is selected.");
        }
        else if (!handlerNames.Contains(handler))
        {
            problems.Add($"{where}: {HandlerVariable} '{handler}' names no handler; known handlers: {string.Join(", ", handlerNames.Order(StringComparer.Ordinal))}.");
        }
    }

    private static WiredWorkflow? Wire(SamTemplate template, SamStateMachine stateMachine, LocalAccount account, List<string> problems)
    {
        var where = $"StateMachine {stateMachine.LogicalId}";
        var path = stateMachine.DefinitionUri is null ? null : Path.Combine(template.Directory, stateMachine.DefinitionUri);
        if (path is null || !File.Exists(path))
        {
            problems.Add($"{where}: DefinitionUri '{stateMachine.DefinitionUri}' is not a file.");
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in stateMachine.DefinitionSubstitutions)
        {
            if (ResolveValue(template, value, account) is { } resolved)
            {
                values[name] = resolved;
            }
            else
            {
                problems.Add($"{where}: DefinitionSubstitutions.{name} does not resolve to a function or parameter of this template.");
            }
        }

        var text = File.ReadAllText(path);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var definition = Placeholder().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            used.Add(name);
            if (values.TryGetValue(name, out var value))
            {
                return value;
            }

            problems.Add($"{where}: {stateMachine.DefinitionUri} uses ${{{name}}}, which DefinitionSubstitutions does not define.");
            return match.Value;
        });
        foreach (var unused in stateMachine.DefinitionSubstitutions.Keys.Where(name => !used.Contains(name)))
        {
            problems.Add($"{where}: DefinitionSubstitutions.{unused} is not used by {stateMachine.DefinitionUri}.");
        }

        return new WiredWorkflow(stateMachine.WorkflowName, account.StateMachineArn(stateMachine.WorkflowName), path, definition);
    }

    private static string? ResolveValue(SamTemplate template, object? value, LocalAccount account)
    {
        bool IsFunction(string logicalId) => template.Functions.Any(function => function.LogicalId == logicalId);
        return value switch
        {
            string literal => literal,
            Intrinsic { Function: "Fn::GetAtt", Argument: string target } when target.Split('.') is [var id, "Arn"] && IsFunction(id) => account.FunctionArn(id),
            Intrinsic { Function: "Fn::GetAtt", Argument: List<object?> { Count: 2 } parts } when parts[0] is string id && parts[1] as string == "Arn" && IsFunction(id) => account.FunctionArn(id),
            Intrinsic { Function: "Ref", Argument: string id } when IsFunction(id) => id,
            Intrinsic { Function: "Ref" } reference when ParameterValue(template, reference) is { } parameter => parameter,
            _ => null,
        };
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z0-9_.:]+)\}")]
    private static partial Regex Placeholder();
}
