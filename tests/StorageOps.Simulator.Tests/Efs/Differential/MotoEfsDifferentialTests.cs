using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Efs.Differential;

/// <summary>
/// The same EFS request sequences sent to the simulator and to moto_server must give the same response shapes
/// (member names and JSON types) and the same error codes. Where they legitimately differ, the difference is listed
/// here with its reason; moto's EC2 subnets and security groups are created with the aws CLI, the simulator's are seeded.
/// </summary>
/// <remarks>
/// Recorded differences:
/// <list type="bullet">
/// <item>Error bodies: EFS sends <c>{"ErrorCode","Message"}</c> (the model's error shape) and the simulator does too; moto sends
/// <c>{"__type","message"}</c>. Both send the code in <c>x-amzn-ErrorType</c>, which is what SDKs read, so codes are compared there.</item>
/// <item>HTTP status of <c>SubnetNotFound</c> and <c>SecurityGroupNotFound</c>: the model says 400, moto sends 404.</item>
/// <item>Transitions: moto creates and deletes instantly; the simulator moves through <c>creating</c>/<c>deleting</c>, so states are not compared.</item>
/// <item>Members moto adds outside the model (<c>LifecyclePolicies</c>, <c>FileSystemPolicy</c>, <c>SizeInBytes.Timestamp</c>,
/// <c>SecurityGroups</c> on a mount target) and model members moto omits (<c>FileSystemProtection</c>, <c>SizeInBytes.ValueInArchive</c>)
/// are listed in <see cref="MotoOnlyMembers"/> and <see cref="SimulatorOnlyMembers"/>.</item>
/// <item>Not compared because moto lacks them or fails: UpdateFileSystem (moto: 500), UpdateFileSystemProtection, replication and
/// CreateTags/DeleteTags (moto: 404), IpAddressInUse across file systems (moto: 500), SecurityGroupLimitExceeded (moto creates a
/// broken mount target while answering the error), ModifyMountTargetSecurityGroups (moto answers 200 where the model says 204),
/// DescribeMountTargetSecurityGroups (moto answers 308, redirecting to a path without the mount target id),
/// ListTagsForResource of an unknown file system (moto: empty list).</item>
/// </list>
/// </remarks>
public sealed class MotoEfsDifferentialTests : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Region = "us-east-1";

    private static readonly string[] MotoOnlyMembers =
    [
        "$.LifecyclePolicies:array",
        "$.FileSystems[].LifecyclePolicies:array",
        "$.SizeInBytes.Timestamp:number",
        "$.FileSystems[].SizeInBytes.Timestamp:number",
        "$.SecurityGroups:array",
        "$.SecurityGroups[]:string",
        "$.MountTargets[].SecurityGroups:array",
        "$.MountTargets[].SecurityGroups[]:string",
    ];

    private static readonly string[] SimulatorOnlyMembers =
    [
        "$.FileSystemProtection:object",
        "$.FileSystemProtection.ReplicationOverwriteProtection:string",
        "$.FileSystems[].FileSystemProtection:object",
        "$.FileSystems[].FileSystemProtection.ReplicationOverwriteProtection:string",
        "$.SizeInBytes.ValueInArchive:number",
        "$.FileSystems[].SizeInBytes.ValueInArchive:number",
    ];

    private readonly MotoServer moto;
    private readonly ManualTimeProvider clock = new();
    private readonly HttpClient client = new();
    private AwsSimulator simulator = null!;
    private Target simulatorTarget = null!;
    private Target motoTarget = null!;

    public MotoEfsDifferentialTests(MotoServer moto) => this.moto = moto;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        simulator = new AwsSimulator(new SimulatorOptions { TimeProvider = clock });
        await simulator.StartAsync();
        var vpc = simulator.Efs.Network.VpcsIn(new AccountRegion(simulator.Efs.DefaultScope.AccountId, Region)).Single();
        simulatorTarget = new Target("simulator", simulator.Endpoint, vpc.Subnets[0].SubnetId, vpc.Subnets[1].SubnetId, vpc.SecurityGroups[0].GroupId);
        motoTarget = await SeedMotoNetworkAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task ProvisionAndTeardown_WhenSentToBoth_ShouldGiveTheSameShapesAndStatuses()
    {
        var simulatorRun = await RunProvisionAndTeardownAsync(simulatorTarget, advanceClock: true);
        var motoRun = await RunProvisionAndTeardownAsync(motoTarget, advanceClock: false);

        Assert.Equal(motoRun.Select(step => step.Name), simulatorRun.Select(step => step.Name));
        foreach (var (simulatorStep, motoStep) in simulatorRun.Zip(motoRun))
        {
            Assert.True(motoStep.Status == simulatorStep.Status, $"{simulatorStep.Name}: simulator {simulatorStep.Status}, moto {motoStep.Status}");
            var expected = new SortedSet<string>(motoStep.Shape.Except(MotoOnlyMembers), StringComparer.Ordinal);
            var actual = new SortedSet<string>(simulatorStep.Shape.Except(SimulatorOnlyMembers), StringComparer.Ordinal);
            Assert.True(
                expected.SetEquals(actual),
                $"{simulatorStep.Name}: only moto has [{string.Join(", ", expected.Except(actual))}], only the simulator has [{string.Join(", ", actual.Except(expected))}]");
        }
    }

    [Fact]
    public async Task ErrorSequence_WhenSentToBoth_ShouldGiveTheSameErrorCodes()
    {
        var simulatorErrors = await RunErrorSequenceAsync(simulatorTarget, advanceClock: true);
        var motoErrors = await RunErrorSequenceAsync(motoTarget, advanceClock: false);

        Assert.Equal(motoErrors.Select(error => (error.Name, error.Code)), simulatorErrors.Select(error => (error.Name, error.Code)));
        Assert.All(simulatorErrors, error => Assert.NotEqual("(none)", error.Code));
        var statusDifferences = simulatorErrors.Zip(motoErrors)
            .Where(pair => pair.First.Status != pair.Second.Status)
            .Select(pair => $"{pair.First.Code}: simulator {pair.First.Status}, moto {pair.Second.Status}")
            .ToList();
        Assert.Equal(["SubnetNotFound: simulator 400, moto 404", "SecurityGroupNotFound: simulator 400, moto 404"], statusDifferences);
    }

    private async Task<List<Step>> RunProvisionAndTeardownAsync(Target target, bool advanceClock)
    {
        var steps = new List<Step>();
        var created = await SendAsync(target, steps, "CreateFileSystem", HttpMethod.Post, "/2015-02-01/file-systems", """{"CreationToken":"differential","Tags":[{"Key":"Name","Value":"diff"}]}""");
        var fileSystemId = created!["FileSystemId"]!.GetValue<string>();
        await SendAsync(target, steps, "DescribeFileSystems", HttpMethod.Get, $"/2015-02-01/file-systems?FileSystemId={fileSystemId}");
        AdvanceIf(advanceClock, TimeSpan.FromMinutes(1));
        var mountTarget = await SendAsync(target, steps, "CreateMountTarget", HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{target.FirstSubnet}}","SecurityGroups":["{{target.SecurityGroup}}"]}""");
        var mountTargetId = mountTarget!["MountTargetId"]!.GetValue<string>();
        await SendAsync(target, steps, "DescribeMountTargetsByFileSystem", HttpMethod.Get, $"/2015-02-01/mount-targets?FileSystemId={fileSystemId}");
        await SendAsync(target, steps, "DescribeMountTargetsById", HttpMethod.Get, $"/2015-02-01/mount-targets?MountTargetId={mountTargetId}");
        await SendAsync(target, steps, "TagResource", HttpMethod.Post, $"/2015-02-01/resource-tags/{fileSystemId}", """{"Tags":[{"Key":"team","Value":"storage"}]}""");
        await SendAsync(target, steps, "ListTagsForResource", HttpMethod.Get, $"/2015-02-01/resource-tags/{fileSystemId}");
        await SendAsync(target, steps, "UntagResource", HttpMethod.Delete, $"/2015-02-01/resource-tags/{fileSystemId}?tagKeys=team");
        await SendAsync(target, steps, "DescribeFileSystemsAll", HttpMethod.Get, "/2015-02-01/file-systems");
        await SendAsync(target, steps, "DeleteMountTarget", HttpMethod.Delete, $"/2015-02-01/mount-targets/{mountTargetId}");
        AdvanceIf(advanceClock, TimeSpan.FromMinutes(1));
        await SendAsync(target, steps, "DeleteFileSystem", HttpMethod.Delete, $"/2015-02-01/file-systems/{fileSystemId}");
        return steps;
    }

    private async Task<List<ErrorStep>> RunErrorSequenceAsync(Target target, bool advanceClock)
    {
        var errors = new List<ErrorStep>();
        var created = await SendRawAsync(target, HttpMethod.Post, "/2015-02-01/file-systems", """{"CreationToken":"errors"}""");
        var fileSystemId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["FileSystemId"]!.GetValue<string>();
        AdvanceIf(advanceClock, TimeSpan.FromMinutes(1));
        var mountTarget = await SendRawAsync(target, HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{target.FirstSubnet}}"}""");
        var mountTargetId = JsonNode.Parse(await mountTarget.Content.ReadAsStringAsync())!["MountTargetId"]!.GetValue<string>();

        async Task Provoke(string name, HttpMethod method, string path, string? body = null)
        {
            using var response = await SendRawAsync(target, method, path, body);
            var code = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.Single() : "(none)";
            errors.Add(new ErrorStep(name, code, (int)response.StatusCode));
        }

        await Provoke("duplicate token", HttpMethod.Post, "/2015-02-01/file-systems", """{"CreationToken":"errors"}""");
        await Provoke("unknown file system", HttpMethod.Get, "/2015-02-01/file-systems?FileSystemId=fs-01234567");
        await Provoke("second mount target in the zone", HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{target.FirstSubnet}}"}""");
        await Provoke("unknown subnet", HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"subnet-0123456789abcdef0"}""");
        await Provoke("unknown security group", HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{target.SecondSubnet}}","SecurityGroups":["sg-0123456789abcdef0"]}""");
        await Provoke("address outside the subnet", HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{target.SecondSubnet}}","IpAddress":"10.99.0.4"}""");
        await Provoke("unknown file system for a mount target", HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"fs-01234567","SubnetId":"{{target.FirstSubnet}}"}""");
        await Provoke("no id to describe mount targets by", HttpMethod.Get, "/2015-02-01/mount-targets");
        await Provoke("unknown mount target", HttpMethod.Get, "/2015-02-01/mount-targets?MountTargetId=fsmt-01234567");
        await Provoke("delete file system with mount targets", HttpMethod.Delete, $"/2015-02-01/file-systems/{fileSystemId}");
        await Provoke("delete unknown mount target", HttpMethod.Delete, "/2015-02-01/mount-targets/fsmt-01234567");
        await Provoke("delete unknown file system", HttpMethod.Delete, "/2015-02-01/file-systems/fs-01234567");
        using (await SendRawAsync(target, HttpMethod.Delete, $"/2015-02-01/mount-targets/{mountTargetId}", body: null))
        {
        }

        AdvanceIf(advanceClock, TimeSpan.FromMinutes(1));
        await Provoke("describe deleted mount target", HttpMethod.Get, $"/2015-02-01/mount-targets?MountTargetId={mountTargetId}");
        return errors;
    }

    private async Task<JsonNode?> SendAsync(Target target, List<Step> steps, string name, HttpMethod method, string path, string? body = null)
    {
        using var response = await SendRawAsync(target, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? null : JsonNode.Parse(text);
        Assert.True(response.IsSuccessStatusCode, $"{target.Name} {name}: {(int)response.StatusCode} {text}");
        steps.Add(new Step(name, (int)response.StatusCode, IsEmptyObject(json) ? [] : JsonShapes.Of(json)));
        return json;
    }

    // moto answers operations without output with "{}", the simulator with no body, as EFS does; both mean "no members".
    private static bool IsEmptyObject(JsonNode? json) => json is null || json is JsonObject { Count: 0 };

    private async Task<HttpResponseMessage> SendRawAsync(Target target, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(target.Endpoint, path));
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor(Region));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await client.SendAsync(request);
    }

    private void AdvanceIf(bool advance, TimeSpan by)
    {
        if (advance)
        {
            clock.Advance(by);
        }
    }

    private async Task<Target> SeedMotoNetworkAsync()
    {
        var vpcId = (await RunMotoEc2Async("create-vpc", "--cidr-block", "172.31.0.0/16"))["Vpc"]!["VpcId"]!.GetValue<string>();
        var first = (await RunMotoEc2Async("create-subnet", "--vpc-id", vpcId, "--cidr-block", "172.31.0.0/20", "--availability-zone", "us-east-1a"))["Subnet"]!["SubnetId"]!.GetValue<string>();
        var second = (await RunMotoEc2Async("create-subnet", "--vpc-id", vpcId, "--cidr-block", "172.31.16.0/20", "--availability-zone", "us-east-1b"))["Subnet"]!["SubnetId"]!.GetValue<string>();
        var group = (await RunMotoEc2Async("create-security-group", "--group-name", "efs", "--description", "efs", "--vpc-id", vpcId))["GroupId"]!.GetValue<string>();
        return new Target("moto", moto.Endpoint, first, second, group);
    }

    private async Task<JsonObject> RunMotoEc2Async(params string[] arguments)
    {
        var result = await ExternalProcess.RunAsync(
            "aws",
            ["--endpoint-url", moto.Endpoint.ToString().TrimEnd('/'), "--output", "json", "ec2", .. arguments],
            environment: new Dictionary<string, string>
            {
                ["AWS_ACCESS_KEY_ID"] = "AKIDMOTO",
                ["AWS_SECRET_ACCESS_KEY"] = "moto-secret",
                ["AWS_DEFAULT_REGION"] = Region,
                ["AWS_CONFIG_FILE"] = "/dev/null",
                ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
                ["AWS_PAGER"] = string.Empty,
            });
        Assert.True(result.ExitCode == 0, result.Describe());
        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    private sealed record Target(string Name, Uri Endpoint, string FirstSubnet, string SecondSubnet, string SecurityGroup);

    private sealed record Step(string Name, int Status, SortedSet<string> Shape);

    private sealed record ErrorStep(string Name, string Code, int Status);
}
