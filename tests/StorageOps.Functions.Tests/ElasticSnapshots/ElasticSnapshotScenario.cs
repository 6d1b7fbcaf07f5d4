using System.Globalization;
using System.Text.Json;
using StorageOps.Functions.ElasticSnapshots;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Retention;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

/// <summary>One DocumentDB Elastic cluster on the night of 2026-12-01, its handlers over <see cref="InMemoryDocDbElastic"/>, and a clock to move.</summary>
internal sealed class ElasticSnapshotScenario
{
    public const string Cluster = "orders-docdb";
    public const string CopyName = "storageops-orders-docdb-20261201";
    public const string CustomerKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public static readonly DateTimeOffset ScheduledTime = DateTimeOffset.Parse("2026-12-01T03:00:00Z", CultureInfo.InvariantCulture);
    public static readonly DateTimeOffset Deadline = ScheduledTime.AddHours(4);
    public static readonly IReadOnlyDictionary<string, string> OurTags = new Dictionary<string, string>
    {
        [OwnershipTags.ManagedBy] = OwnershipTags.ManagedByValue,
    };

    private static readonly LambdaInvocation Invocation = new("inv-elastic", DateTimeOffset.MaxValue);

    public ElasticSnapshotScenario()
    {
        Elastic = new InMemoryDocDbElastic(() => Clock.Now);
        Target = new SnapshotTarget(Cluster, SnapshotTargetKinds.DocDbElastic, InMemoryDocDbElastic.ClusterArn("0f1e2d3c4b5a"));
    }

    public ManualClock Clock { get; } = new(ScheduledTime.AddMinutes(1));

    public InMemoryDocDbElastic Elastic { get; }

    public SnapshotTarget Target { get; }

    public static Night NightOf(string date = "2026-12-01", RetentionPolicy? retention = null, string? kmsKeyId = null)
    {
        var scheduled = DateTimeOffset.Parse($"{date}T03:00:00Z", CultureInfo.InvariantCulture);
        return new Night(date, scheduled, scheduled.AddHours(4), retention ?? new RetentionPolicy(KeepDaily: 3, MinKeep: 3), 40, 5, kmsKeyId);
    }

    /// <summary>An automated snapshot of the target taken <paramref name="hoursBefore"/> hours before the schedule.</summary>
    public InMemoryDocDbElastic.Snapshot AddAutomated(double hoursBefore, string status = "ACTIVE", string? kmsKeyId = CustomerKey, IReadOnlyDictionary<string, string>? tags = null) =>
        Elastic.Add(Target.Arn, $"{Cluster}-automated-{ScheduledTime.AddHours(-hoursBefore):yyyy-MM-dd-HH-mm}", "AUTOMATED", ScheduledTime.AddHours(-hoursBefore), status, kmsKeyId, tags);

    /// <summary>A manual snapshot of the target named like ours for <paramref name="night"/>, tagged as given.</summary>
    public InMemoryDocDbElastic.Snapshot AddNightly(DateOnly night, IReadOnlyDictionary<string, string>? tags, string status = "ACTIVE") =>
        Elastic.Add(Target.Arn, NightlySnapshotName.For(Cluster, night), "MANUAL", new DateTimeOffset(night.ToDateTime(new TimeOnly(3, 5)), TimeSpan.Zero), status, CustomerKey, tags);

    public static Dictionary<string, string> OursFor(DateOnly night) => new()
    {
        [OwnershipTags.ManagedBy] = OwnershipTags.ManagedByValue,
        [OwnershipTags.Night] = night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public CopyElasticSnapshotFunction CopyFunction() => new(new ElasticSnapshotCopier(Elastic, Clock));

    public DescribeElasticSnapshotFunction DescribeFunction() => new(new ElasticSnapshotCopier(Elastic, Clock));

    public PruneElasticSnapshotsFunction PruneFunction() => new(new ElasticSnapshotPruner(Elastic, Clock));

    public async Task<ElasticSnapshotStatus> CopyAsync(Night? night = null) =>
        Status(await CopyFunction().InvokeAsync(CopyJson(night ?? NightOf()), Invocation, CancellationToken.None));

    public async Task<ElasticSnapshotStatus> DescribeAsync(string snapshotArn, Night? night = null) =>
        Status(await DescribeFunction().InvokeAsync(DescribeJson(snapshotArn, night ?? NightOf()), Invocation, CancellationToken.None));

    public async Task<TargetResult> PruneAsync(Night? night = null, string snapshot = CopyName, DateTimeOffset? startedAt = null) =>
        JsonSerializer.Deserialize(
            await PruneFunction().InvokeAsync(PruneJson(night ?? NightOf(), snapshot, startedAt ?? ScheduledTime), Invocation, CancellationToken.None),
            FunctionsJsonContext.Default.TargetResult)!;

    public string CopyJson(Night night) =>
        JsonSerializer.Serialize(new CopyElasticSnapshotInput { Target = Target, Night = night }, FunctionsJsonContext.Default.CopyElasticSnapshotInput);

    public string DescribeJson(string snapshotArn, Night night) =>
        JsonSerializer.Serialize(new DescribeElasticSnapshotInput { Target = Target, Night = night, SnapshotArn = snapshotArn }, FunctionsJsonContext.Default.DescribeElasticSnapshotInput);

    public string PruneJson(Night night, string snapshot, DateTimeOffset startedAt) =>
        JsonSerializer.Serialize(new PruneElasticSnapshotsInput { Target = Target, Night = night, Snapshot = snapshot, StartedAt = startedAt }, FunctionsJsonContext.Default.PruneElasticSnapshotsInput);

    public static Task<string> InvokeAsync(ILambdaFunction function, string json) => function.InvokeAsync(json, Invocation, CancellationToken.None);

    /// <summary>The error document Step Functions would see for the failure of <paramref name="action"/>.</summary>
    public static async Task<LambdaErrorDocument> FailureOf(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception)
        {
            return LambdaErrorDocument.From(exception);
        }

        throw new Xunit.Sdk.XunitException("Expected the handler to fail, but it succeeded.");
    }

    private static ElasticSnapshotStatus Status(string json) => JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.ElasticSnapshotStatus)!;
}
