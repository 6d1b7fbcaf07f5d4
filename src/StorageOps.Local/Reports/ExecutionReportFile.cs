using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Reports;

/// <summary>
/// <c>--report DIR</c>: writes an execution's page as DIR/&lt;execution name&gt;.html and returns its path. Each child
/// execution of its distributed Map Runs gets a page of its own in DIR/&lt;execution name&gt;.children/ (and theirs in
/// a folder beside that, and so on), linked from the parent's page and linking back to it.
/// </summary>
public static class ExecutionReportFile
{
    /// <summary>The folder, next to a page, that holds the pages of its child executions.</summary>
    public const string ChildrenFolderSuffix = ".children";

    public static string Write(string directory, string stateMachineName, string definitionJson, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(stateMachineName);
        ArgumentNullException.ThrowIfNull(result);
        var definition = StateMachineDefinition.Parse(definitionJson);
        return WritePage(directory, FileNameOf(result.Name), stateMachineName, definition, definitionJson, result, parent: null).Path;
    }

    /// <summary>The execution name as a file name: execution names are letters, digits, '-' and '_' by API rule, but a local one may be anything.</summary>
    public static string FileNameOf(string executionName)
    {
        ArgumentNullException.ThrowIfNull(executionName);
        var invalid = Path.GetInvalidFileNameChars();
        var name = new string([.. executionName.Select(character => invalid.Contains(character) || character == ':' ? '_' : character)]);
        return name.Length == 0 ? "execution" : name;
    }

    private static (string Path, ExecutionPageLinks Links) WritePage(
        string directory, string fileName, string stateMachineName, StateMachineDefinition definition, string definitionJson, ExecutionResult result, ParentPageLink? parent)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, fileName + ".html"));
        var links = ExecutionPageLinks.None with { Parent = parent };
        if (result.MapRuns.Count > 0)
        {
            links = WriteChildPages(directory, fileName, stateMachineName, definitionJson, result) with { Parent = parent };
        }

        File.WriteAllText(path, ExecutionReportPage.ForExecution(stateMachineName, definition, definitionJson, result, links));
        return (path, links);
    }

    private static ExecutionPageLinks WriteChildPages(string directory, string parentFileName, string stateMachineName, string definitionJson, ExecutionResult result)
    {
        var folder = parentFileName + ChildrenFolderSuffix;
        var childDirectory = Path.Combine(directory, folder);
        var backLink = new ParentPageLink(result.Name, "../" + Uri.EscapeDataString(parentFileName) + ".html");
        var stateDefinitions = ExecutionReportPage.StateDefinitions(definitionJson);
        var processors = new Dictionary<string, (StateMachineDefinition Definition, string Json)?>(StringComparer.Ordinal);
        var statuses = new Dictionary<string, StateStatus>(StringComparer.Ordinal);
        var mapRuns = new List<MapRunLinks>();
        foreach (var mapRun in result.MapRuns)
        {
            if (!processors.TryGetValue(mapRun.StateName, out var processor))
            {
                processor = ItemProcessorOf(stateDefinitions.GetValueOrDefault(mapRun.StateName));
                processors[mapRun.StateName] = processor;
            }

            var children = new List<ChildPageLink>(mapRun.ChildExecutions.Count);
            foreach (var child in mapRun.ChildExecutions)
            {
                var childFileName = FileNameOf(child.Name);
                if (processor is { } itemProcessor)
                {
                    var childResult = child.ToExecutionResult();
                    var (_, childLinks) = WritePage(childDirectory, childFileName, $"{stateMachineName}/{mapRun.StateName}", itemProcessor.Definition, itemProcessor.Json, childResult, backLink);
                    var childStatuses = ExecutionTimeline.From(childResult.History).States.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.Status));
                    foreach (var (state, status) in childStatuses.Concat(childLinks.ChildStateStatuses))
                    {
                        statuses[state] = statuses.TryGetValue(state, out var known) && known > status ? known : status;
                    }
                }

                children.Add(new ChildPageLink(child.Name, child.Index, child.Status,
                    processor is null ? null : Uri.EscapeDataString(folder) + "/" + Uri.EscapeDataString(childFileName) + ".html", child.Error, child.Cause));
            }

            var links = new MapRunLinks(mapRun.StateName, mapRun.MapRunArn, mapRun.Status, mapRun.TotalChildren, mapRun.SucceededCount, mapRun.FailedCount,
                mapRun.AbortedCount, [.. children.OrderBy(child => Rank(child.Status)).ThenBy(child => child.Index)]);
            if (links.Children.Count > ExecutionReportPage.MaxChildrenListed)
            {
                var indexFileName = "map-run-" + FileNameOf(mapRun.MapRunArn[(mapRun.MapRunArn.LastIndexOf(':') + 1)..]) + ".html";
                Directory.CreateDirectory(childDirectory);
                File.WriteAllText(Path.Combine(childDirectory, indexFileName), ExecutionReportPage.ForMapRun(backLink, links));
                links = links with { AllChildrenHref = Uri.EscapeDataString(folder) + "/" + Uri.EscapeDataString(indexFileName) };
            }

            mapRuns.Add(links);
        }

        return new ExecutionPageLinks(null, mapRuns, statuses);
    }

    /// <summary>Failed children first, then stopped ones, then those that succeeded.</summary>
    private static int Rank(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Failed or ExecutionStatus.TimedOut => 0,
        ExecutionStatus.Aborted => 1,
        _ => 2,
    };

    /// <summary>A distributed Map's item processor as a state machine of its own, as its child executions run it.</summary>
    private static (StateMachineDefinition Definition, string Json)? ItemProcessorOf(JsonObject? mapState)
    {
        if ((mapState?["ItemProcessor"] ?? mapState?["Iterator"])?.DeepClone() is not JsonObject processor)
        {
            return null;
        }

        processor.Remove("ProcessorConfig");
        var json = processor.ToJsonString();
        return (StateMachineDefinition.Parse(json), json);
    }
}
