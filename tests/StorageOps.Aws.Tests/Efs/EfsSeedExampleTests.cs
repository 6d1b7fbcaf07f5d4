using System.Text.Json;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// The "Expected Output" examples of the EFS client seed (002), extracted into SeedExamples/efs-client-002.json: each
/// output is served as the response to its example input and must be parsed member by member.
/// </summary>
public sealed class EfsSeedExampleTests
{
    private static readonly Lazy<JsonElement> Examples = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(
            RepositoryPaths.Combine("tests", "StorageOps.Aws.Tests", "Efs", "SeedExamples", "efs-client-002.json")));
        return document.RootElement.GetProperty("examples").Clone();
    });

    public static TheoryData<string> Operations => [.. Examples.Value.EnumerateArray().Select(example => example.GetProperty("operation").GetString()!)];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenServiceReturnsTheSeedsExpectedOutput_ShouldParseEveryMemberOfIt(string operation)
    {
        var example = Examples.Value.EnumerateArray().Single(candidate => candidate.GetProperty("operation").GetString() == operation);
        var output = example.GetProperty("output");
        var empty = !output.EnumerateObject().Any();
        await using var server = new CaptureServer();
        server.Respond(empty ? CannedResponse.Json(204, string.Empty) : CannedResponse.Json(200, output.GetRawText()));
        using var client = EfsTestClients.For(server.Endpoint);

        var parsed = await EfsOperationInvoker.InvokeAsync(client, operation, example.GetProperty("input").GetRawText());

        if (empty)
        {
            Assert.Null(parsed);
        }
        else
        {
            ParsedRecordAssert.HasEveryMember(output, JsonSerializer.SerializeToElement(parsed));
        }

        Assert.Single(server.Requests);
    }
}
