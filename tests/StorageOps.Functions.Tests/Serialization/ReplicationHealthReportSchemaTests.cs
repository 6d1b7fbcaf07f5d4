using System.Text.Json;
using CsCheck;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Tests.Serialization;

/// <summary>Any report the health check can return, as FunctionsJsonContext writes it, matches schemas/replication-health-report.schema.json.</summary>
public sealed class ReplicationHealthReportSchemaTests
{
    private static readonly Gen<DateTimeOffset> Instant =
        Gen.Long[0, 10L * 365 * 24 * 3600 * 1000].Select(Gen.Int[-12, 14], (milliseconds, hours) =>
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(milliseconds).ToOffset(TimeSpan.FromHours(hours)));

    private static readonly Gen<ReplicationDestinationHealth> Destination =
        from status in Gen.OneOf("ENABLED", "ENABLING", "DELETING", "ERROR", "PAUSED", "PAUSING")
        from statusMessage in Gen.String.Null()
        from lag in Gen.Long[0, 10_000_000].Nullable()
        from last in Instant.Nullable()
        from unhealthy in Gen.Bool
        from reason in Gen.String.Null()
        select new ReplicationDestinationHealth("fs-0123456789abcdef0", "fs-0fedcba9876543210", "us-west-2", status, statusMessage, lag, last, unhealthy, reason);

    private static readonly Gen<ReplicationHealthReport> Report =
        from checkedAt in Instant
        from threshold in Gen.Long[1, 1_000_000]
        from destinations in Destination.List[0, 8]
        from replications in Gen.Int[0, 8]
        select new ReplicationHealthReport(checkedAt, threshold, replications, destinations.Count, destinations.Count(destination => destination.Unhealthy), destinations.TrueForAll(destination => !destination.Unhealthy), destinations);

    [Fact]
    public void GeneratedReport_WhenSerialisedByFunctionsJsonContext_ShouldMatchItsSchema()
    {
        var schema = SchemaFiles.Build("replication-health-report");

        Report.Sample(
            report => Assert.Empty(SchemaFiles.Problems(schema, JsonSerializer.SerializeToNode(report, FunctionsJsonContext.Default.ReplicationHealthReport))),
            iter: 300,
            print: report => JsonSerializer.Serialize(report, FunctionsJsonContext.Default.ReplicationHealthReport));
    }
}
