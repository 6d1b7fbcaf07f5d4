namespace StorageOps.Local.Template;

/// <summary>The parts of template.yaml that decide how workflows and handlers are wired.</summary>
public sealed class SamTemplate
{
    private SamTemplate(string directory, IReadOnlyList<SamFunction> functions, IReadOnlyList<SamStateMachine> stateMachines)
    {
        Directory = directory;
        Functions = functions;
        StateMachines = stateMachines;
    }

    public IReadOnlyList<SamQueue> Queues { get; private init; } = [];

    public IReadOnlyList<SamEventSourceMapping> EventSourceMappings { get; private init; } = [];

    /// <summary>Each parameter's Default, as a deployment without overrides would see it (parameters without one are left out).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; private init; } = new Dictionary<string, string>();

    /// <summary>The <c>ScheduleV2</c> events of the state machines and functions.</summary>
    public IReadOnlyList<SamSchedule> Schedules { get; private init; } = [];

    /// <summary>The folder the template lives in; CodeUri and DefinitionUri are relative to it.</summary>
    public string Directory { get; }

    public IReadOnlyList<SamFunction> Functions { get; }

    public IReadOnlyList<SamStateMachine> StateMachines { get; }

    public static SamTemplate Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TemplateException($"No SAM template at {path}.");
        }

        return Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static SamTemplate Parse(string yaml, string directory)
    {
        var root = CloudFormationYaml.Parse(yaml);
        var functionGlobals = Mapping(Mapping(root, "Globals"), "Function");
        var functions = new List<SamFunction>();
        var stateMachines = new List<SamStateMachine>();
        var queues = new List<SamQueue>();
        var eventSourceMappings = new List<SamEventSourceMapping>();
        var schedules = new List<SamSchedule>();
        foreach (var (logicalId, value) in Mapping(root, "Resources"))
        {
            var resource = value as IReadOnlyDictionary<string, object?> ?? throw new TemplateException($"Resource {logicalId} is not a mapping.");
            var properties = Mapping(resource, "Properties");
            schedules.AddRange(SchedulesOf(logicalId, properties));
            switch (resource.GetValueOrDefault("Type") as string)
            {
                case "AWS::Serverless::Function":
                    functions.Add(new SamFunction(
                        logicalId,
                        Text(properties, functionGlobals, "Runtime"),
                        Text(properties, functionGlobals, "Handler"),
                        Text(properties, functionGlobals, "CodeUri"),
                        EnvironmentOf(functionGlobals).Concat(EnvironmentOf(properties))
                            .GroupBy(variable => variable.Key)
                            .ToDictionary(group => group.Key, group => group.Last().Value))
                    {
                        EnvironmentReferences = Mapping(Mapping(properties, "Environment"), "Variables")
                            .Where(variable => variable.Value is Intrinsic)
                            .ToDictionary(variable => variable.Key, variable => (Intrinsic)variable.Value!),
                        Timeout = Text(properties, functionGlobals, "Timeout"),
                    });
                    break;
                case "AWS::SQS::Queue":
                    var redrivePolicy = Mapping(properties, "RedrivePolicy");
                    queues.Add(new SamQueue(
                        logicalId,
                        properties.GetValueOrDefault("QueueName"),
                        properties.GetValueOrDefault("VisibilityTimeout") as string,
                        redrivePolicy.GetValueOrDefault("deadLetterTargetArn"),
                        redrivePolicy.GetValueOrDefault("maxReceiveCount") as string));
                    break;
                case "AWS::Lambda::EventSourceMapping":
                    eventSourceMappings.Add(new SamEventSourceMapping(
                        logicalId,
                        properties.GetValueOrDefault("EventSourceArn"),
                        properties.GetValueOrDefault("FunctionName"),
                        properties.GetValueOrDefault("BatchSize") as string,
                        properties.GetValueOrDefault("MaximumBatchingWindowInSeconds") as string,
                        (properties.GetValueOrDefault("FunctionResponseTypes") as List<object?> ?? []).OfType<string>().ToList(),
                        Mapping(properties, "ScalingConfig").GetValueOrDefault("MaximumConcurrency") as string));
                    break;
                case "AWS::Serverless::StateMachine":
                    stateMachines.Add(new SamStateMachine(
                        logicalId,
                        properties.GetValueOrDefault("DefinitionUri") as string,
                        Mapping(properties, "DefinitionSubstitutions")));
                    break;
            }
        }

        var parameters = Mapping(root, "Parameters")
            .Where(parameter => (parameter.Value as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("Default") is string)
            .ToDictionary(parameter => parameter.Key, parameter => (string)((IReadOnlyDictionary<string, object?>)parameter.Value!)["Default"]!, StringComparer.Ordinal);
        return new SamTemplate(directory, functions, stateMachines) { Queues = queues, EventSourceMappings = eventSourceMappings, Parameters = parameters, Schedules = schedules };
    }

    private static IEnumerable<SamSchedule> SchedulesOf(string logicalId, IReadOnlyDictionary<string, object?> properties) =>
        Mapping(properties, "Events")
            .Where(entry => (entry.Value as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("Type") as string == "ScheduleV2")
            .Select(entry =>
            {
                var schedule = Mapping((IReadOnlyDictionary<string, object?>)entry.Value!, "Properties");
                return new SamSchedule(
                    logicalId,
                    entry.Key,
                    schedule.GetValueOrDefault("Name"),
                    schedule.GetValueOrDefault("ScheduleExpression"),
                    schedule.GetValueOrDefault("ScheduleExpressionTimezone"),
                    schedule.GetValueOrDefault("Input") as string);
            });

    private static IReadOnlyDictionary<string, object?> Mapping(IReadOnlyDictionary<string, object?> parent, string key) =>
        parent.GetValueOrDefault(key) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static string? Text(IReadOnlyDictionary<string, object?> properties, IReadOnlyDictionary<string, object?> globals, string key) =>
        properties.GetValueOrDefault(key) as string ?? globals.GetValueOrDefault(key) as string;

    private static IEnumerable<KeyValuePair<string, string>> EnvironmentOf(IReadOnlyDictionary<string, object?> properties) =>
        Mapping(Mapping(properties, "Environment"), "Variables")
            .Select(variable => KeyValuePair.Create(variable.Key, variable.Value as string ?? ""));
}
