using System.Text.Json;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>
/// <see cref="DocDbElasticValidation"/> against botocore's DocumentDB Elastic 2022-11-28 model, read from the machine's
/// botocore: boundary values of every member the client sends are accepted or rejected exactly as the model's rules say.
/// </summary>
public sealed class DocDbElasticValidationTests
{
    private const string SnapshotArn = DocDbElasticBodies.SnapshotArn;
    private const string ClusterArn = DocDbElasticBodies.ClusterArn;

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["CopyClusterSnapshot"] = $$"""{"snapshotArn":"{{SnapshotArn}}","targetSnapshotName":"copy-1"}""",
        ["GetClusterSnapshot"] = $$"""{"snapshotArn":"{{SnapshotArn}}"}""",
        ["ListClusterSnapshots"] = "{}",
        ["DeleteClusterSnapshot"] = $$"""{"snapshotArn":"{{SnapshotArn}}"}""",
        ["ListClusters"] = "{}",
        ["GetCluster"] = $$"""{"clusterArn":"{{ClusterArn}}"}""",
        ["ListTagsForResource"] = $$"""{"resourceArn":"{{ClusterArn}}"}""",
        ["TagResource"] = $$$"""{"resourceArn":"{{{ClusterArn}}}","tags":{"k":"v"}}""",
        ["UntagResource"] = $$"""{"resourceArn":"{{ClusterArn}}","tagKeys":["k"]}""",
    };

    private static readonly ServiceClientUnderTest Client = new(
        typeof(IDocDbElasticClient), endpoint => DocDbElasticTestClients.For(endpoint), new JsonSerializerOptions(JsonSerializerDefaults.Web), _ => CannedResponse.Json(200, "{}"));

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IDocDbElasticClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenGivenTheModelsBoundaryValues_ShouldAcceptAndRejectExactlyAsTheModelSays(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var input), $"{operation} has no base input in {nameof(DocDbElasticValidationTests)}.");
        var model = await Botocore.ServiceModelAsync("docdb-elastic", "2022-11-28");

        var problems = await ValidationBoundaries.CheckAsync(Client, operation, input, ModelConstraints.Of(model, operation), new Dictionary<string, string>());

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
