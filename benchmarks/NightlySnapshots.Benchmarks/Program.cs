using System.Diagnostics;
using System.Globalization;
using NightlySnapshots.Benchmarks;
using StorageOps.Functions.Polling;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.StatesLanguage.History;

// The night over a generated fleet (default 6,000 Aurora + 4,000 DocumentDB Elastic clusters, all tagged, one automated
// snapshot each) on the local runner, every API the night calls throttled by the simulator's token buckets
// (ThrottleLimit.Realistic), the manual snapshot quota raised for the fleet. Reports failed targets, API calls against the
// minimum a perfect night needs (MinimumCalls), virtual duration against the throttle-bound minimum, and wall time.
// Usage: dotnet run -c Release --project benchmarks/NightlySnapshots.Benchmarks -- [--aurora N] [--elastic N]
//        [--max-concurrency N] [--pages-in-flight N] [--window-minutes N] [--sdk-retries]
var arguments = args.ToList();
var aurora = IntOption("--aurora") ?? 6_000;
var elastic = IntOption("--elastic") ?? 4_000;
var maxConcurrency = IntOption("--max-concurrency");
var pagesInFlight = IntOption("--pages-in-flight");
var windowMinutes = IntOption("--window-minutes");
var sdkRetries = arguments.Contains("--sdk-retries");
var scheduledTime = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
var quota = aurora + 100;
var limits = ThrottleLimit.Realistic;

var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["STORAGEOPS_SNAPSHOT_QUOTA"] = Text(quota) };
if (maxConcurrency is { } concurrency)
{
    variables["STORAGEOPS_MAX_CONCURRENCY"] = Text(concurrency);
}

if (pagesInFlight is { } inFlight)
{
    variables["STORAGEOPS_PAGES_IN_FLIGHT"] = Text(inFlight);
}

if (windowMinutes is { } window)
{
    variables["STORAGEOPS_NIGHT_WINDOW_MINUTES"] = Text(window);
}

var fleet = new GeneratedFleet { AuroraClusters = aurora, ElasticClusters = elastic, Region = "us-east-1" };
var options = new LocalEnvironmentOptions
{
    TemplatePath = RepositoryLocator.FindTemplate(null),
    Start = scheduledTime.AddHours(-1),
    Faults = new FaultSettings { Seed = 10, Rules = [.. limits.Select(limit => limit.ToRule())] },
    ConfigureSimulator = simulator => fleet.Apply(simulator) with { ManualClusterSnapshotQuota = quota, RequestLogCapacity = 5_000_000 },
    FunctionVariables = variables,
    FunctionClientMaxErrorRetry = sdkRetries ? null : 0,
};

var wall = Stopwatch.StartNew();
await using var environment = await LocalEnvironment.StartAsync(options);
var pages = 0;
var result = await ScheduledRuns.RunStateMachineAsync(
    environment,
    environment.Wiring.Schedule("nightly-snapshots"),
    scheduledTime,
    onChildEvent: (_, entry) =>
    {
        // Discovery runs in the page children (decision 0014), several at once: the events come from their threads.
        if (entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DiscoverTargets")
        {
            var page = Interlocked.Increment(ref pages);
            Console.Error.WriteLine(Invariant($"discovery call {page}: virtual +{(entry.Timestamp - scheduledTime).TotalSeconds:0} s, wall {wall.Elapsed.TotalSeconds:0} s"));
        }
    });
wall.Stop();

var summary = result.Output;
var failed = (int?)summary?["failed"] ?? -1;
var requests = environment.Simulator.RequestLog.Snapshot().Where(request => request.SimulatedTime >= scheduledTime).ToList();
if (environment.Simulator.RequestLog.Count != environment.Simulator.RequestLog.Snapshot().Count)
{
    throw new InvalidOperationException("The request log dropped requests; raise RequestLogCapacity.");
}

var virtualSeconds = (result.History[^1].Timestamp - scheduledTime).TotalSeconds;
var minimum = MinimumCalls.For(aurora, elastic);
var measured = requests
    .GroupBy(request => (request.Service, Operation: request.Operation ?? "?"))
    .ToDictionary(group => group.Key, group => (Calls: group.Count(), Rejected: group.Count(request => request.StatusCode >= 400)));

Console.WriteLine(Invariant($"Fleet: {aurora} Aurora + {elastic} DocumentDB Elastic clusters; quota {quota}; max concurrency {maxConcurrency?.ToString(CultureInfo.InvariantCulture) ?? "template default"}; pages in flight {pagesInFlight?.ToString(CultureInfo.InvariantCulture) ?? "template default"}; night window {windowMinutes?.ToString(CultureInfo.InvariantCulture) ?? "template default"} min; function SDK retries {(sdkRetries ? "SDK default" : "0 (throttling retried by the state machine)")}."));
Console.WriteLine(Invariant($"Execution {result.Status}{(result.Error is null ? "" : $" {result.Error}: {result.Cause}")}; summary: targets {summary?["targets"]}, succeeded {summary?["succeeded"]}, failed {summary?["failed"]}, skipped {summary?["skipped"]}; {pages} discovery calls in {result.MapRuns.FirstOrDefault(run => run.StateName == "ProtectPages")?.TotalChildren ?? 0} pages."));
foreach (var failure in (summary?["results"]?.AsArray() ?? []).Where(entry => (string?)entry?["outcome"] == "failed").GroupBy(entry => (string?)entry?["error"]).Take(5))
{
    Console.WriteLine(Invariant($"  failed with {failure.Key}: {failure.Count()} (e.g. {failure.First()?["cause"]})"));
}

Console.WriteLine();
Console.WriteLine("| service | operation | limit (rate/s, burst) | calls | throttled or refused | minimum | ratio | throttle-bound s |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
var bound = 0.0;
var boundBy = "";
foreach (var key in minimum.Keys.Union(measured.Keys).OrderBy(key => key.Service, StringComparer.Ordinal).ThenBy(key => key.Operation, StringComparer.Ordinal))
{
    var (calls, rejected) = measured.GetValueOrDefault(key);
    var least = minimum.GetValueOrDefault(key);
    var limit = limits.FirstOrDefault(candidate => candidate.Matches(key.Service, key.Operation));
    var seconds = limit is null || least == 0 ? 0 : Math.Max(0, (least - limit.Burst) / limit.RatePerSecond);
    // A snapshot made by the last create or copy still has to finish before its target is done.
    seconds += key switch
    {
        ("rds", "CreateDBClusterSnapshot") => ExpectedDurations.Of(PolledOperation.ClusterSnapshotCreation).TotalSeconds,
        ("docdb-elastic", "CopyClusterSnapshot") => ExpectedDurations.Of(PolledOperation.ElasticSnapshotCopy).TotalSeconds,
        _ => 0,
    };
    if (seconds > bound)
    {
        (bound, boundBy) = (seconds, key.Operation);
    }

    Console.WriteLine(Invariant(
        $"| {key.Service} | {key.Operation} | {(limit is null ? "none" : $"{limit.RatePerSecond:0.#}, {limit.Burst}")} | {calls} | {rejected} | {least} | {(least == 0 ? "-" : $"{(double)calls / least:0.00}x")} | {seconds:0} |"));
}

var totalCalls = requests.Count;
var totalMinimum = minimum.Values.Sum();
var callRatio = (double)totalCalls / totalMinimum;
var durationRatio = virtualSeconds / bound;
Console.WriteLine();
Console.WriteLine("| measure | measured | minimum | ratio | goal | met |");
Console.WriteLine("|---|---|---|---|---|---|");
Console.WriteLine(Invariant($"| failed targets | {failed} | 0 | | 0 | {Met(failed == 0)} |"));
// A night that failed targets made fewer calls than a whole night needs, so its ratios cannot meet the goals.
var completed = failed == 0;
Console.WriteLine(Invariant($"| API calls (throttled ones included) | {totalCalls} ({requests.Count(request => request.StatusCode >= 400)} throttled or refused) | {totalMinimum} | {callRatio:0.00}x | ≤ 1.2x | {Met(completed && callRatio <= 1.2)} |"));
Console.WriteLine(Invariant($"| virtual duration | {virtualSeconds:0} s | {bound:0} s ({boundBy}) | {durationRatio:0.00}x | ≤ 1.1x | {Met(completed && durationRatio <= 1.1)} |"));
Console.WriteLine(Invariant($"| wall time | {wall.Elapsed.TotalSeconds:0} s | | | | |"));
return completed && callRatio <= 1.2 && durationRatio <= 1.1 ? 0 : 1;

int? IntOption(string name)
{
    var index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : null;
}

static string Met(bool met) => met ? "met" : "missed";

static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
