using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.EventBridge;
using StorageOps.Simulator.Rds;
using StorageOps.StatesLanguage.Execution;
using EndToEnd.Tests.Schemas;
using StorageOps.Testing;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// The nightly fleet (docs/examples/nightly-fleet.json) in a local environment wired from template.yaml, and what the
/// night's tests read from it: which clusters are tagged, their manual snapshots, the published summaries.
/// </summary>
public static class NightlyFleet
{
    public const string SnapshotTagKey = "storageops:snapshot";
    public const string SnapshotTagValue = "nightly";
    public const string ManagedByTagKey = "storageops:managed-by";
    public const string NightTagKey = "storageops:night";
    public const string SummaryDetailType = "StorageOps Nightly Summary";

    public static string SeedPath => RepositoryPaths.Combine("docs", "examples", "nightly-fleet.json");

    /// <summary>Starts an environment on the nightly fleet, its clock at <paramref name="start"/> (default: a day before the first night the tests run).</summary>
    public static Task<LocalEnvironment> StartAsync(Func<LocalEnvironmentOptions, LocalEnvironmentOptions>? configure = null, DateTimeOffset? start = null)
    {
        var options = LocalFleet.Seeded(
            new LocalEnvironmentOptions
            {
                TemplatePath = RepositoryPaths.Combine("template.yaml"),
                Start = start ?? new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero),
            },
            SeedPath);
        return LocalEnvironment.StartAsync(configure?.Invoke(options) ?? options);
    }

    /// <summary>Fires the nightly-snapshots schedule at <paramref name="scheduledTime"/> (RFC 3339) and runs the night to its end.</summary>
    public static Task<ExecutionResult> RunNightAsync(LocalEnvironment environment, string scheduledTime) =>
        ScheduledRuns.RunStateMachineAsync(environment, environment.Wiring.Schedule("nightly-snapshots"), DateTimeOffset.Parse(scheduledTime, CultureInfo.InvariantCulture));

    public static AccountRegion Home(LocalEnvironment environment) => environment.Simulator.Rds.DefaultScope;

    public static IReadOnlyList<DBClusterDescription> AuroraClusters(LocalEnvironment environment) =>
        environment.Simulator.Rds.PeekDBClusters(Home(environment));

    public static bool IsTagged(DBClusterDescription cluster) =>
        cluster.TagList.Any(tag => tag.Key == SnapshotTagKey && tag.Value == SnapshotTagValue);

    public static IReadOnlyList<ElasticClusterDescription> ElasticClusters(LocalEnvironment environment)
    {
        var clusters = new List<ElasticClusterDescription>();
        string? token = null;
        do
        {
            var page = environment.Simulator.DocDbElastic.ListClusters(Home(environment), nextToken: token);
            clusters.AddRange(page.Clusters);
            token = page.NextToken;
        }
        while (token is not null);

        return clusters;
    }

    public static IReadOnlyDictionary<string, string> TagsOf(LocalEnvironment environment, ElasticClusterDescription cluster) =>
        environment.Simulator.DocDbElastic.ListTagsForResource(Home(environment), cluster.ClusterArn);

    public static bool IsTagged(LocalEnvironment environment, ElasticClusterDescription cluster) =>
        TagsOf(environment, cluster).GetValueOrDefault(SnapshotTagKey) == SnapshotTagValue;

    /// <summary>Every manual DB cluster snapshot of the Region (ours and others').</summary>
    public static IReadOnlyList<DBClusterSnapshotDescription> ManualClusterSnapshots(LocalEnvironment environment) =>
        [.. environment.Simulator.Rds.PeekDBClusterSnapshots(Home(environment)).Where(snapshot => snapshot.SnapshotType == SnapshotTypes.Manual)];

    /// <summary>Every manual DocumentDB Elastic snapshot (the copies) of the Region.</summary>
    public static IReadOnlyList<ElasticClusterSnapshotDescription> ManualElasticSnapshots(LocalEnvironment environment) =>
        [.. environment.Simulator.DocDbElastic.PeekClusterSnapshots(Home(environment)).Where(snapshot => snapshot.SnapshotType == ElasticSnapshotTypes.Manual)];

    public static IReadOnlyList<PublishedEvent> Summaries(LocalEnvironment environment) =>
        [.. environment.Simulator.EventBridge.Published.Where(published => published.DetailType == SummaryDetailType)];

    /// <summary>Adjusts the simulator's options after the seed file has set them (its clusters, snapshots, keys, quota).</summary>
    public static LocalEnvironmentOptions AfterSeed(LocalEnvironmentOptions options, Func<SimulatorOptions, SimulatorOptions> adjust)
    {
        var seeded = options.ConfigureSimulator;
        return options with { ConfigureSimulator = simulator => adjust(seeded(simulator)) };
    }

    /// <summary>Adds function variables (the template's parameters as a deployment would set them) to the ones already given.</summary>
    public static LocalEnvironmentOptions WithVariables(LocalEnvironmentOptions options, IReadOnlyDictionary<string, string> variables)
    {
        var merged = new Dictionary<string, string>(options.FunctionVariables, StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            merged[name] = value;
        }

        return options with { FunctionVariables = merged };
    }

    /// <summary>The summary's per-target lines, in the summary's order.</summary>
    public static IReadOnlyList<JsonObject> Results(JsonNode summary) =>
        [.. summary["results"]!.AsArray().Select(entry => entry!.AsObject())];

    /// <summary>The one line of <paramref name="cluster"/> in the summary.</summary>
    public static JsonObject ResultOf(JsonNode summary, string cluster) =>
        Assert.Single(Results(summary), entry => (string?)entry["cluster"] == cluster);

    /// <summary>Asserts the night published exactly one summary event, from <c>storageops</c>, naming the execution, whose detail is the execution's output, and that output matches schemas/nightly-snapshots-output.schema.json.</summary>
    public static PublishedEvent SinglePublishedSummary(LocalEnvironment environment, ExecutionResult result)
    {
        var published = Assert.Single(Summaries(environment));
        Assert.Equal("storageops", published.Source);
        Assert.Contains(result.ExecutionArn, published.Resources);
        Assert.True(JsonNode.DeepEquals(result.Output, JsonNode.Parse(published.Detail)), published.Detail);
        SchemaCatalog.Repository.AssertValid("nightly-snapshots-output", result.Output, $"the output of {result.Name}");
        return published;
    }

    /// <summary>The function's access key in the simulator's request log (its logical id), for telling which function made a call.</summary>
    public static string AccessKeyOf(LocalEnvironment environment, string handler) =>
        environment.Wiring.FunctionsByName.Values.First(function => function.Handler == handler).LogicalId;
}
