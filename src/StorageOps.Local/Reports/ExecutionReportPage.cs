using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Reports;

/// <summary>
/// One self-contained HTML page (inline style, script and SVG; it loads nothing) for an execution, as the Step
/// Functions console shows one: the graph coloured by what happened, a legend, the selected state's input and output,
/// and the event table. Without an execution it draws the definition alone (<c>storageops graph --format html</c>).
/// </summary>
public static class ExecutionReportPage
{
    /// <summary>A state visited more often than this (a long poll) shows its first visits only; the event table has them all.</summary>
    public const int MaxVisitsShown = 50;

    /// <summary>For the payloads the page shows as text: as written, not escaped (the page's data block escapes them once, as a whole).</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A Map Run's children listed on its parent's page, failed ones first; the rest are counted, and their pages are in the children's folder.</summary>
    public const int MaxChildrenListed = 500;

    // Every child of a Map Run is drawn with the same item processor: lay it out once (the layout is the slow part).
    private static readonly ConditionalWeakTable<StateMachineDefinition, Tuple<GraphScope, LaidOutScope>> Layouts = new();

    public static string ForExecution(string stateMachineName, StateMachineDefinition definition, string definitionJson, ExecutionResult result) =>
        ForExecution(stateMachineName, definition, definitionJson, result, ExecutionPageLinks.None);

    /// <summary>An execution's page with links to its parent's page and its Map Runs' child pages (see <see cref="ExecutionReportFile"/>).</summary>
    public static string ForExecution(string stateMachineName, StateMachineDefinition definition, string definitionJson, ExecutionResult result, ExecutionPageLinks links)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(links);
        return Render(stateMachineName, definition, definitionJson, result, links);
    }

    public static string ForDefinition(string stateMachineName, StateMachineDefinition definition, string definitionJson) =>
        Render(stateMachineName, definition, definitionJson, null, ExecutionPageLinks.None);

    private static string Render(string stateMachineName, StateMachineDefinition definition, string definitionJson, ExecutionResult? result, ExecutionPageLinks links)
    {
        ArgumentNullException.ThrowIfNull(stateMachineName);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(definitionJson);
        var timeline = result is null ? null : ExecutionTimeline.From(result.History);
        var (graph, layout) = Layouts.GetValue(definition, parsed =>
        {
            var drawn = StateMachineGraph.From(parsed);
            return Tuple.Create(drawn, GraphLayout.Compute(drawn));
        });
        var inChildren = graph.StatesRunInChildExecutions().ToHashSet(StringComparer.Ordinal);
        StateStatus? StatusOf(string name) => inChildren.Contains(name) && !timeline!.States.ContainsKey(name)
            ? links.ChildStatusOf(name)
            : timeline!.StatusOf(name);
        var svg = SvgGraphWriter.Write(layout, timeline is null ? null : StatusOf, $"State machine {stateMachineName}");

        var page = new StringBuilder();
        var title = result is null ? stateMachineName : $"{result.Name} ({stateMachineName})";
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(ReportPageAssets.Style).Append("</style>\n</head>\n<body>\n");
        WriteHeader(page, stateMachineName, result, timeline, links.Parent);
        page.Append("<main>\n<section id=\"graph-panel\" class=\"panel\">\n<div class=\"toolbar\">\n");
        WriteLegend(page, result is not null);
        page.Append("<div class=\"zoom\"><button type=\"button\" data-zoom=\"0.8\" title=\"Zoom out\">−</button><button type=\"button\" data-zoom=\"1.25\" title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"0\" title=\"Fit the width\">Fit</button></div>\n")
            .Append("</div>\n<div id=\"graph\">\n").Append(svg).Append("</div>\n</section>\n")
            .Append("<aside id=\"details\" class=\"panel\"><p class=\"hint\">Select a state in the graph to see its input and output.</p></aside>\n</main>\n");
        if (links.MapRuns.Count > 0)
        {
            WriteChildExecutions(page, links.MapRuns);
        }

        if (timeline is not null)
        {
            WriteEvents(page, timeline);
        }

        page.Append("<script type=\"application/json\" id=\"report-data\">").Append(Data(definition, definitionJson, result, timeline, graph, links).ToJsonString()).Append("</script>\n")
            .Append("<script>\n").Append(ReportPageAssets.Script).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void WriteHeader(StringBuilder page, string stateMachineName, ExecutionResult? result, ExecutionTimeline? timeline, ParentPageLink? parent)
    {
        page.Append("<header>\n");
        if (parent is not null)
        {
            page.Append("<nav class=\"parent\">Child execution of <a id=\"parent-link\" href=\"").Append(Encode(parent.Href)).Append("\">")
                .Append(Encode(parent.Name)).Append("</a></nav>\n");
        }

        if (result is null)
        {
            page.Append("<h1>").Append(Encode(stateMachineName)).Append(" <span class=\"badge status-definition\">Definition</span></h1>\n")
                .Append("<div class=\"meta\"><span>The graph of the definition, drawn without running it.</span></div>\n</header>\n");
            return;
        }

        var transitions = result.History.Count(historyEvent => historyEvent.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal));
        page.Append("<h1>").Append(Encode(result.Name)).Append(" <span id=\"execution-status\" class=\"badge status-").Append(result.Status.ToString().ToLowerInvariant()).Append("\">")
            .Append(result.Status).Append("</span></h1>\n<div class=\"meta\">")
            .Append("<span>State machine <b>").Append(Encode(stateMachineName)).Append("</b></span>")
            .Append("<span>Started <b>").Append(Timestamp(result.StartDate)).Append("</b></span>")
            .Append("<span>Stopped <b>").Append(Timestamp(result.StopDate)).Append("</b></span>")
            .Append("<span>Duration <b>").Append(Duration(result.StopDate - result.StartDate)).Append("</b> of virtual time</span>")
            .Append("<span><b>").Append(transitions).Append("</b> state transitions, <b>").Append(timeline!.Rows.Count).Append("</b> events</span>")
            .Append("<span title=\"").Append(Encode(result.ExecutionArn)).Append("\">").Append(Encode(result.ExecutionArn)).Append("</span></div>\n</header>\n");
        if (result.Status != ExecutionStatus.Succeeded)
        {
            page.Append("<div class=\"failure\" id=\"execution-error\"><code>").Append(Encode(result.Error ?? "(no error)")).Append("</code>");
            if (result.Cause is { } cause)
            {
                page.Append("<pre>").Append(Encode(cause)).Append("</pre>");
            }

            page.Append("</div>\n");
        }
    }

    private static void WriteLegend(StringBuilder page, bool forExecution)
    {
        page.Append("<ul class=\"legend\">");
        if (forExecution)
        {
            foreach (var status in StateStatusNames.All)
            {
                page.Append("<li><span class=\"swatch status-").Append(StateStatusNames.Css(status)).Append("\"></span>").Append(StateStatusNames.Words(status)).Append("</li>");
            }
        }

        page.Append("<li><span class=\"swatch edge-catch\"></span>Catch</li></ul>\n");
    }

    private static void WriteChildExecutions(StringBuilder page, IReadOnlyList<MapRunLinks> mapRuns)
    {
        page.Append("<section id=\"child-executions-panel\" class=\"panel\">\n<h2>Child executions</h2>\n");
        for (var index = 0; index < mapRuns.Count; index++)
        {
            var mapRun = mapRuns[index];
            page.Append("<div class=\"map-run\" id=\"map-run-").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\" data-map-state=\"").Append(Encode(mapRun.StateName)).Append("\">\n")
                .Append("<h3>Map Run of <b>").Append(Encode(mapRun.StateName)).Append("</b> <span class=\"badge status-").Append(mapRun.Status.ToString().ToLowerInvariant()).Append("\">")
                .Append(mapRun.Status).Append("</span></h3>\n<div class=\"when\">").Append(Summary(mapRun)).Append(" · <span title=\"").Append(Encode(mapRun.MapRunArn)).Append("\">")
                .Append(Encode(mapRun.MapRunArn)).Append("</span></div>\n<table class=\"children\">\n<thead><tr><th>Status</th><th>Child execution</th><th>Error / cause</th></tr></thead>\n<tbody>\n");
            WriteChildRows(page, mapRun.Children.Take(MaxChildrenListed), child => child.Href);
            page.Append("</tbody>\n</table>\n");
            if (mapRun.Children.Count > MaxChildrenListed)
            {
                var rest = mapRun.Children.Skip(MaxChildrenListed).ToList();
                page.Append("<p class=\"hint\" id=\"children-not-listed-").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(rest.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" more child executions are not listed here (")
                    .Append(rest.Count(child => child.Status == ExecutionStatus.Succeeded).ToString("N0", CultureInfo.InvariantCulture)).Append(" of them succeeded)");
                if (mapRun.AllChildrenHref is { } all)
                {
                    page.Append(": <a class=\"all-children-link\" href=\"").Append(Encode(all)).Append("\">all ")
                        .Append(mapRun.Children.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" child executions</a>");
                }

                page.Append(".</p>\n");
            }

            page.Append("</div>\n");
        }

        page.Append("</section>\n");
    }

    /// <summary>
    /// The page listing every child execution of one Map Run (failed first), for a Run with more children than its
    /// parent's page lists; it sits in the children's folder, so its links are the children's file names.
    /// </summary>
    public static string ForMapRun(ParentPageLink parent, MapRunLinks mapRun)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(mapRun);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode($"Map Run of {mapRun.StateName} ({parent.Name})")).Append("</title>\n<style>\n").Append(ReportPageAssets.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<nav class=\"parent\">Map Run of execution <a id=\"parent-link\" href=\"").Append(Encode(parent.Href)).Append("\">").Append(Encode(parent.Name)).Append("</a></nav>\n")
            .Append("<h1>Map Run of ").Append(Encode(mapRun.StateName)).Append(" <span class=\"badge status-").Append(mapRun.Status.ToString().ToLowerInvariant()).Append("\">").Append(mapRun.Status)
            .Append("</span></h1>\n<div class=\"meta\"><span>").Append(Summary(mapRun)).Append("</span><span>").Append(Encode(mapRun.MapRunArn)).Append("</span></div>\n</header>\n")
            .Append("<section id=\"child-executions-panel\" class=\"panel\" style=\"margin-top: 14px\">\n<div class=\"map-run\">\n<table class=\"children\">\n<thead><tr><th>Status</th><th>Child execution</th><th>Error / cause</th></tr></thead>\n<tbody>\n");
        WriteChildRows(page, mapRun.Children, child => child.Href?[(child.Href.LastIndexOf('/') + 1)..]);
        page.Append("</tbody>\n</table>\n</div>\n</section>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void WriteChildRows(StringBuilder page, IEnumerable<ChildPageLink> children, Func<ChildPageLink, string?> hrefOf)
    {
        foreach (var child in children)
        {
            page.Append("<tr").Append(child.Status == ExecutionStatus.Succeeded ? "" : " class=\"failed-event\"").Append("><td><span class=\"badge status-")
                .Append(child.Status.ToString().ToLowerInvariant()).Append("\">").Append(child.Status).Append("</span></td><td>");
            if (hrefOf(child) is { } href)
            {
                page.Append("<a class=\"child-link\" href=\"").Append(Encode(href)).Append("\">").Append(Encode(child.Name)).Append("</a>");
            }
            else
            {
                page.Append(Encode(child.Name));
            }

            page.Append("</td><td class=\"error\">")
                .Append(child.Error is null && child.Cause is null ? "" : Encode((child.Error ?? "") + (child.Cause is { } cause ? ": " + Shorten(cause) : "")))
                .Append("</td></tr>\n");
        }
    }

    private static string Summary(MapRunLinks mapRun)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{mapRun.TotalChildren:N0} child executions: {mapRun.Succeeded:N0} succeeded, {mapRun.Failed:N0} failed");
        if (mapRun.Aborted > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {mapRun.Aborted:N0} stopped");
        }

        var notStarted = mapRun.TotalChildren - mapRun.Children.Count;
        return string.Create(CultureInfo.InvariantCulture, $"{text}{(notStarted > 0 ? $", {notStarted:N0} not started" : "")}");
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..157] + "…" : text;

    private static void WriteEvents(StringBuilder page, ExecutionTimeline timeline)
    {
        page.Append("<section id=\"events-panel\" class=\"panel\">\n<h2>Events</h2>\n<table id=\"events\">\n<thead><tr><th class=\"num\">ID</th><th>Virtual time</th><th class=\"num\">Elapsed</th><th>Type</th><th>State</th><th class=\"num\">Duration</th><th>Error / cause</th></tr></thead>\n<tbody>\n");
        foreach (var row in timeline.Rows)
        {
            page.Append("<tr");
            if (row.StateName is { } state)
            {
                page.Append(" data-state=\"").Append(Encode(state)).Append('"');
            }

            if (row.Error is not null || row.Type.ToString().EndsWith("Failed", StringComparison.Ordinal))
            {
                page.Append(" class=\"failed-event\"");
            }

            page.Append("><td class=\"num\">").Append(row.Id.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"time\">").Append(Timestamp(row.Timestamp))
                .Append("</td><td class=\"num time\">+").Append(Duration(row.Elapsed))
                .Append("</td><td>").Append(row.Type)
                .Append("</td><td>").Append(Encode(row.StateName ?? ""))
                .Append("</td><td class=\"num\">").Append(row.Duration is { } duration ? Duration(duration) : "")
                .Append("</td><td class=\"error\">");
            if (row.Error is not null || row.Cause is not null)
            {
                var error = Encode(row.Error ?? "");
                if (row.Cause is { Length: > 160 } cause)
                {
                    page.Append("<details><summary>").Append(error).Append(": ").Append(Encode(cause[..157])).Append("…</summary>").Append(Encode(cause)).Append("</details>");
                }
                else
                {
                    page.Append(error).Append(row.Cause is { } shortCause ? ": " + Encode(shortCause) : "");
                }
            }

            page.Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static JsonObject Data(StateMachineDefinition definition, string definitionJson, ExecutionResult? result, ExecutionTimeline? timeline, GraphScope graph, ExecutionPageLinks links)
    {
        var definitions = StateDefinitions(definitionJson);
        var inChildren = graph.StatesRunInChildExecutions().ToHashSet(StringComparer.Ordinal);
        var states = new JsonObject();
        foreach (var node in graph.AllNodes().Where(node => !node.IsMarker))
        {
            var name = node.StateName!;
            if (states.ContainsKey(name))
            {
                continue;
            }

            var state = new JsonObject { ["type"] = node.Type };
            if (definitions.TryGetValue(name, out var stateDefinition))
            {
                state["definition"] = stateDefinition.ToJsonString(Indented);
            }

            if (timeline is not null && inChildren.Contains(name) && !timeline.States.ContainsKey(name) && links.ChildStatusOf(name) is { } fromChildren)
            {
                state["status"] = StateStatusNames.Css(fromChildren);
                state["statusWords"] = StateStatusNames.Words(fromChildren) + " (over every child execution of the Map Runs, the worst; a child's page shows its visits)";
                state["visits"] = new JsonArray();
                state["visitCount"] = 0;
                state["inChildren"] = true;
            }
            else if (timeline is not null && inChildren.Contains(name) && !timeline.States.ContainsKey(name))
            {
                state["statusWords"] = "Runs in the Map Run's child executions, whose events are not in this history";
                state["visits"] = new JsonArray();
                state["visitCount"] = 0;
            }
            else if (timeline is not null)
            {
                var run = timeline.States.GetValueOrDefault(name);
                var status = run?.Status ?? StateStatus.NotReached;
                state["status"] = StateStatusNames.Css(status);
                state["statusWords"] = StateStatusNames.Words(status);
                state["visitCount"] = run?.Visits.Count ?? 0;
                state["visits"] = new JsonArray([.. (run?.Visits ?? []).Take(MaxVisitsShown).Select(visit => (JsonNode)Visit(visit, timeline.Start))]);
            }
            else
            {
                state["visits"] = new JsonArray();
                state["visitCount"] = 0;
            }

            var runs = links.MapRuns.Select((mapRun, index) => (mapRun, index)).Where(pair => pair.mapRun.StateName == name).ToList();
            if (runs.Count > 0)
            {
                state["mapRuns"] = new JsonArray([.. runs.Select(pair => (JsonNode)new JsonObject
                {
                    ["anchor"] = "map-run-" + pair.index.ToString(CultureInfo.InvariantCulture),
                    ["status"] = pair.mapRun.Status.ToString(),
                    ["summary"] = Summary(pair.mapRun),
                })]);
            }

            states[name] = state;
        }

        var data = new JsonObject { ["comment"] = definition.Comment, ["states"] = states };
        if (result is not null)
        {
            data["execution"] = new JsonObject { ["name"] = result.Name, ["status"] = result.Status.ToString(), ["error"] = result.Error };
            data["failedState"] = timeline!.States.Values.Where(run => run.Status == StateStatus.Failed)
                .OrderByDescending(run => run.Visits[^1].Entered).Select(run => run.StateName).FirstOrDefault();
        }

        return data;
    }

    private static JsonObject Visit(StateVisit visit, DateTimeOffset? start) => new()
    {
        ["entered"] = Relative(visit.Entered, start),
        ["exited"] = visit.Exited is { } exited ? Relative(exited, start) : null,
        ["duration"] = visit.Exited is { } end ? Duration(end - visit.Entered) : null,
        ["attempts"] = visit.Attempts,
        ["input"] = Pretty(visit.Input),
        ["output"] = visit.Output is { } output ? Pretty(output) : null,
        ["failures"] = new JsonArray([.. visit.Failures.Select(failure => (JsonNode)new JsonObject
        {
            ["at"] = Relative(failure.Timestamp, start),
            ["error"] = failure.Error,
            ["cause"] = failure.Cause,
        })]),
    };

    /// <summary>Every state's own JSON in the definition, by name, at any depth (Map item processors, Parallel branches).</summary>
    internal static Dictionary<string, JsonObject> StateDefinitions(string definitionJson)
    {
        var found = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        void Walk(JsonNode? graph)
        {
            if (graph?["States"] is not JsonObject states)
            {
                return;
            }

            foreach (var (name, state) in states)
            {
                if (state is not JsonObject stateObject)
                {
                    continue;
                }

                found.TryAdd(name, stateObject);
                Walk(stateObject["ItemProcessor"] ?? stateObject["Iterator"]);
                if (stateObject["Branches"] is JsonArray branches)
                {
                    foreach (var branch in branches)
                    {
                        Walk(branch);
                    }
                }
            }
        }

        try
        {
            Walk(JsonNode.Parse(definitionJson));
        }
        catch (JsonException)
        {
            // The definition was parsed before; a text that is not JSON here has no state to show.
        }

        return found;
    }

    private static string Pretty(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? "null";
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Relative(DateTimeOffset timestamp, DateTimeOffset? start) =>
        start is { } started ? "+" + Duration(timestamp - started) : Timestamp(timestamp);

    private static string Timestamp(DateTimeOffset timestamp) => timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>00:01:45, or 00:01:45.250 when there are milliseconds; days as 1.02:00:00.</summary>
    public static string Duration(TimeSpan duration)
    {
        var format = duration.Milliseconds != 0 ? @"hh\:mm\:ss\.fff" : @"hh\:mm\:ss";
        return (duration.Days > 0 ? duration.Days.ToString(CultureInfo.InvariantCulture) + "." : "") + duration.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
