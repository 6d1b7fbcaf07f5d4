using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StorageOps.Local.Reports;
using StorageOps.Local.Runner;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Time;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Reports;

public sealed partial class ExecutionReportFileTests : IDisposable
{
    private const string Snapshots = """
        {"StartAt":"Protect","States":{"Protect":{"Type":"Map","ToleratedFailureCount":5,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"Check","States":{
          "Check":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Broken"}],"Default":"Snapshot"},
          "Broken":{"Type":"Fail","Error":"StorageOps.SnapshotFailed","Cause":"the snapshot went to status failed"},
          "Snapshot":{"Type":"Pass","End":true}}},"Next":"Done"},"Done":{"Type":"Succeed"}}}
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("storageops-report-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Write_WhenTheExecutionRanADistributedMap_ShouldWriteAPagePerChildLinkedBothWays()
    {
        var result = await RunAsync(Snapshots, "[1,2,3]", "night-1");

        var parentPath = ExecutionReportFile.Write(directory, "snapshots", Snapshots, result);

        Assert.Equal(Path.Combine(directory, "night-1.html"), parentPath);
        var parent = await File.ReadAllTextAsync(parentPath);
        var links = ChildLinks(parent);
        Assert.Equal(3, links.Count);
        var mapRun = Assert.Single(result.MapRuns);
        Assert.Equal(mapRun.ChildExecutions[1].Name, links[0].Name);
        Assert.Contains("3 child executions: 2 succeeded, 1 failed", parent, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(directory, "night-1" + ExecutionReportFile.ChildrenFolderSuffix), "*.html").Length);
        foreach (var (href, name) in links)
        {
            var childPath = Resolve(parentPath, href);
            Assert.True(File.Exists(childPath), $"{href} is not a file");
            var child = await File.ReadAllTextAsync(childPath);
            Assert.Contains($"<title>{name} (snapshots/Protect)</title>", child, StringComparison.Ordinal);
            Assert.Equal(parentPath, Resolve(childPath, ParentHref().Match(child).Groups[1].Value));
        }

        var failedChild = await File.ReadAllTextAsync(Resolve(parentPath, links[0].Href));
        Assert.Contains("id=\"execution-error\"><code>StorageOps.SnapshotFailed</code>", failedChild, StringComparison.Ordinal);
        Assert.Matches("data-state=\"Broken\"[^>]*data-status=\"failed\"", failedChild);
        Assert.Matches("data-state=\"Broken\"[^>]*data-status=\"failed\"", parent);
        Assert.Matches("data-state=\"Snapshot\"[^>]*data-status=\"succeeded\"", parent);
        Assert.Matches("data-state=\"Protect\"[^>]*data-status=\"succeeded\"", parent);
    }

    [Fact]
    public async Task Write_WhenTheDefinitionHasNotTheMapState_ShouldListTheChildrenWithoutLinksToPagesItCannotDraw()
    {
        var result = await RunAsync(Snapshots, "[1,2,3]", "night-3");

        var parentPath = ExecutionReportFile.Write(directory, "other", """{"StartAt":"Protect","States":{"Protect":{"Type":"Succeed"}}}""", result);

        var parent = await File.ReadAllTextAsync(parentPath);
        Assert.Empty(ChildLinks(parent));
        Assert.Contains($"<td>{result.MapRuns[0].ChildExecutions[0].Name}</td>", parent, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory, "night-3" + ExecutionReportFile.ChildrenFolderSuffix)));
    }

    [Fact]
    public async Task Write_WhenAMapRunHasMoreChildrenThanAreListed_ShouldListTheFailedFirstAndStillWriteEveryPage()
    {
        var count = ExecutionReportPage.MaxChildrenListed + 20;
        var items = "[" + string.Join(",", Enumerable.Range(0, count).Select(index => index == count - 1 ? "2" : "0")) + "]";
        var result = await RunAsync(Snapshots, items, "night-2");

        var parentPath = ExecutionReportFile.Write(directory, "snapshots", Snapshots, result);

        var parent = await File.ReadAllTextAsync(parentPath);
        var links = ChildLinks(parent);
        Assert.Equal(ExecutionReportPage.MaxChildrenListed, links.Count);
        Assert.Equal(result.MapRuns[0].ChildExecutions[^1].Name, links[0].Name);
        Assert.Contains("20 more child executions are not listed here (20 of them succeeded)", parent, StringComparison.Ordinal);
        Assert.Equal(count, Directory.GetFiles(Path.Combine(directory, "night-2" + ExecutionReportFile.ChildrenFolderSuffix), "*_*.html").Length);
        Assert.All(links, link => Assert.True(File.Exists(Resolve(parentPath, link.Href))));

        var allPath = Resolve(parentPath, AllChildrenHref().Match(parent).Groups[1].Value);
        var all = await File.ReadAllTextAsync(allPath);
        var allLinks = ChildLinks(all);
        Assert.Equal(result.MapRuns[0].ChildExecutions.Select(child => child.Name).Order(StringComparer.Ordinal), allLinks.Select(link => link.Name).Order(StringComparer.Ordinal));
        Assert.Equal(links[0], allLinks[0] with { Href = links[0].Href });
        Assert.All(allLinks, link => Assert.True(File.Exists(Resolve(allPath, link.Href)), link.Href));
        Assert.Equal(parentPath, Resolve(allPath, ParentHref().Match(all).Groups[1].Value));
    }

    [Fact]
    public async Task Write_WhenTheNightlyFleetIsProtected_ShouldLinkTheNightToAPagePerTarget()
    {
        await using var environment = await LocalEnvironment.StartAsync(LocalFleet.Seeded(
            new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml"), Start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero) },
            RepositoryPaths.Combine("docs", "examples", "nightly-fleet.json")));
        var result = await ScheduledRuns.RunStateMachineAsync(environment, environment.Wiring.Schedule("nightly-snapshots"),
            DateTimeOffset.Parse("2026-12-01T03:00:00Z", CultureInfo.InvariantCulture));
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");

        var parentPath = ExecutionReportFile.Write(directory, "nightly-snapshots", environment.Wiring.Workflow("nightly-snapshots").Definition, result);

        var parent = await File.ReadAllTextAsync(parentPath);
        var links = ChildLinks(parent);
        // The night's children are its discovery pages (decision 0014); each page's children are its targets.
        var children = result.MapRuns.SelectMany(mapRun => mapRun.ChildExecutions).ToList();
        Assert.NotEmpty(children);
        var targets = children.SelectMany(page => page.MapRuns).SelectMany(mapRun => mapRun.ChildExecutions).ToList();
        Assert.Equal((int)result.Output!["succeeded"]! + (int)result.Output!["failed"]!, targets.Count);
        Assert.Equal(children.Select(child => child.Name).Order(StringComparer.Ordinal), links.Select(link => link.Name).Order(StringComparer.Ordinal));
        var targetLinks = new List<string>();
        foreach (var (href, _) in links)
        {
            var childPath = Resolve(parentPath, href);
            var child = await File.ReadAllTextAsync(childPath);
            Assert.Equal(parentPath, Resolve(childPath, ParentHref().Match(child).Groups[1].Value));
            Assert.Contains("id=\"execution-status\" class=\"badge status-succeeded\"", child, StringComparison.Ordinal);
            foreach (var (targetHref, name) in ChildLinks(child))
            {
                var target = await File.ReadAllTextAsync(Resolve(childPath, targetHref));
                Assert.Equal(childPath, Resolve(Resolve(childPath, targetHref), ParentHref().Match(target).Groups[1].Value));
                Assert.Contains("id=\"execution-status\" class=\"badge status-succeeded\"", target, StringComparison.Ordinal);
                targetLinks.Add(name);
            }
        }

        Assert.Equal(targets.Select(target => target.Name).Order(StringComparer.Ordinal), targetLinks.Order(StringComparer.Ordinal));

        Assert.Matches("data-state=\"CreateClusterSnapshot\"[^>]*data-status=\"(succeeded|retried)\"", parent);
        Assert.Matches("data-state=\"UnknownKind\"[^>]*data-status=\"not-reached\"", parent);
    }

    [Fact]
    public async Task Write_WhenAChildRunsADistributedMapItself_ShouldLinkItsChildrenFromItsPageAndColourTheParentFromThem()
    {
        const string nested = """
            {"StartAt":"Outer","States":{"Outer":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"Inner","States":{
              "Inner":{"Type":"Map","ToleratedFailureCount":1,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"Check","States":{
                "Check":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Broken"}],"Default":"Fine"},
                "Broken":{"Type":"Fail","Error":"Item.Bad"},"Fine":{"Type":"Pass","End":true}}},"End":true}}},"End":true}}}
            """;
        var result = await RunAsync(nested, "[[1],[1,2]]", "nested");

        var parentPath = ExecutionReportFile.Write(directory, "nested", nested, result);

        var parent = await File.ReadAllTextAsync(parentPath);
        Assert.Matches("data-state=\"Inner\"[^>]*data-status=\"succeeded\"", parent);
        Assert.Matches("data-state=\"Broken\"[^>]*data-status=\"failed\"", parent);
        var second = Resolve(parentPath, ChildLinks(parent).Single(link => link.Name.EndsWith(":1", StringComparison.Ordinal)).Href);
        var child = await File.ReadAllTextAsync(second);
        var grandchildren = ChildLinks(child);
        Assert.Equal(2, grandchildren.Count);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(second)!, Path.GetFileNameWithoutExtension(second) + ExecutionReportFile.ChildrenFolderSuffix), Path.GetDirectoryName(Resolve(second, grandchildren[0].Href)));
        foreach (var (href, _) in grandchildren)
        {
            var grandchild = await File.ReadAllTextAsync(Resolve(second, href));
            Assert.Equal(second, Resolve(Resolve(second, href), ParentHref().Match(grandchild).Groups[1].Value));
        }
    }

    private static async Task<ExecutionResult> RunAsync(string definition, string input, string name)
    {
        var clock = new VirtualClock(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));
        var engine = new StateMachineEngine(clock, new ScriptedLambdaInvoker(new Dictionary<string, int>()));
        return await engine.RunAsync(StateMachineDefinition.Parse(definition), JsonNode.Parse(input), new ExecutionOptions { ExecutionName = name });
    }

    private static List<(string Href, string Name)> ChildLinks(string page) =>
        [.. ChildLink().Matches(page).Select(match => (System.Net.WebUtility.HtmlDecode(match.Groups[1].Value), System.Net.WebUtility.HtmlDecode(match.Groups[2].Value)))];

    private static string Resolve(string fromPage, string href) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromPage)!, Uri.UnescapeDataString(href)));

    [GeneratedRegex("<a class=\"child-link\" href=\"([^\"]+)\">([^<]+)</a>")]
    private static partial Regex ChildLink();

    [GeneratedRegex("<a class=\"all-children-link\" href=\"([^\"]+)\">")]
    private static partial Regex AllChildrenHref();

    [GeneratedRegex("<a id=\"parent-link\" href=\"([^\"]+)\">")]
    private static partial Regex ParentHref();
}
