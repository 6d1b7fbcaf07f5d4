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
    private static readonly string[] ParallelFields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Branches"];
    private static readonly string[] MapFields =
    [
        "Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "ResultSelector", "Retry", "Catch",
        "ItemsPath", "ItemSelector", "Parameters", "MaxConcurrency", "MaxConcurrencyPath", "ItemProcessor", "Iterator", "ItemBatcher",
        "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "ItemReader", "ResultWriter", "Label",
    ];
    private static readonly string[] GraphFields = ["StartAt", "States", "Comment", "ProcessorConfig"];
    private static readonly string[] ProcessorConfigFields = ["Mode", "ExecutionType"];
    private static readonly string[] ItemBatcherFields = ["MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput"];
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
            case "Parallel":
                state.RejectUnknownFields("a Parallel state", ParallelFields);
                return ReadParallel(name, comment, state);
            case "Map":
                state.RejectUnknownFields("a Map state", MapFields);
                return ReadMap(name, comment, state);
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
        var heartbeatSecondsPath = state.ReferencePath("HeartbeatSecondsPath");
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
                state.ResultPath("ResultPath"), state.InputOutputPath("OutputPath"), timeoutSeconds, timeoutSecondsPath, heartbeatSeconds, recovery, heartbeatSecondsPath);
    }

    private static ParallelState? ReadParallel(string name, string? comment, FieldReader state)
    {
        var transition = ReadTransition(state);
        var branchesJson = state.Array("Branches", required: true);
        if (branchesJson is { Count: 0 })
        {
            state.Report("Branches", "must contain at least one branch");
        }

        var branches = new List<StateGraph?>();
        for (var i = 0; branchesJson is not null && i < branchesJson.Count; i++)
        {
            if (branchesJson[i] is not JsonObject branch)
            {
                state.Report($"Branches[{i}]", "must be a JSON object with StartAt and States");
                branches.Add(null);
                continue;
            }

            var reader = state.Nested(branch, $"Branches[{i}].");
            reader.RejectUnknownFields("a Parallel branch", ["StartAt", "States", "Comment"]);
            branches.Add(StateGraphReader.Read(reader, state.Problems));
        }

        var parameters = state.Template("Parameters");
        var resultSelector = state.Template("ResultSelector");
        var recovery = RecoveryReader.Read(state);
        var inputPath = state.InputOutputPath("InputPath");
        var resultPath = state.ResultPath("ResultPath");
        var outputPath = state.InputOutputPath("OutputPath");
        return branchesJson is null || branches.Any(branch => branch is null)
            ? null
            : new ParallelState(name, comment, transition, [.. branches.Select(branch => branch!)], inputPath, parameters, resultSelector, resultPath, outputPath, recovery);
    }

    private static MapState? ReadMap(string name, string? comment, FieldReader state)
    {
        var transition = ReadTransition(state);
        foreach (var s3Field in new[] { "ItemReader", "ResultWriter" })
        {
            if (state.Has(s3Field))
            {
                state.Report(s3Field, $"is not supported yet: {s3Field} reads or writes Amazon S3, which this engine does not do; "
                    + "pass the items in the state input (ItemsPath) and take the results from the Map's output");
            }
        }

        foreach (var (field, legacy) in new[] { ("ItemProcessor", "Iterator"), ("ItemSelector", "Parameters"), ("MaxConcurrency", "MaxConcurrencyPath"),
                     ("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"), ("ToleratedFailureCount", "ToleratedFailureCountPath") })
        {
            if (state.Has(field) && state.Has(legacy))
            {
                state.ReportState($"must not have both '{field}' and '{legacy}'");
            }
        }

        var processorField = state.Has("Iterator") && !state.Has("ItemProcessor") ? "Iterator" : "ItemProcessor";
        StateGraph? processor = null;
        var isDistributed = false;
        if (!state.Json.TryGetPropertyValue(processorField, out var processorJson))
        {
            state.Report("ItemProcessor", "is required (or its older name, Iterator)");
        }
        else if (processorJson is not JsonObject processorObject)
        {
            state.Report(processorField, "must be a JSON object with StartAt and States");
        }
        else
        {
            var reader = state.Nested(processorObject, processorField + ".");
            reader.RejectUnknownFields("an item processor", GraphFields);
            if (processorObject["ProcessorConfig"] is JsonObject config)
            {
                var configReader = reader.Nested(config, "ProcessorConfig.");
                configReader.RejectUnknownFields("ProcessorConfig", ProcessorConfigFields);
                switch (configReader.String("Mode"))
                {
                    case null or "INLINE":
                        break;
                    case "DISTRIBUTED":
                        isDistributed = true;
                        break;
                    case var mode:
                        configReader.Report("Mode", $"must be \"INLINE\" or \"DISTRIBUTED\", but is \"{mode}\"");
                        break;
                }

                if (configReader.String("ExecutionType") is { } executionType && executionType is not ("STANDARD" or "EXPRESS"))
                {
                    configReader.Report("ExecutionType", $"must be \"STANDARD\" or \"EXPRESS\", but is \"{executionType}\"");
                }
                else if (!isDistributed && configReader.Has("ExecutionType"))
                {
                    configReader.Report("ExecutionType", "is allowed only with Mode \"DISTRIBUTED\"");
                }
            }
            else if (processorObject.ContainsKey("ProcessorConfig"))
            {
                reader.Report("ProcessorConfig", "must be a JSON object");
            }

            processor = StateGraphReader.Read(reader, state.Problems);
        }

        if (!isDistributed)
        {
            foreach (var distributedOnly in new[] { "ItemBatcher", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label" })
            {
                if (state.Has(distributedOnly))
                {
                    state.Report(distributedOnly, "is allowed only in a distributed Map (ItemProcessor.ProcessorConfig.Mode \"DISTRIBUTED\")");
                }
            }
        }

        var itemsPath = state.ReferencePath("ItemsPath") ?? Paths.JsonPath.Root;
        var itemSelector = state.Has("ItemSelector") ? state.Template("ItemSelector") : state.Template("Parameters");
        var maxConcurrency = state.Integer("MaxConcurrency", minimum: 0);
        var maxConcurrencyPath = state.ReferencePath("MaxConcurrencyPath");
        var percentage = state.Number("ToleratedFailurePercentage", 0, "must be a number from 0 to 100");
        if (percentage > 100)
        {
            state.Report("ToleratedFailurePercentage", "must be a number from 0 to 100");
        }

        var tolerance = new MapFailureTolerance(percentage, state.ReferencePath("ToleratedFailurePercentagePath"),
            state.Integer("ToleratedFailureCount", minimum: 0), state.ReferencePath("ToleratedFailureCountPath"));
        var label = state.String("Label");
        var batcher = ReadItemBatcher(state);
        var recovery = RecoveryReader.Read(state);
        var inputPath = state.InputOutputPath("InputPath");
        var resultSelector = state.Template("ResultSelector");
        var resultPath = state.ResultPath("ResultPath");
        var outputPath = state.InputOutputPath("OutputPath");
        return processor is null
            ? null
            : new MapState(name, comment, transition, processor, isDistributed, itemsPath, itemSelector, maxConcurrency, maxConcurrencyPath, batcher, tolerance, label,
                inputPath, resultSelector, resultPath, outputPath, recovery);
    }

    private static MapItemBatcher? ReadItemBatcher(FieldReader state)
    {
        if (!state.Json.TryGetPropertyValue("ItemBatcher", out var json))
        {
            return null;
        }

        if (json is not JsonObject batcherJson)
        {
            state.Report("ItemBatcher", "must be a JSON object");
            return null;
        }

        var batcher = state.Nested(batcherJson, "ItemBatcher.");
        batcher.RejectUnknownFields("ItemBatcher", ItemBatcherFields);
        var given = ItemBatcherFields.Take(4).Where(batcher.Has).ToList();
        if (given.Count == 0)
        {
            batcher.ReportState("ItemBatcher must have at least one of MaxItemsPerBatch, MaxItemsPerBatchPath, MaxInputBytesPerBatch or MaxInputBytesPerBatchPath");
        }

        return new MapItemBatcher(batcher.Integer("MaxItemsPerBatch", minimum: 1), batcher.ReferencePath("MaxItemsPerBatchPath"),
            batcher.Integer("MaxInputBytesPerBatch", minimum: 1), batcher.ReferencePath("MaxInputBytesPerBatchPath"), batcher.Template("BatchInput"));
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
