using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.States;
using StorageOps.StatesLanguage.Tasks;

namespace StorageOps.StatesLanguage.Definition;

/// <summary>Reads one state of the States field into its typed <see cref="State"/>, reporting every problem.</summary>
internal static class StateReader
{
    private const int MaxStateNameLength = 80;

    private static readonly string[] PassFields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result"];
    private static readonly string[] TaskFields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath"];
    private static readonly string[] ChoiceFields = ["Type", "Comment", "QueryLanguage", "InputPath", "OutputPath", "Choices", "Default"];
    private static readonly string[] WaitFields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath"];
    private static readonly string[] SucceedFields = ["Type", "Comment", "QueryLanguage", "InputPath", "OutputPath"];
    private static readonly string[] FailFields = ["Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"];

    public static State? Read(string name, JsonNode? json, DefinitionProblems problems)
    {
        if (name.Length > MaxStateNameLength)
        {
            problems.Report(name, null, $"the state name must be at most {MaxStateNameLength} characters long");
        }

        if (json is not JsonObject obj)
        {
            problems.Report(name, null, "must be a JSON object");
            return null;
        }

        var state = new FieldReader(name, obj, problems);
        switch (state.String("QueryLanguage"))
        {
            case null or "JSONPath":
                break;
            case "JSONata":
                state.Report("QueryLanguage", UnsupportedFeatures.JsonataQueryLanguage);
                break;
            case var language:
                state.Report("QueryLanguage", $"must be \"JSONPath\" or \"JSONata\", but is \"{language}\"");
                break;
        }

        var comment = state.String("Comment");
        switch (state.String("Type", required: true))
        {
            case null:
                return null;
            case "Pass":
                state.RejectUnknownFields("a Pass state", PassFields);
                return new PassState(name, comment, ReadTransition(state), state.InputOutputPath("InputPath"), state.Template("Parameters"),
                    obj["Result"]?.DeepClone(), obj.ContainsKey("Result"), state.ResultPath("ResultPath"), state.InputOutputPath("OutputPath"));
            case "Task":
                state.RejectUnknownFields("a Task state", TaskFields);
                return ReadTask(name, comment, state);
            case "Choice":
                state.RejectUnknownFields("a Choice state (transitions are in Choices and Default)", ChoiceFields);

                return new ChoiceState(name, comment, ChoiceRuleReader.ReadBranches(state), state.String("Default"),
                    state.InputOutputPath("InputPath"), state.InputOutputPath("OutputPath"));
            case "Wait":
                state.RejectUnknownFields("a Wait state", WaitFields);
                return ReadWait(name, comment, state);
            case "Succeed":
                state.RejectUnknownFields("a Succeed state (it ends the execution)", SucceedFields);
                return new SucceedState(name, comment, state.InputOutputPath("InputPath"), state.InputOutputPath("OutputPath"));
            case "Fail":
                state.RejectUnknownFields("a Fail state (it ends the execution)", FailFields);
                return ReadFail(name, comment, state);
            case "Parallel" or "Map":
                state.Report("Type", $"'{obj["Type"]}' is not supported yet by this engine");
                return null;
            case var other:
                state.Report("Type", $"must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map, but is '{other}'");
                return null;
        }
    }

    private static Transition ReadTransition(FieldReader state)
    {
        var next = state.String("Next");
        var end = state.Boolean("End");
        if (next is not null && end)
        {
            state.ReportState("must not have both 'Next' and 'End': true");
        }
        else if (next is null && !end)
        {
            state.ReportState("must have either 'Next' or 'End': true");
        }

        return next is null ? Transition.End : new Transition(next);
    }

    private static TaskState? ReadTask(string name, string? comment, FieldReader state)
    {
        var transition = ReadTransition(state);
        var resourceArn = state.String("Resource", required: true);
        TaskResource? resource = null;
        if (resourceArn is not null && !TaskResource.TryParse(resourceArn, out resource, out var error))
        {
            state.Report("Resource", error);
        }

        var parameters = state.Template("Parameters");
        if (resource?.Kind == TaskResourceKind.LambdaInvoke)
        {
            if (parameters is null)
            {
                state.Report("Parameters", $"is required for '{TaskResource.LambdaInvokeArn}' and must contain FunctionName");
            }
            else if (parameters.Template is JsonObject template && !template.ContainsKey("FunctionName") && !template.ContainsKey("FunctionName.$"))
            {
                state.Report("Parameters", $"must contain FunctionName for '{TaskResource.LambdaInvokeArn}'");
            }
        }

        var timeoutSeconds = state.Integer("TimeoutSeconds", minimum: 1);
        var timeoutSecondsPath = state.ReferencePath("TimeoutSecondsPath");
        if (state.Has("TimeoutSeconds") && state.Has("TimeoutSecondsPath"))
        {
            state.ReportState("must not have both 'TimeoutSeconds' and 'TimeoutSecondsPath'");
        }

        var heartbeatSeconds = state.Integer("HeartbeatSeconds", minimum: 1);
        state.ReferencePath("HeartbeatSecondsPath");
        if (state.Has("HeartbeatSeconds") && state.Has("HeartbeatSecondsPath"))
        {
            state.ReportState("must not have both 'HeartbeatSeconds' and 'HeartbeatSecondsPath'");
        }

        if (heartbeatSeconds is { } heartbeat && timeoutSeconds is { } timeout && heartbeat >= timeout)
        {
            state.Report("HeartbeatSeconds", $"must be smaller than TimeoutSeconds ({timeout})");
        }

        var recovery = RecoveryReader.Read(state);
        var resultSelector = state.Template("ResultSelector");
        return resource is null
            ? null
            : new TaskState(name, comment, transition, resource, state.InputOutputPath("InputPath"), parameters, resultSelector,
                state.ResultPath("ResultPath"), state.InputOutputPath("OutputPath"), timeoutSeconds, timeoutSecondsPath, heartbeatSeconds, recovery);
    }

    private static WaitState ReadWait(string name, string? comment, FieldReader state)
    {
        var transition = ReadTransition(state);
        var given = new[] { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" }.Where(state.Has).ToList();
        if (given.Count != 1)
        {
            state.ReportState(given.Count == 0
                ? "must have exactly one of 'Seconds', 'SecondsPath', 'Timestamp' or 'TimestampPath'"
                : $"must have exactly one of 'Seconds', 'SecondsPath', 'Timestamp' or 'TimestampPath', but has {string.Join(", ", given.Select(field => $"'{field}'"))}");
        }

        return new WaitState(name, comment, transition, state.Integer("Seconds", minimum: 0), state.ReferencePath("SecondsPath"),
            state.Timestamp("Timestamp"), state.ReferencePath("TimestampPath"), state.InputOutputPath("InputPath"), state.InputOutputPath("OutputPath"));
    }

    private static FailState ReadFail(string name, string? comment, FieldReader state)
    {
        foreach (var (literal, path) in new[] { ("Error", "ErrorPath"), ("Cause", "CausePath") })
        {
            if (state.Has(literal) && state.Has(path))
            {
                state.ReportState($"must not have both '{literal}' and '{path}'");
            }
        }

        return new FailState(name, comment, state.String("Error"), state.Expression("ErrorPath"), state.String("Cause"), state.Expression("CausePath"));
    }
}
