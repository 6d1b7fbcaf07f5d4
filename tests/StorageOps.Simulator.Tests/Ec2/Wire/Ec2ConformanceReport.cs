using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Ec2.Wire;

/// <summary>
/// Runs tests/conformance/simulator-ec2.mjs once against a simulator seeded with <see cref="Ec2ConformanceFleet"/> and one mount target,
/// and keeps what the SDK saw for every test of the class.
/// </summary>
public sealed class Ec2ConformanceReport : IAsyncLifetime
{
    private readonly AwsSimulator simulator = new(new SimulatorOptions
    {
        AccountId = Ec2ConformanceFleet.Account,
        DefaultRegion = Ec2ConformanceFleet.Region,
        Fleet = Ec2ConformanceFleet.Seed,
        FileSystemCreation = LifecycleTransition.AfterSeconds(0),
    });

    public JsonObject Report { get; private set; } = null!;

    public MountTargetDescription MountTarget { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        var scope = new AccountRegion(Ec2ConformanceFleet.Account, Ec2ConformanceFleet.Region);
        var fileSystem = simulator.Efs.CreateFileSystem(scope, new CreateFileSystemRequest { CreationToken = "ec2-conformance" });
        MountTarget = simulator.Efs.CreateMountTarget(scope, new CreateMountTargetRequest
        {
            FileSystemId = fileSystem.FileSystemId,
            SubnetId = Ec2ConformanceFleet.SubnetB,
            SecurityGroups = [Ec2ConformanceFleet.GroupId],
            IpAddress = "10.40.1.25",
        });
        var input = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["endpoint"] = simulator.Endpoint.ToString().TrimEnd('/'),
            ["region"] = Ec2ConformanceFleet.Region,
            ["accessKeyId"] = "AKIDCONFORMANCE",
            ["secretAccessKey"] = "conformance-secret",
            ["vpcId"] = Ec2ConformanceFleet.VpcId,
            ["subnetIds"] = new[] { Ec2ConformanceFleet.SubnetA, Ec2ConformanceFleet.SubnetB },
            ["groupId"] = Ec2ConformanceFleet.GroupId,
            ["networkInterfaceId"] = MountTarget.NetworkInterfaceId,
        });
        Report = JsonNode.Parse(await ExternalProcess.RunNodeScriptAsync("simulator-ec2.mjs", input))!.AsObject();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();
}
