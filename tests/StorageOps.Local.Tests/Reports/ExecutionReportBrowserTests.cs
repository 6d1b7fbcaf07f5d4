using System.Text.Json.Nodes;
using PuppeteerSharp;
using StorageOps.Local.Reports;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Faults;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Reports;

/// <summary>
/// The report of a failed provisioning, opened in headless Chromium: what a person sees is asserted from the rendered
/// DOM, and a screenshot is kept in tests/StorageOps.Local.Tests/TestResults/.
/// </summary>
public sealed class ExecutionReportBrowserTests
{
    private const string Workflow = "provision-file-system";

    public static string ArtifactDirectory => RepositoryPaths.Combine("tests", "StorageOps.Local.Tests", "TestResults", "execution-report");

    /// <summary>
    /// Every CreateMountTarget answers 500: the Map's task is retried, then fails the Map, whose Catch rolls the file
    /// system back and ends in ProvisioningFailed.
    /// </summary>
    private static async Task<(ExecutionResult Result, string Definition)> RunFailedProvisioningAsync()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Operation = "CreateMountTarget", ServerErrorRate = 1 }] },
        });
        var input = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.Combine("events", "provision-file-system.json")));
        var result = await environment.RunAsync(Workflow, input);
        return (result, environment.Wiring.Workflow(Workflow).Definition);
    }

    [Fact]
    public async Task Report_OfAFailedProvisioning_ShouldDrawEveryStateMarkTheFailureKeepNodesApartAndShowASelectedStatesInputAndOutput()
    {
        var (result, definitionJson) = await RunFailedProvisioningAsync();
        Assert.Equal(ExecutionStatus.Failed, result.Status);
        var path = ExecutionReportFile.Write(ArtifactDirectory, Workflow, definitionJson, result);
        var definitionStates = StateNames(JsonNode.Parse(definitionJson)!).Order(StringComparer.Ordinal).ToList();

        var requested = new List<string>();
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = SystemChromium.ExecutablePath(),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1600, Height = 1100 });
        page.Request += (_, request) => requested.Add(request.Request.Url);
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);

        // Loads nothing but itself.
        Assert.Equal([new Uri(path).AbsoluteUri], requested);

        // Every state of the definition has a node.
        var drawn = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('svg g.state')].map(g => g.getAttribute('data-state'))");
        Assert.Equal(definitionStates, drawn.Order(StringComparer.Ordinal));

        // The failed state is marked failed, drawn in red; what was caught and never reached is marked so.
        Assert.Equal("failed", await StatusAsync(page, "ProvisioningFailed"));
        Assert.Equal("rgb(217, 21, 21)", await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector(\"g.state[data-state='ProvisioningFailed'] > rect.box\")).stroke"));
        Assert.Equal("caught", await StatusAsync(page, "CreateMountTargets"));
        Assert.Equal("failed", await StatusAsync(page, "CreateMountTarget"));
        Assert.Equal("succeeded", await StatusAsync(page, "CreateFileSystem"));
        Assert.Equal("not-reached", await StatusAsync(page, "FileSystemProvisioned"));
        Assert.Equal("Failed", await page.EvaluateExpressionAsync<string>("document.getElementById('execution-status').textContent"));

        // No two node rectangles overlap, except a Map or Parallel and the states inside it, which it contains.
        var overlaps = await page.EvaluateExpressionAsync<string[]>("""
            (() => {
              const nodes = [...document.querySelectorAll('svg g.node')];
              const box = g => g.querySelector(':scope > rect.box').getBoundingClientRect();
              const name = g => g.getAttribute('data-state') || g.getAttribute('data-marker');
              const found = [];
              for (let i = 0; i < nodes.length; i++) {
                for (let j = i + 1; j < nodes.length; j++) {
                  const [a, b] = [box(nodes[i]), box(nodes[j])];
                  if (nodes[i].contains(nodes[j]) || nodes[j].contains(nodes[i])) {
                    const [outer, inner] = nodes[i].contains(nodes[j]) ? [a, b] : [b, a];
                    if (inner.left < outer.left || inner.top < outer.top || inner.right > outer.right || inner.bottom > outer.bottom) {
                      found.push(name(nodes[i]) + ' does not contain ' + name(nodes[j]));
                    }
                  } else if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                    found.push(name(nodes[i]) + ' overlaps ' + name(nodes[j]));
                  }
                }
              }
              return found;
            })()
            """);
        Assert.Empty(overlaps);
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('svg g.node').length") > definitionStates.Count);

        // Selecting a state shows its input and output, as the history recorded them.
        await page.ClickAsync("g.state[data-state='CreateFileSystem'] > rect.box");
        await page.WaitForSelectorAsync("#details[data-selected='CreateFileSystem'] .input-json");
        var entered = result.History.Select(entry => entry.Details).OfType<StateEnteredEventDetails>().First(details => details.Name == "CreateFileSystem");
        var exited = result.History.Select(entry => entry.Details).OfType<StateExitedEventDetails>().First(details => details.Name == "CreateFileSystem");
        var shownInput = await page.EvaluateExpressionAsync<string>("document.querySelector('#details .input-json').textContent");
        var shownOutput = await page.EvaluateExpressionAsync<string>("document.querySelector('#details .output-json').textContent");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entered.Input), JsonNode.Parse(shownInput)), shownInput);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(exited.Output), JsonNode.Parse(shownOutput)), shownOutput);
        Assert.Contains("selected", await page.EvaluateExpressionAsync<string>("document.querySelector(\"g.state[data-state='CreateFileSystem']\").getAttribute('class')"), StringComparison.Ordinal);

        // The event table has every event, the failed task's error among them.
        Assert.Equal(result.History.Count, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#events tbody tr').length"));
        Assert.Contains("StorageOps.", await page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('#events tr.failed-event td.error')].map(td => td.textContent).join('\\n')"), StringComparison.Ordinal);

        // The screenshot: the Map's failed task selected, with its errors, retries and input.
        await page.ClickAsync("g.state[data-state='CreateMountTarget'] > rect.box");
        await page.WaitForSelectorAsync("#details[data-selected='CreateMountTarget'] .failures");
        await page.ClickAsync("button[data-zoom='0.8']");
        await page.EvaluateExpressionAsync("document.querySelector(\"g.state[data-state='CreateMountTargets']\").scrollIntoView({ block: 'center', inline: 'center' }); window.scrollTo(0, 0)");
        await page.ScreenshotAsync(Path.Combine(ArtifactDirectory, "execution-report.png"));
        await page.ScreenshotAsync(Path.Combine(ArtifactDirectory, "execution-report-full.png"), new ScreenshotOptions { FullPage = true });
        Assert.True(new FileInfo(Path.Combine(ArtifactDirectory, "execution-report.png")).Length > 10_000);
    }

    [Fact]
    public async Task Report_OfANight_ShouldLeadFromTheMapToEachChildExecutionsPageAndBack()
    {
        await using var environment = await LocalEnvironment.StartAsync(LocalFleet.Seeded(
            new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml"), Start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero) },
            RepositoryPaths.Combine("docs", "examples", "nightly-fleet.json")));
        var result = await ScheduledRuns.RunStateMachineAsync(environment, environment.Wiring.Schedule("nightly-snapshots"),
            DateTimeOffset.Parse("2026-12-01T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var directory = Path.Combine(ArtifactDirectory, "night");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var path = ExecutionReportFile.Write(directory, "nightly-snapshots", environment.Wiring.Workflow("nightly-snapshots").Definition, result);
        var children = result.MapRuns.SelectMany(mapRun => mapRun.ChildExecutions).ToList();

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = SystemChromium.ExecutablePath(),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1600, Height = 1100 });
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);

        // The Map lists its Map Run's children, and selecting it says how many there were.
        Assert.Equal(children.Count, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#child-executions-panel a.child-link').length"));
        Assert.Equal("succeeded", await StatusAsync(page, "PruneClusterSnapshots"));
        await page.ClickAsync("g.state[data-state='ProtectPages'] > text.name");
        await page.WaitForSelectorAsync("#details[data-selected='ProtectPages'] .map-run-summary a");
        Assert.Contains($"{children.Count} child executions: {children.Count} succeeded, 0 failed",
            await page.EvaluateExpressionAsync<string>("document.querySelector('#details .map-run-summary').textContent"), StringComparison.Ordinal);

        // A child's link opens its page, whose own graph and history are the child's, and whose header leads back.
        var first = children.OrderBy(child => child.Index).First();
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#child-executions-panel a.child-link"));
        Assert.EndsWith(".children/" + ExecutionReportFile.FileNameOf(first.Name) + ".html", page.Url, StringComparison.Ordinal);
        Assert.Equal("Succeeded", await page.EvaluateExpressionAsync<string>("document.getElementById('execution-status').textContent"));
        Assert.Equal(first.HistoryEventCount, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#events tbody tr').length"));
        Assert.Equal("succeeded", await StatusAsync(page, "DiscoverTargets"));
        await page.ScreenshotAsync(Path.Combine(ArtifactDirectory, "execution-report-child.png"));
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#parent-link"));
        Assert.Equal(new Uri(path).AbsoluteUri, page.Url);
    }

    private static Task<string> StatusAsync(IPage page, string state) =>
        page.EvaluateExpressionAsync<string>($"document.querySelector(\"g.state[data-state='{state}']\").getAttribute('data-status')");

    private static IEnumerable<string> StateNames(JsonNode graph) =>
        graph["States"]!.AsObject().SelectMany(pair =>
            ((pair.Value!["ItemProcessor"] ?? pair.Value["Iterator"]) is { } processor ? StateNames(processor) : [])
                .Concat(pair.Value["Branches"]?.AsArray().SelectMany(branch => StateNames(branch!)) ?? [])
                .Prepend(pair.Key));
}
