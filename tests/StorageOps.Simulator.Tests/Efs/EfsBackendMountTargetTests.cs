using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;
using static StorageOps.Simulator.Tests.TestSupport.EfsBackendScenario;

namespace StorageOps.Simulator.Tests.Efs;

public sealed class EfsBackendMountTargetTests
{
    private readonly EfsBackendScenario scenario = new();

    private EfsBackend Backend => scenario.Backend;

    [Fact]
    public void CreateMountTarget_WhenFileSystemAvailable_ShouldDescribeACreatingMountTargetInTheSubnet()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("mounted");

        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "b");

        Assert.Matches("^fsmt-[0-9a-f]{17}$", mountTarget.MountTargetId);
        Assert.Matches("^eni-[0-9a-f]{17}$", mountTarget.NetworkInterfaceId);
        Assert.Equal(AccountId, mountTarget.OwnerId);
        Assert.Equal(fileSystem.FileSystemId, mountTarget.FileSystemId);
        Assert.Equal(scenario.SubnetIn("b"), mountTarget.SubnetId);
        Assert.Equal(scenario.DefaultVpc.VpcId, mountTarget.VpcId);
        Assert.Equal("eu-west-1b", mountTarget.AvailabilityZoneName);
        Assert.Equal("euw1-az2", mountTarget.AvailabilityZoneId);
        Assert.Equal("172.31.16.4", mountTarget.IpAddress);
        Assert.Equal("creating", mountTarget.LifeCycleState);
        Assert.Equal(1, scenario.Describe(fileSystem.FileSystemId).NumberOfMountTargets);
    }

    [Fact]
    public void CreateMountTarget_WhenTransitionElapses_ShouldBecomeAvailable()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("settling");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");
        scenario.Clock.Advance(MountTargetCreationDelay - TimeSpan.FromSeconds(1));
        Assert.Equal("creating", DescribeOne(mountTarget.MountTargetId).LifeCycleState);

        scenario.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("available", DescribeOne(mountTarget.MountTargetId).LifeCycleState);
    }

    [Fact]
    public void CreateMountTarget_WhenTransitionCountsDescribes_ShouldBecomeAvailableOnThatDescribe()
    {
        var describes = new EfsBackendScenario(options => options with { MountTargetCreation = LifecycleTransition.AfterDescribes(3) });
        var fileSystem = describes.CreateAvailableFileSystem("counted");
        var mountTarget = describes.CreateMountTarget(fileSystem.FileSystemId, "a");
        var request = new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId };

        var states = Enumerable.Range(0, 3).Select(_ => describes.Backend.DescribeMountTargets(describes.Scope, request).MountTargets.Single().LifeCycleState).ToList();

        Assert.Equal(["creating", "creating", "available"], states);
        Assert.Equal(mountTarget.MountTargetId, describes.Backend.DescribeMountTargets(describes.Scope, request).MountTargets.Single().MountTargetId);
    }

    [Fact]
    public void CreateMountTarget_WhenThreeZones_ShouldCreateOnePerZone()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("everywhere");

        var zones = new[] { "a", "b", "c" }.Select(zone => scenario.CreateMountTarget(fileSystem.FileSystemId, zone).AvailabilityZoneName);

        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], zones);
        Assert.Equal(3, scenario.Describe(fileSystem.FileSystemId).NumberOfMountTargets);
    }

    [Fact]
    public void CreateMountTarget_WhenZoneAlreadyHasOne_ShouldFailWithMountTargetConflict()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("twice");
        scenario.CreateMountTarget(fileSystem.FileSystemId, "a");

        var error = AssertEfsError("MountTargetConflict", () => scenario.CreateMountTarget(fileSystem.FileSystemId, "a"));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void CreateMountTarget_WhenAnotherFileSystemUsesTheZone_ShouldSucceed()
    {
        var first = scenario.CreateAvailableFileSystem("first");
        var second = scenario.CreateAvailableFileSystem("second");
        scenario.CreateMountTarget(first.FileSystemId, "a");

        var mountTarget = scenario.CreateMountTarget(second.FileSystemId, "a");

        Assert.Equal("172.31.0.5", mountTarget.IpAddress);
    }

    [Fact]
    public void CreateMountTarget_WhenSubnetInAnotherVpc_ShouldFailWithMountTargetConflict()
    {
        var seeded = new EfsBackendScenario(options => options with { Fleet = new FleetSeed { Vpcs = [SmallVpc()] } });
        var fileSystem = seeded.CreateAvailableFileSystem("split");
        seeded.CreateMountTarget(fileSystem.FileSystemId, "a");

        AssertEfsError("MountTargetConflict", () => seeded.Backend.CreateMountTarget(seeded.Scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = "subnet-small-b" }));
    }

    [Fact]
    public void CreateMountTarget_WhenFileSystemStillCreating_ShouldFailWithIncorrectFileSystemLifeCycleState()
    {
        var fileSystem = scenario.CreateFileSystem("young");

        var error = AssertEfsError("IncorrectFileSystemLifeCycleState", () => scenario.CreateMountTarget(fileSystem.FileSystemId, "a"));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void CreateMountTarget_WhenFileSystemUnknown_ShouldFailWithFileSystemNotFound() =>
        AssertEfsError("FileSystemNotFound", () => scenario.CreateMountTarget("fs-0123456789abcdef0", "a"));

    [Fact]
    public void CreateMountTarget_WhenSubnetUnknown_ShouldFailWithSubnetNotFound()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("nowhere");

        var error = AssertEfsError("SubnetNotFound", () =>
            Backend.CreateMountTarget(scenario.Scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = "subnet-0123456789abcdef0" }));

        Assert.Equal(400, error.HttpStatusCode);
    }

    [Fact]
    public void CreateMountTarget_WhenSubnetBelongsToAnotherRegion_ShouldFailWithSubnetNotFound()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("elsewhere");
        var otherRegionSubnet = scenario.SubnetIn("a", scenario.Scope with { Region = "us-east-1" });

        AssertEfsError("SubnetNotFound", () =>
            Backend.CreateMountTarget(scenario.Scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = otherRegionSubnet }));
    }

    [Fact]
    public void CreateMountTarget_WhenOneZoneFileSystemAndOtherZone_ShouldFailWithAvailabilityZonesMismatch()
    {
        var oneZone = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest { CreationToken = "one-zone", AvailabilityZoneName = "eu-west-1a" });
        scenario.Clock.Advance(FileSystemCreationDelay);

        AssertEfsError("AvailabilityZonesMismatch", () => scenario.CreateMountTarget(oneZone.FileSystemId, "b"));
    }

    [Fact]
    public void CreateMountTarget_WhenIpAddressGiven_ShouldUseIt()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("fixed");

        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "c", ipAddress: "172.31.40.17");

        Assert.Equal("172.31.40.17", mountTarget.IpAddress);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("172.31.32.0")]
    [InlineData("172.31.32.3")]
    [InlineData("172.31.47.255")]
    [InlineData("not-an-ip")]
    public void CreateMountTarget_WhenIpAddressNotUsableInSubnet_ShouldFailWithBadRequest(string ipAddress)
    {
        var fileSystem = scenario.CreateAvailableFileSystem("outside");

        AssertEfsError("BadRequest", () => scenario.CreateMountTarget(fileSystem.FileSystemId, "c", ipAddress: ipAddress));
    }

    [Fact]
    public void CreateMountTarget_WhenIpAddressTaken_ShouldFailWithIpAddressInUse()
    {
        var first = scenario.CreateAvailableFileSystem("first");
        var second = scenario.CreateAvailableFileSystem("second");
        scenario.CreateMountTarget(first.FileSystemId, "a", ipAddress: "172.31.0.100");

        var error = AssertEfsError("IpAddressInUse", () => scenario.CreateMountTarget(second.FileSystemId, "a", ipAddress: "172.31.0.100"));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void CreateMountTarget_WhenSubnetFull_ShouldFailWithNoFreeAddressesInSubnet()
    {
        var seeded = new EfsBackendScenario(options => options with { Fleet = new FleetSeed { Vpcs = [SmallVpc()], DefaultVpcInEveryRegion = false } });
        for (var index = 0; index < 11; index++)
        {
            var fileSystem = seeded.CreateAvailableFileSystem($"fill-{index}");
            seeded.Backend.CreateMountTarget(seeded.Scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = "subnet-small-a" });
        }

        var overflow = seeded.CreateAvailableFileSystem("overflow");

        var error = AssertEfsError("NoFreeAddressesInSubnet", () =>
            seeded.Backend.CreateMountTarget(seeded.Scope, new CreateMountTargetRequest { FileSystemId = overflow.FileSystemId, SubnetId = "subnet-small-a" }));
        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void CreateMountTarget_WhenNoSecurityGroupsGiven_ShouldUseTheVpcDefaultGroup()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("default-sg");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");

        Assert.Equal([scenario.DefaultSecurityGroup], Backend.DescribeMountTargetSecurityGroups(scenario.Scope, mountTarget.MountTargetId));
    }

    [Fact]
    public void CreateMountTarget_WhenSixSecurityGroups_ShouldFailWithSecurityGroupLimitExceeded()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("crowded");
        var groups = Enumerable.Range(0, 6).Select(index => $"sg-{index:D17}").ToList();

        var error = AssertEfsError("SecurityGroupLimitExceeded", () => scenario.CreateMountTarget(fileSystem.FileSystemId, "a", securityGroups: groups));

        Assert.Equal(400, error.HttpStatusCode);
    }

    [Fact]
    public void CreateMountTarget_WhenSecurityGroupNotInVpc_ShouldFailWithSecurityGroupNotFound()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("stranger");

        AssertEfsError("SecurityGroupNotFound", () => scenario.CreateMountTarget(fileSystem.FileSystemId, "a", securityGroups: ["sg-0123456789abcdef0"]));
    }

    [Fact]
    public void CreateMountTarget_WhenIpv6Requested_ShouldFailWithBadRequest()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("v6");

        AssertEfsError("BadRequest", () => Backend.CreateMountTarget(scenario.Scope, new CreateMountTargetRequest
        {
            FileSystemId = fileSystem.FileSystemId,
            SubnetId = scenario.SubnetIn("a"),
            IpAddressType = "IPV6_ONLY",
        }));
    }

    [Fact]
    public void DescribeMountTargets_WhenPaged_ShouldVisitEveryMountTargetOnce()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("paged");
        var created = new[] { "a", "b", "c" }.Select(zone => scenario.CreateMountTarget(fileSystem.FileSystemId, zone).MountTargetId).ToList();

        var first = Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId, MaxItems = 2 });
        var second = Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId, MaxItems = 2, Marker = first.NextMarker });

        Assert.Equal(created, first.MountTargets.Concat(second.MountTargets).Select(mountTarget => mountTarget.MountTargetId));
        Assert.NotNull(first.NextMarker);
        Assert.Null(first.Marker);
        Assert.Equal(first.NextMarker, second.Marker);
        Assert.Null(second.NextMarker);
    }

    [Fact]
    public void DescribeMountTargets_WhenMarkerInvalid_ShouldFailWithBadRequest()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("bad-marker");

        AssertEfsError("BadRequest", () => Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId, Marker = "garbage" }));
    }

    [Fact]
    public void DescribeMountTargets_WhenFileSystemHasNone_ShouldBeEmpty()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("bare");

        Assert.Empty(Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId }).MountTargets);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("fs-0123456789abcdef0", "fsmt-0123456789abcdef0", null)]
    public void DescribeMountTargets_WhenNotExactlyOneId_ShouldFailWithBadRequest(string? fileSystemId, string? mountTargetId, string? accessPointId) =>
        AssertEfsError("BadRequest", () => Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest
        {
            FileSystemId = fileSystemId,
            MountTargetId = mountTargetId,
            AccessPointId = accessPointId,
        }));

    [Fact]
    public void DescribeMountTargets_WhenIdsUnknown_ShouldFailWithTheMatchingNotFound()
    {
        AssertEfsError("FileSystemNotFound", () => Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { FileSystemId = "fs-0123456789abcdef0" }));
        AssertEfsError("MountTargetNotFound", () => Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { MountTargetId = "fsmt-0123456789abcdef0" }));
        AssertEfsError("AccessPointNotFound", () => Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { AccessPointId = "fsap-0123456789abcdef0" }));
    }

    [Fact]
    public void DeleteMountTarget_WhenDeleted_ShouldBeDeletingThenGone()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("unmount");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");

        Backend.DeleteMountTarget(scenario.Scope, mountTarget.MountTargetId);

        Assert.Equal("deleting", DescribeOne(mountTarget.MountTargetId).LifeCycleState);
        scenario.Clock.Advance(DeletionDelay);
        AssertEfsError("MountTargetNotFound", () => DescribeOne(mountTarget.MountTargetId));
        Assert.Equal(0, scenario.Describe(fileSystem.FileSystemId).NumberOfMountTargets);
    }

    [Fact]
    public void DeleteMountTarget_WhenGone_ShouldFreeTheZoneAndAddress()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("remount");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a", ipAddress: "172.31.0.50");
        Backend.DeleteMountTarget(scenario.Scope, mountTarget.MountTargetId);
        scenario.Clock.Advance(DeletionDelay);

        var again = scenario.CreateMountTarget(fileSystem.FileSystemId, "a", ipAddress: "172.31.0.50");

        Assert.NotEqual(mountTarget.MountTargetId, again.MountTargetId);
    }

    [Fact]
    public void DeleteMountTarget_WhenUnknown_ShouldFailWithMountTargetNotFound() =>
        AssertEfsError("MountTargetNotFound", () => Backend.DeleteMountTarget(scenario.Scope, "fsmt-0123456789abcdef0"));

    [Fact]
    public void ModifyMountTargetSecurityGroups_WhenAvailable_ShouldReplaceTheGroups()
    {
        var seeded = new EfsBackendScenario(options => options with { Fleet = new FleetSeed { Vpcs = [SmallVpc()], DefaultVpcInEveryRegion = false } });
        var fileSystem = seeded.CreateAvailableFileSystem("regroup");
        var mountTarget = seeded.Backend.CreateMountTarget(seeded.Scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = "subnet-small-a" });
        seeded.Clock.Advance(MountTargetCreationDelay);

        seeded.Backend.ModifyMountTargetSecurityGroups(seeded.Scope, mountTarget.MountTargetId, ["sg-app", "sg-nfs"]);

        Assert.Equal(["sg-app", "sg-nfs"], seeded.Backend.DescribeMountTargetSecurityGroups(seeded.Scope, mountTarget.MountTargetId));
    }

    [Fact]
    public void ModifyMountTargetSecurityGroups_WhenStillCreating_ShouldFailWithIncorrectMountTargetState()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("early");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");

        var error = AssertEfsError("IncorrectMountTargetState", () =>
            Backend.ModifyMountTargetSecurityGroups(scenario.Scope, mountTarget.MountTargetId, [scenario.DefaultSecurityGroup]));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void ModifyMountTargetSecurityGroups_WhenGroupsInvalid_ShouldFailLikeCreate()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("invalid-groups");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");
        scenario.Clock.Advance(MountTargetCreationDelay);

        AssertEfsError("SecurityGroupNotFound", () => Backend.ModifyMountTargetSecurityGroups(scenario.Scope, mountTarget.MountTargetId, ["sg-0123456789abcdef0"]));
        AssertEfsError("SecurityGroupLimitExceeded", () =>
            Backend.ModifyMountTargetSecurityGroups(scenario.Scope, mountTarget.MountTargetId, [.. Enumerable.Range(0, 6).Select(index => $"sg-{index}")]));
    }

    [Fact]
    public void DescribeMountTargetSecurityGroups_WhenDeleting_ShouldFailWithIncorrectMountTargetState()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("leaving");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");
        Backend.DeleteMountTarget(scenario.Scope, mountTarget.MountTargetId);

        AssertEfsError("IncorrectMountTargetState", () => Backend.DescribeMountTargetSecurityGroups(scenario.Scope, mountTarget.MountTargetId));
    }

    [Fact]
    public void DescribeMountTargetSecurityGroups_WhenUnknown_ShouldFailWithMountTargetNotFound() =>
        AssertEfsError("MountTargetNotFound", () => Backend.DescribeMountTargetSecurityGroups(scenario.Scope, "fsmt-0123456789abcdef0"));

    private static VpcSeed SmallVpc() => new()
    {
        VpcId = "vpc-small",
        Region = Region,
        CidrBlock = "10.0.0.0/16",
        Subnets =
        [
            new SubnetSeed("subnet-small-a", "eu-west-1a", "10.0.1.0/28"),
            new SubnetSeed("subnet-small-b", "eu-west-1b", "10.0.2.0/28"),
        ],
        SecurityGroups = [new SecurityGroupSeed("sg-app", "app"), new SecurityGroupSeed("sg-nfs", "nfs")],
    };

    private MountTargetDescription DescribeOne(string mountTargetId) =>
        Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { MountTargetId = mountTargetId }).MountTargets.Single();
}
