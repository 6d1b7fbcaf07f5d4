using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Mocking;

namespace StatesLanguage.Benchmarks;

/// <summary>
/// statemachines/provision-file-system.asl.json with canned Lambda results: CreateFileSystem answers "creating", then
/// DescribeFileSystem answers "creating" twice and "available" the third time, so every execution runs the polling
/// loop (Wait 30 s of virtual time → Describe → Choice) three times.
/// </summary>
internal static class ProvisionWorkflow
{
    private const string MockConfiguration = """
        {"StateMachines":{"provision-file-system":{"TestCases":{"Polls3Times":{"CreateFileSystem":"Created","DescribeFileSystem":"AvailableOnThirdPoll"}}}},
         "MockedResponses":{
           "Created":{"0":{"Return":{"StatusCode":200,"Payload":{"fileSystemId":"fs-0123456789abcdef0","fileSystemArn":"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0",
                      "alreadyExisted":false,"deadline":"2026-01-01T00:30:00Z","status":{"lifeCycleState":"creating","ready":false,"failed":false,"waitSeconds":30,"checkedAt":"2026-01-01T00:00:00Z"}}}}},
           "AvailableOnThirdPoll":{
             "0-1":{"Return":{"StatusCode":200,"Payload":{"fileSystemId":"fs-0123456789abcdef0","lifeCycleState":"creating","ready":false,"failed":false,"waitSeconds":30,"checkedAt":"2026-01-01T00:01:00Z"}}},
             "2":{"Return":{"StatusCode":200,"Payload":{"fileSystemId":"fs-0123456789abcdef0","lifeCycleState":"available","ready":true,"failed":false,"waitSeconds":0,"checkedAt":"2026-01-01T00:01:30Z"}}}}}}
        """;

    public static StateMachineDefinition Load(string repositoryRoot)
    {
        var text = File.ReadAllText(Path.Combine(repositoryRoot, "statemachines", "provision-file-system.asl.json"))
            .Replace("${CreateFileSystemFunctionArn}", "arn:aws:lambda:us-east-1:123456789012:function:CreateFileSystem", StringComparison.Ordinal)
            .Replace("${DescribeFileSystemFunctionArn}", "arn:aws:lambda:us-east-1:123456789012:function:DescribeFileSystem", StringComparison.Ordinal);
        return StateMachineDefinition.Parse(text);
    }

    public static MockedTestCase Mocks { get; } = StorageOps.StatesLanguage.Mocking.MockConfiguration.Parse(MockConfiguration).GetTestCase("provision-file-system", "Polls3Times");

    public static JsonNode Input(string repositoryRoot) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(repositoryRoot, "events", "provision-file-system.json")))!;
}
