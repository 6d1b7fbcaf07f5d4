using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.States;

namespace StorageOps.StatesLanguage.Definition;

/// <summary>A parsed and validated Amazon States Language state machine (JSONPath query language).</summary>
public sealed class StateMachineDefinition
{
    private static readonly string[] TopLevelFields = ["StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage"];

    private StateMachineDefinition(string startAt, IReadOnlyDictionary<string, State> states, string? comment, int? timeoutSeconds)
    {
        StartAt = startAt;
        States = states;
        Graph = new StateGraph(startAt, states);
        Comment = comment;
        TimeoutSeconds = timeoutSeconds;
    }

    public string StartAt { get; }

    public IReadOnlyDictionary<string, State> States { get; }

    public string? Comment { get; }

    /// <summary>StartAt and States together, as the engine runs them.</summary>
    public StateGraph Graph { get; }

    /// <summary>The execution-level TimeoutSeconds; exceeding it ends the execution as TimedOut with States.Timeout.</summary>
    public int? TimeoutSeconds { get; }

    /// <exception cref="InvalidDefinitionException">With every problem found, each naming its state and field.</exception>
    public static StateMachineDefinition Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException exception)
        {
            throw new InvalidDefinitionException([new DefinitionProblem(null, null, $"The definition is not valid JSON: {exception.Message}")]);
        }

        return FromJson(root);
    }

    /// <summary>Every problem of the definition; empty when it is valid.</summary>
    public static IReadOnlyList<DefinitionProblem> Validate(string json)
    {
        try
        {
            Parse(json);
            return [];
        }
        catch (InvalidDefinitionException exception)
        {
            return exception.Problems;
        }
    }

    public static StateMachineDefinition FromJson(JsonNode? root)
    {
        var problems = new DefinitionProblems();
        if (root is not JsonObject obj)
        {
            problems.Report(null, null, "The definition must be a JSON object");
            throw new InvalidDefinitionException(problems.All);
        }

        // Checked before anything reads the definition: every reader below descends it recursively.
        if (JsonValues.IsDeeperThan(root, JsonValues.MaxDepth))
        {
            problems.Report(null, null, $"The definition nests objects and arrays more than {JsonValues.MaxDepth} levels deep");
            throw new InvalidDefinitionException(problems.All);
        }

        var top = new FieldReader(null, obj, problems);
        top.RejectUnknownFields("a state machine", TopLevelFields);
        switch (top.String("QueryLanguage"))
        {
            case null or "JSONPath":
                break;
            case "JSONata":
                top.Report("QueryLanguage", UnsupportedFeatures.JsonataQueryLanguage);
                break;
            case var other:
                top.Report("QueryLanguage", $"must be \"JSONPath\" or \"JSONata\", but is \"{other}\"");
                break;
        }

        var comment = top.String("Comment");
        top.String("Version");
        var timeoutSeconds = top.Integer("TimeoutSeconds", minimum: 1);
        var graph = StateGraphReader.Read(top, problems);

        if (problems.All.Count > 0)
        {
            throw new InvalidDefinitionException(problems.All);
        }

        return new StateMachineDefinition(graph!.StartAt, graph.States, comment, timeoutSeconds);
    }
}
