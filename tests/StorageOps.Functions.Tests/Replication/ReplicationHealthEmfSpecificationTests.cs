using System.Text.Json.Nodes;

namespace StorageOps.Functions.Tests.Replication;

/// <summary>The specification check the health check's EMF documents are held to must itself catch broken documents.</summary>
public sealed class ReplicationHealthEmfSpecificationTests
{
    private const string Valid = """
        {"_aws":{"Timestamp":1764583200000,"CloudWatchMetrics":[{"Namespace":"StorageOps","Dimensions":[["SourceFileSystemId"]],
        "Metrics":[{"Name":"ReplicationLagSeconds","Unit":"Seconds"}]}]},"SourceFileSystemId":"fs-00000000000000001","ReplicationLagSeconds":12}
        """;

    [Fact]
    public void Problems_WhenTheDocumentConforms_ShouldBeNone() =>
        Assert.Empty(EmbeddedMetricFormatSpecification.Problems(JsonNode.Parse(Valid)!.AsObject()));

    [Theory]
    [InlineData("\"ReplicationLagSeconds\":12", "\"Other\":12", "metric 'ReplicationLagSeconds' has no number")]
    [InlineData("\"ReplicationLagSeconds\":12", "\"ReplicationLagSeconds\":\"12\"", "metric 'ReplicationLagSeconds' has no number")]
    [InlineData("\"SourceFileSystemId\":\"fs-00000000000000001\",", "", "dimension 'SourceFileSystemId' is not a string member")]
    [InlineData("\"Timestamp\":1764583200000", "\"Timestamp\":\"2026-12-01T10:00:00Z\"", "_aws.Timestamp")]
    [InlineData("\"Namespace\":\"StorageOps\",", "", "no Namespace")]
    [InlineData("\"Dimensions\":[[\"SourceFileSystemId\"]],", "", "no Dimensions")]
    [InlineData("\"Unit\":\"Seconds\"", "\"Unit\":\"Secs\"", "not a CloudWatch unit")]
    public void Problems_WhenTheDocumentBreaksTheSpecification_ShouldNameHow(string part, string replacement, string expected)
    {
        var broken = JsonNode.Parse(Valid.Replace(part, replacement, StringComparison.Ordinal))!.AsObject();

        Assert.Contains(EmbeddedMetricFormatSpecification.Problems(broken), problem => problem.Contains(expected, StringComparison.Ordinal));
    }
}
