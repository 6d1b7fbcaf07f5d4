using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace EndToEnd.Tests.ProvisionFileSystem;

/// <summary>
/// provision-file-system as deployed: template.yaml's wiring, the real handlers and AWS client, over HTTP to the
/// simulator, on the States Language engine and one virtual clock.
/// </summary>
public sealed class ProvisionFileSystemWorkflowTests
{
    private const string Workflow = "provision-file-system";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonNode SampleRequest() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("events", "provision-file-system.json")))!;

    private static readonly AccountRegion West = new(SimulatedFileSystems.AccountId, "us-west-2");

    /// <summary>A second VPC beside the default one, with two subnets in us-east-1a.</summary>
    private static readonly VpcSeed OtherVpc = new()
    {
        VpcId = "vpc-0b7e5d4c3a2f10000",
        Region = "us-east-1",
        CidrBlock = "10.20.0.0/16",
        Subnets =
        [
            new SubnetSeed("subnet-0b7e5d4c3a2f10001", "us-east-1a", "10.20.0.0/20"),
            new SubnetSeed("subnet-0b7e5d4c3a2f10002", "us-east-1a", "10.20.16.0/20"),
        ],
        SecurityGroups = [new SecurityGroupSeed("sg-0b7e5d4c3a2f10000", "other")],
    };

    private static Task<LocalEnvironment> StartAsync(LifecycleTransition? creation = null, params FaultRule[] faults) =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            Start = Start,
            FileSystemCreation = creation ?? LifecycleTransition.AfterSeconds(45),
            Faults = new FaultSettings { Rules = faults },
            Fleet = new FleetSeed { Vpcs = [OtherVpc] },
        });

    private static JsonNode ReplicatedSampleRequest(JsonObject replication)
    {
        var request = SampleRequest();
        request["replication"] = replication;
        return request;
    }

    private static int EfsRequestCount(LocalEnvironment environment) =>
        environment.Simulator.RequestLog.Snapshot().Count(request => request.Service == "efs");

    /// <summary>Nothing the execution created is left: no file system (so no mount targets) in the home Region and no replication configuration.</summary>
    private static void AssertNothingLeftInHomeRegion(LocalEnvironment environment)
    {
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
        Assert.Empty(environment.Simulator.Efs.PeekReplicationConfigurations());
    }

    /// <summary>Another file system's mount target takes the address the sample asks for, so EFS refuses that one mount target (IpAddressInUse) after the network validation passed.</summary>
    private static async Task<string> OccupySampleIpAddressAsync(LocalEnvironment environment)
    {
        var occupier = SimulatedFileSystems.Create(environment, SimulatedFileSystems.Home, "occupier", ownedByStorageOps: false);
        await SimulatedFileSystems.LetTimePassAsync(environment, TimeSpan.FromSeconds(45));
        environment.Simulator.Efs.CreateMountTarget(SimulatedFileSystems.Home, new CreateMountTargetRequest
        {
            FileSystemId = occupier.FileSystemId,
            SubnetId = "subnet-a5fd401eecacc00df",
            IpAddress = "172.31.0.10",
        });
        return occupier.FileSystemId;
    }

    private static IReadOnlyList<FileSystemDescription> FileSystemsBesides(LocalEnvironment environment, string occupierId) =>
        [.. environment.Simulator.Efs.PeekFileSystems().Where(fileSystem => fileSystem.FileSystemId != occupierId)];

    private static IReadOnlyList<MountTargetDescription> MountTargetsOf(LocalEnvironment environment, string fileSystemId) =>
        environment.Simulator.Efs.DescribeMountTargets(environment.Simulator.Efs.DefaultScope, new DescribeMountTargetsRequest { FileSystemId = fileSystemId }).MountTargets;

    [Fact]
    public async Task Run_WhenSampleRequestIsProvisioned_ShouldCreateTheFileSystemAndOneAvailableMountTargetPerZone()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal("available", fileSystem.LifeCycleState);
        Assert.Equal("req-2026-11-22-analytics-shared", fileSystem.CreationToken);
        Assert.Equal(("generalPurpose", "elastic", true), (fileSystem.PerformanceMode, fileSystem.ThroughputMode, fileSystem.Encrypted));
        Assert.Equal("analytics-shared", fileSystem.Name);
        Assert.Contains(new EfsTag("storageops:managed-by", "storageops"), fileSystem.Tags);
        Assert.Contains(new EfsTag("storageops:request-id", "req-2026-11-22-analytics-shared"), fileSystem.Tags);
        Assert.Contains(new EfsTag("cost-center", "cc-4410"), fileSystem.Tags);
        var destination = Assert.Single(Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations()).Destinations);
        var mountTargets = MountTargetsOf(environment, fileSystem.FileSystemId);
        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c"], mountTargets.Select(mountTarget => mountTarget.AvailabilityZoneName).Order(StringComparer.Ordinal));
        Assert.All(mountTargets, mountTarget => Assert.Equal("available", mountTarget.LifeCycleState));
        Assert.Equal("172.31.0.10", mountTargets.Single(mountTarget => mountTarget.SubnetId == "subnet-a5fd401eecacc00df").IpAddress);
        var expectedMountTargets = new JsonArray([.. mountTargets
            .OrderBy(mountTarget => mountTarget.AvailabilityZoneName, StringComparer.Ordinal)
            .ThenBy(mountTarget => mountTarget.SubnetId, StringComparer.Ordinal)
            .Select(mountTarget => (JsonNode)new JsonObject
        {
            ["mountTargetId"] = mountTarget.MountTargetId,
            ["subnetId"] = mountTarget.SubnetId,
            ["availabilityZoneName"] = mountTarget.AvailabilityZoneName,
            ["ipAddress"] = mountTarget.IpAddress,
            ["networkInterfaceId"] = mountTarget.NetworkInterfaceId,
            ["lifeCycleState"] = "available",
        })]);
        Assert.Equal(
            new JsonObject
            {
                ["requestId"] = "req-2026-11-22-analytics-shared",
                ["fileSystemId"] = fileSystem.FileSystemId,
                ["fileSystemArn"] = fileSystem.FileSystemArn,
                ["lifeCycleState"] = "available",
                ["alreadyExisted"] = false,
                ["mountTargets"] = expectedMountTargets,
                ["mountDnsName"] = $"{fileSystem.FileSystemId}.efs.us-east-1.amazonaws.com",
                ["replication"] = new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId, ["status"] = "ENABLED" },
            }.ToJsonString(),
            result.Output!.ToJsonString());
    }

    [Fact]
    public async Task Run_WhenOneZoneProvisionedThroughputAndAKmsKeyAreRequested_ShouldCreateItSoWithItsMountTargetInThatZone()
    {
        await using var environment = await StartAsync();
        var request = JsonNode.Parse("""
            {
              "requestId": "req-2026-12-01-one-zone",
              "performanceMode": "generalPurpose",
              "throughputMode": "provisioned",
              "provisionedThroughputInMibps": 128,
              "encrypted": true,
              "kmsKeyId": "alias/aws/elasticfilesystem",
              "availabilityZoneName": "us-east-1a",
              "backup": false,
              "tags": { "Name": "scratch-a" },
              "mountTargets": [ { "subnetId": "subnet-a5fd401eecacc00df", "securityGroups": ["sg-e6f08bef70a035af8"] } ]
            }
            """)!;

        var result = await environment.RunAsync(Workflow, request);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(("provisioned", 128.0, "us-east-1a", "scratch-a"), (fileSystem.ThroughputMode, fileSystem.ProvisionedThroughputInMibps, fileSystem.AvailabilityZoneName, fileSystem.Name));
        Assert.True(fileSystem.Encrypted);
        Assert.NotNull(fileSystem.KmsKeyId);
        Assert.Equal("us-east-1a", (string?)Assert.Single(result.Output!["mountTargets"]!.AsArray())!["availabilityZoneName"]);
    }

    [Fact]
    public async Task Run_WhenTheFileSystemTakes45MountTargets60AndReplication120VirtualSeconds_ShouldPollEachOnceWhenItIsReady()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, SampleRequest());

        double[] Entered(string state) => [.. result.History
            .Where(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == state)
            .Select(entry => (entry.Timestamp - Start).TotalSeconds)];
        Assert.Equal([45], Entered("DescribeFileSystem"));
        Assert.Equal([105], Entered("DescribeMountTargets"));
        Assert.Equal([225], Entered("DescribeReplication"));
        Assert.Equal(Start.AddSeconds(225), result.StopDate);
        Assert.Equal("req-2026-11-22-analytics-shared", result.Name);
        Assert.Equal(HistoryEventType.ExecutionSucceeded, result.History[^1].Type);
    }

    [Fact]
    public async Task Run_WhenFileSystemTakesLongerThanExpected_ShouldBackOffByATenthOfItsAgeUntilItIsReady()
    {
        await using var environment = await StartAsync(LifecycleTransition.AfterSeconds(100));

        var result = await environment.RunAsync(Workflow, SampleRequest());

        var describes = result.History
            .Where(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeFileSystem")
            .Select(entry => (entry.Timestamp - Start).TotalSeconds)
            .ToList();
        Assert.Equal([45, 49, 53, 58, 63, 69, 75, 82, 90, 99, 108], describes);
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
    }

    [Fact]
    public async Task Run_WhenTheSameRequestArrivesTwice_ShouldCreateOneFileSystemAndOneSetOfMountTargets()
    {
        await using var environment = await StartAsync();

        var first = await environment.RunAsync(Workflow, SampleRequest());
        var second = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(ExecutionStatus.Succeeded, first.Status);
        Assert.Equal(ExecutionStatus.Succeeded, second.Status);
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(3, MountTargetsOf(environment, fileSystem.FileSystemId).Count);
        Assert.Equal(first.Output!["mountTargets"]!.ToJsonString(), second.Output!["mountTargets"]!.ToJsonString());
        Assert.False((bool)first.Output!["alreadyExisted"]!);
        Assert.True((bool)second.Output!["alreadyExisted"]!);
    }

    [Fact]
    public async Task Run_WhenTheSameRequestRunsThreeTimesConcurrently_ShouldCreateOneFileSystemAndOneSetOfMountTargets()
    {
        await using var environment = await StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => environment.RunAsync(Workflow, SampleRequest())));

        Assert.All(results, result => Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}"));
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        var mountTargets = MountTargetsOf(environment, fileSystem.FileSystemId);
        Assert.Equal(3, mountTargets.Count);
        Assert.All(results, result => Assert.Equal(fileSystem.FileSystemId, (string?)result.Output!["fileSystemId"]));
        Assert.All(results, result => Assert.Equal(
            mountTargets.Select(mountTarget => mountTarget.MountTargetId).Order(StringComparer.Ordinal),
            result.Output!["mountTargets"]!.AsArray().Select(mountTarget => (string)mountTarget!["mountTargetId"]!).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Run_WhenTheSameReplicatedRequestRunsThreeTimesConcurrently_ShouldCreateOneFileSystemAndOneReplication()
    {
        await using var environment = await StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => environment.RunAsync(Workflow, ReplicatedSampleRequest(new JsonObject { ["region"] = "us-west-2" }))));

        Assert.All(results, result => Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}"));
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(3, MountTargetsOf(environment, fileSystem.FileSystemId).Count);
        var destination = Assert.Single(Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations()).Destinations);
        Assert.Equal(destination.FileSystemId, Assert.Single(environment.Simulator.Efs.PeekFileSystems(West)).FileSystemId);
        Assert.All(results, result => Assert.Equal(destination.FileSystemId, (string?)result.Output!["replication"]!["fileSystemId"]));
    }

    [Fact]
    public async Task Run_WhenEfsRefusesOneMountTarget_ShouldRollBackTheFileSystemAndTheMountTargetsAlreadyMadeAndFailWithMountTargetRejected()
    {
        await using var environment = await StartAsync();
        var occupierId = await OccupySampleIpAddressAsync(environment);

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.MountTargetRejected", result.Error);
        Assert.Contains("IpAddressInUse", result.Cause, StringComparison.Ordinal);
        // How many mount targets the Map made before the refusal depends on the iterations' interleaving; the
        // rollback deletes each of them, then the file system.
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "RollBackMountTargets");
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeFileSystemRollback");
        var created = environment.Simulator.RequestLog.Snapshot().Count(request => request.Operation == "CreateMountTarget" && request.StatusCode == 200);
        Assert.Equal(created, environment.Simulator.RequestLog.Snapshot().Count(request => request.Operation == "DeleteMountTarget" && request.StatusCode == 204));
        Assert.Empty(FileSystemsBesides(environment, occupierId));
    }

    [Fact]
    public async Task Run_WhenEfsRefusesOneMountTargetAndRollbackOnFailureIsFalse_ShouldKeepWhatWasCreated()
    {
        await using var environment = await StartAsync();
        var occupierId = await OccupySampleIpAddressAsync(environment);
        var request = SampleRequest();
        request["rollbackOnFailure"] = false;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal("StorageOps.MountTargetRejected", result.Error);
        var fileSystem = Assert.Single(FileSystemsBesides(environment, occupierId));
        // The Map stops at the refused mount target: how many of the other two were made first depends on the
        // iterations' interleaving, but every one made is kept.
        var created = environment.Simulator.RequestLog.Snapshot().Count(request => request.Operation == "CreateMountTarget" && request.StatusCode == 200);
        Assert.Equal(created, MountTargetsOf(environment, fileSystem.FileSystemId).Count);
        Assert.DoesNotContain(environment.Simulator.RequestLog.Snapshot(), request => request.Operation is "DeleteMountTarget" or "DeleteFileSystem");
        Assert.DoesNotContain(result.History, entry => entry.StateName == "RollBackMountTargets");
    }

    [Fact]
    public async Task Run_WhenTheDeadlinePassesBeforeTheFileSystemIsAvailable_ShouldRollBackAndFailWithDeadlineExceeded()
    {
        await using var environment = await StartAsync(LifecycleTransition.AfterSeconds(3600));
        var request = SampleRequest();
        request["timeoutSeconds"] = 120;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.DeadlineExceeded", result.Error);
        Assert.Contains("was still creating at the request's deadline", result.Cause, StringComparison.Ordinal);
        var deadlineNoticed = result.History.First(entry => entry.Type == HistoryEventType.PassStateEntered && entry.StateName == "FileSystemDeadlineExceeded").Timestamp;
        Assert.InRange((deadlineNoticed - Start).TotalSeconds, 120, 150);
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Run_WhenTheDeadlinePassesAndRollbackOnFailureIsFalse_ShouldKeepTheFileSystem()
    {
        await using var environment = await StartAsync(LifecycleTransition.AfterSeconds(3600));
        var request = SampleRequest();
        request["timeoutSeconds"] = 120;
        request["rollbackOnFailure"] = false;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal("StorageOps.DeadlineExceeded", result.Error);
        Assert.Equal("creating", Assert.Single(environment.Simulator.Efs.PeekFileSystems()).LifeCycleState);
    }

    [Fact]
    public async Task Run_WhenTheFileSystemSettlesInError_ShouldRollItBackAndFailWithFileSystemFailed()
    {
        await using var environment = await StartAsync(faults: new FaultRule { Service = "efs", Resource = "req-2026-11-22-analytics-shared", ForcedState = "error" });

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.FileSystemFailed", result.Error);
        Assert.Contains("entered lifecycle state error", result.Cause, StringComparison.Ordinal);
        Assert.DoesNotContain(result.History, entry => entry.StateName == "CreateMountTargets");
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Run_WhenAMountTargetSettlesInErrorMidWay_ShouldRollBackEveryMountTargetAndTheFileSystemAndFailWithMountTargetFailed()
    {
        await using var environment = await StartAsync(faults: new FaultRule { Service = "efs", Resource = "subnet-e85af440aafc3a2e0", ForcedState = "error" });

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.MountTargetFailed", result.Error);
        Assert.Contains("\"subnetId\":\"subnet-e85af440aafc3a2e0\"", result.Cause, StringComparison.Ordinal);
        Assert.Contains("\"lifeCycleState\":\"error\"", result.Cause, StringComparison.Ordinal);
        Assert.Equal(3, result.Cause!.Split("\"mountTargetId\"").Length - 1);
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeMountTargetRollback");
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Run_WhenTheRollbackItselfFails_ShouldReportBothTheOriginalAndTheRollbackErrorAsRollbackFailed()
    {
        await using var environment = await StartAsync(faults: new FaultRule { Service = "efs", Operation = "DeleteFileSystem", ServerErrorRate = 1 });
        var occupierId = await OccupySampleIpAddressAsync(environment);

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.RollbackFailed", result.Error);
        Assert.StartsWith("Provisioning failed with StorageOps.MountTargetRejected: ", result.Cause, StringComparison.Ordinal);
        Assert.Contains("Rolling back then failed with StorageOps.AwsServiceError: ", result.Cause, StringComparison.Ordinal);
        Assert.Contains("Resources of request req-2026-11-22-analytics-shared may remain", result.Cause, StringComparison.Ordinal);
        var fileSystem = Assert.Single(FileSystemsBesides(environment, occupierId));
        Assert.Equal(0, fileSystem.NumberOfMountTargets);
    }

    [Fact]
    public async Task Run_WhenTheRequestIsInvalid_ShouldFailWithValidationErrorAndCreateNothing()
    {
        await using var environment = await StartAsync();
        var request = SampleRequest();
        request["throughputMode"] = "turbo";

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ValidationError", result.Error);
        Assert.Contains("throughputMode: 'turbo' must be one of bursting, provisioned, elastic", result.Cause, StringComparison.Ordinal);
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(Start, result.StopDate);
    }

    [Fact]
    public async Task Run_WhenReplicationToANewDestinationInAnotherRegionIsRequested_ShouldPollUntilEnabledAndReturnTheDestination()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, ReplicatedSampleRequest(new JsonObject { ["region"] = "us-west-2" }));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        var replication = Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations());
        var destination = Assert.Single(replication.Destinations);
        Assert.Equal((fileSystem.FileSystemId, "ENABLED", "us-west-2"), (replication.SourceFileSystemId, destination.Status, destination.Region));
        Assert.Equal(destination.FileSystemId, Assert.Single(environment.Simulator.Efs.PeekFileSystems(West)).FileSystemId);
        Assert.Equal(
            new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId, ["status"] = "ENABLED" }.ToJsonString(),
            result.Output!["replication"]!.ToJsonString());
        Assert.Equal(3, result.Output["mountTargets"]!.AsArray().Count);
        var createReplication = result.History.First(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "CreateReplication").Timestamp;
        var mountTargetsReady = result.History.Last(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeMountTargets").Timestamp;
        Assert.True(createReplication >= mountTargetsReady);
        // Enabled 120 s after it was created; noticed within a tenth of that, never before.
        Assert.InRange((result.StopDate - createReplication).TotalSeconds, 120, 132);
    }

    [Fact]
    public async Task Run_WhenTheReplicationGoesIntoError_ShouldRollBackWhatItCreatedAndFailWithReplicationFailedAndTheStatusMessage()
    {
        await using var environment = await StartAsync(faults: new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = "ERROR" });

        var result = await environment.RunAsync(Workflow, ReplicatedSampleRequest(new JsonObject { ["region"] = "us-west-2" }));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ReplicationFailed", result.Error);
        Assert.Contains("in us-west-2 is in ERROR: Replication to the destination file system has failed", result.Cause, StringComparison.Ordinal);
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "RollBackReplication");
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeMountTargetRollback");
        AssertNothingLeftInHomeRegion(environment);
    }

    [Fact]
    public async Task Run_WhenTheReplicationStaysPausedPastTheDeadline_ShouldRollBackWhatItCreatedAndFailWithDeadlineExceeded()
    {
        await using var environment = await StartAsync(faults: new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = "PAUSED" });
        var request = ReplicatedSampleRequest(new JsonObject { ["region"] = "us-west-2" });
        request["timeoutSeconds"] = 600;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.DeadlineExceeded", result.Error);
        Assert.Contains("was still PAUSED at the request's deadline", result.Cause, StringComparison.Ordinal);
        Assert.Contains("Region is disabled for this account", result.Cause, StringComparison.Ordinal);
        var createReplication = result.History.First(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "CreateReplication").Timestamp;
        var deadlineNoticed = result.History.First(entry => entry.Type == HistoryEventType.PassStateEntered && entry.StateName == "ReplicationDeadlineExceeded").Timestamp;
        Assert.InRange((deadlineNoticed - createReplication).TotalSeconds, 600, 660);
        AssertNothingLeftInHomeRegion(environment);
    }

    [Fact]
    public async Task Run_WhenTheExistingDestinationIsNotOursWithProtectionEnabled_ShouldRollBackAndFailWithOverwriteProtectionEnabled()
    {
        await using var environment = await StartAsync();
        var destination = SimulatedFileSystems.Create(environment, West, "someone-elses", ownedByStorageOps: false);

        var result = await environment.RunAsync(
            Workflow,
            ReplicatedSampleRequest(new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId }));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.OverwriteProtectionEnabled", result.Error);
        Assert.Contains($"--file-system-id {destination.FileSystemId} --replication-overwrite-protection DISABLED", result.Cause, StringComparison.Ordinal);
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeFileSystemRollback");
        AssertNothingLeftInHomeRegion(environment);
        Assert.Equal("ENABLED", SimulatedFileSystems.Find(environment, West, destination.FileSystemId).ReplicationOverwriteProtection);
    }

    [Fact]
    public async Task Run_WhenASubnetDoesNotExist_ShouldFailWithInvalidNetworkBeforeAnyEfsRequest()
    {
        await using var environment = await StartAsync();
        var request = SampleRequest();
        request["mountTargets"]!.AsArray()[2]!["subnetId"] = "subnet-0000000000000dead";

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.InvalidNetwork", result.Error);
        Assert.Contains("subnet subnet-0000000000000dead does not exist", result.Cause, StringComparison.Ordinal);
        Assert.Equal(0, EfsRequestCount(environment));
        Assert.DoesNotContain(result.History, entry => entry.StateName == "CreateFileSystem");
    }

    [Fact]
    public async Task Run_WhenTwoSubnetsAreInOneAvailabilityZone_ShouldFailWithInvalidNetworkBeforeAnyEfsRequest()
    {
        await using var environment = await StartAsync();
        var request = SampleRequest();
        request["mountTargets"] = new JsonArray(
            new JsonObject { ["subnetId"] = OtherVpc.Subnets[0].SubnetId, ["securityGroups"] = new JsonArray(OtherVpc.SecurityGroups[0].GroupId) },
            new JsonObject { ["subnetId"] = OtherVpc.Subnets[1].SubnetId, ["securityGroups"] = new JsonArray(OtherVpc.SecurityGroups[0].GroupId) });

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal("StorageOps.InvalidNetwork", result.Error);
        Assert.Contains("us-east-1a", result.Cause, StringComparison.Ordinal);
        Assert.Contains(OtherVpc.Subnets[1].SubnetId, result.Cause, StringComparison.Ordinal);
        Assert.Equal(0, EfsRequestCount(environment));
    }

    [Fact]
    public async Task Run_WhenASubnetIsInAnotherVpc_ShouldFailWithInvalidNetworkBeforeAnyEfsRequest()
    {
        await using var environment = await StartAsync();
        var request = SampleRequest();
        request["mountTargets"]!.AsArray()[2]!["subnetId"] = OtherVpc.Subnets[0].SubnetId;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal("StorageOps.InvalidNetwork", result.Error);
        Assert.Contains(OtherVpc.VpcId, result.Cause, StringComparison.Ordinal);
        Assert.Equal(0, EfsRequestCount(environment));
    }
}
