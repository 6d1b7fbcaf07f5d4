using System.Text.Json;
using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Rds;

/// <summary>
/// <see cref="RdsValidation"/> against botocore's RDS 2014-10-31 model, read from the machine's botocore. RDS shapes carry
/// no traits; the rules are the constraints the model documents (identifiers "from 1 to 63 letters, numbers, or hyphens",
/// "Minimum 20, maximum 100", value lists), and boundary values must be accepted or rejected exactly as documented.
/// </summary>
public sealed class RdsValidationTests
{
    private const string ClusterArn = "arn:aws:rds:us-east-1:111122223333:cluster:orders";

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["CreateDBClusterSnapshot"] = """{"DBClusterSnapshotIdentifier":"s1","DBClusterIdentifier":"c1","Tags":[{"Key":"k","Value":"v"}]}""",
        ["DescribeDBClusterSnapshots"] = """{"Filters":[{"Name":"engine","Values":["aurora-postgresql"]}]}""",
        ["DeleteDBClusterSnapshot"] = """{"DBClusterSnapshotIdentifier":"s1"}""",
        ["CopyDBClusterSnapshot"] = """{"SourceDBClusterSnapshotIdentifier":"a","TargetDBClusterSnapshotIdentifier":"b"}""",
        ["DescribeDBClusters"] = "{}",
        ["ListTagsForResource"] = $$"""{"ResourceName":"{{ClusterArn}}"}""",
        ["AddTagsToResource"] = $$"""{"ResourceName":"{{ClusterArn}}","Tags":[{"Key":"k","Value":"v"}]}""",
        ["RemoveTagsFromResource"] = $$"""{"ResourceName":"{{ClusterArn}}","TagKeys":["k"]}""",
    };

    private static readonly ServiceClientUnderTest Client = new(
        typeof(IRdsClient), endpoint => RdsTestClients.For(endpoint), null, operation => RdsTestClients.Xml(operation, string.Empty));

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IRdsClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenGivenTheModelsBoundaryValues_ShouldAcceptAndRejectExactlyAsTheModelSays(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var input), $"{operation} has no base input in {nameof(RdsValidationTests)}.");
        var model = await Botocore.ServiceModelAsync("rds", "2014-10-31");

        var problems = await ValidationBoundaries.CheckAsync(Client, operation, input, ModelConstraints.Of(model, operation), new Dictionary<string, string>());

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Constraints_WhenReadFromTheModel_ShouldIncludeTheDocumentedSnapshotIdentifierRule()
    {
        var model = await Botocore.ServiceModelAsync("rds", "2014-10-31");

        var identifier = Assert.Single(ModelConstraints.Of(model, "CreateDBClusterSnapshot"), constraint => constraint.Path == "DBClusterSnapshotIdentifier");

        Assert.Equal((1L, 63L, "documented"), (identifier.Min, identifier.Max, identifier.Source));
        Assert.Equal(JsonSerializer.Serialize(new[] { "automated", "manual", "shared", "public" }), JsonSerializer.Serialize(
            Assert.Single(ModelConstraints.Of(model, "DescribeDBClusterSnapshots"), constraint => constraint.Path == "SnapshotType").Enum));
    }
}
