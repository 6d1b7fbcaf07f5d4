using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Rds.Wire;

/// <summary>Runs tests/conformance/simulator-rds.mjs once against a fresh simulator and keeps what the SDK saw for every test of the class.</summary>
public sealed class RdsConformanceReport : IAsyncLifetime
{
    public const string Region = "eu-west-1";
    public const string Account = "210987654321";

    private readonly AwsSimulator simulator = new(new SimulatorOptions
    {
        AccountId = Account,
        DBClusterSnapshotCreation = LifecycleTransition.AfterDescribes(3),
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
        Report = JsonNode.Parse(await ExternalProcess.RunNodeScriptAsync("simulator-rds.mjs", input))!.AsObject();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();
}
