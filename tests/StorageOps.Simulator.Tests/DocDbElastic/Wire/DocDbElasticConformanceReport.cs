using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.DocDbElastic.Wire;

/// <summary>Runs tests/conformance/simulator-docdb-elastic.mjs once against a fresh simulator and keeps what the SDK saw.</summary>
public sealed class DocDbElasticConformanceReport : IAsyncLifetime
{
    public const string Region = "ap-northeast-1";
    public const string Account = "210987654321";

    private readonly AwsSimulator simulator = new(new SimulatorOptions
    {
        AccountId = Account,
        ElasticClusterSnapshotCopy = LifecycleTransition.AfterDescribes(2),
    });

    public JsonObject Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        var input = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["endpoint"] = simulator.Endpoint.ToString().TrimEnd('/'),
            ["region"] = Region,
            ["accessKeyId"] = "AKIDCONFORMANCE",
            ["secretAccessKey"] = "conformance-secret",
        });
        Report = JsonNode.Parse(await ExternalProcess.RunNodeScriptAsync("simulator-docdb-elastic.mjs", input))!.AsObject();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();
}
