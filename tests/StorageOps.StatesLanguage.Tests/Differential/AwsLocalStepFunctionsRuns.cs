using System.Text.Json.Nodes;
using StorageOps.Testing;

namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>Runs every case through aws-local-stepfunctions once, in one node process (tests/conformance/run-aws-local-stepfunctions.mjs).</summary>
public sealed class AwsLocalStepFunctionsRuns : IAsyncLifetime
{
    private readonly Dictionary<string, Outcome> _outcomes = new(StringComparer.Ordinal);

    internal Outcome this[string name] => _outcomes[name];

    public async Task InitializeAsync()
    {
        var cases = new JsonArray([.. DifferentialCase.Names.Select(DifferentialCase.Load).Select(testCase => (JsonNode)new JsonObject
        {
            ["name"] = testCase.Name,
            ["definition"] = testCase.Definition.DeepClone(),
            ["input"] = testCase.Input?.DeepClone(),
            ["taskResults"] = testCase.TaskResults.DeepClone(),
        })]);
        var output = await ExternalProcess.RunNodeScriptAsync("run-aws-local-stepfunctions.mjs", cases.ToJsonString());
        foreach (var result in JsonNode.Parse(output)!.AsArray())
        {
            _outcomes[(string)result!["name"]!] = (string?)result["status"] switch
            {
                "SUCCEEDED" => Outcome.Succeeded(result["output"]?.DeepClone()),
                "FAILED" => Outcome.Failed((string?)result["error"]),
                _ => new Outcome("CRASHED", null, $"{result["error"]}: {result["cause"]}"),
            };
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
