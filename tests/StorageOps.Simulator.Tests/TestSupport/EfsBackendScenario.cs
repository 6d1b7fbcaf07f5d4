using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>An <see cref="EfsBackend"/> on a manual clock with known transitions, and shortcuts to reach a state quickly.</summary>
internal sealed class EfsBackendScenario
{
    public const string AccountId = "111122223333";
    public const string Region = "eu-west-1";

    public static readonly TimeSpan FileSystemCreationDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DeletionDelay = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MountTargetCreationDelay = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan ReplicationEnablingDelay = TimeSpan.FromSeconds(120);

    public EfsBackendScenario(Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            TimeProvider = Clock,
            AccountId = AccountId,
            DefaultRegion = Region,
            FileSystemCreation = LifecycleTransition.AfterSeconds(FileSystemCreationDelay.TotalSeconds),
            FileSystemDeletion = LifecycleTransition.AfterSeconds(DeletionDelay.TotalSeconds),
            MountTargetCreation = LifecycleTransition.AfterSeconds(MountTargetCreationDelay.TotalSeconds),
            MountTargetDeletion = LifecycleTransition.AfterSeconds(DeletionDelay.TotalSeconds),
            ReplicationEnabling = LifecycleTransition.AfterSeconds(ReplicationEnablingDelay.TotalSeconds),
            ReplicationDeletion = LifecycleTransition.AfterSeconds(DeletionDelay.TotalSeconds),
        };
        Backend = new EfsBackend(configure is null ? options : configure(options));
    }

    public ManualTimeProvider Clock { get; } = new();

    public EfsBackend Backend { get; }

    public AccountRegion Scope => new(AccountId, Region);

    public VpcSeed DefaultVpc => Backend.Network.VpcsIn(Scope).Single(vpc => vpc.IsDefault);

    public string SubnetIn(string zoneSuffix, AccountRegion? scope = null) =>
        Backend.Network.VpcsIn(scope ?? Scope).Single(vpc => vpc.IsDefault).Subnets.Single(subnet => subnet.AvailabilityZone.EndsWith(zoneSuffix, StringComparison.Ordinal)).SubnetId;

    public string DefaultSecurityGroup => DefaultVpc.SecurityGroups.Single().GroupId;

    public FileSystemDescription CreateFileSystem(string token, AccountRegion? scope = null, bool encrypted = false) =>
        Backend.CreateFileSystem(scope ?? Scope, new CreateFileSystemRequest { CreationToken = token, Encrypted = encrypted });

    /// <summary>A file system that has finished creating.</summary>
    public FileSystemDescription CreateAvailableFileSystem(string token, AccountRegion? scope = null, bool encrypted = false)
    {
        var created = CreateFileSystem(token, scope, encrypted);
        Clock.Advance(FileSystemCreationDelay);
        return created;
    }

    public MountTargetDescription CreateMountTarget(string fileSystemId, string zoneSuffix, string? ipAddress = null, IReadOnlyList<string>? securityGroups = null) =>
        Backend.CreateMountTarget(Scope, new CreateMountTargetRequest
        {
            FileSystemId = fileSystemId,
            SubnetId = SubnetIn(zoneSuffix),
            IpAddress = ipAddress,
            SecurityGroups = securityGroups,
        });

    public FileSystemDescription Describe(string fileSystemId, AccountRegion? scope = null) =>
        Backend.DescribeFileSystems(scope ?? Scope, new DescribeFileSystemsRequest { FileSystemId = fileSystemId }).FileSystems.Single();

    public ReplicationConfigurationDescription Replicate(string sourceId, string destinationRegion) =>
        Backend.CreateReplicationConfiguration(Scope, new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = sourceId,
            Destinations = [new ReplicationDestinationRequest { Region = destinationRegion }],
        });

    public static EfsException AssertEfsError(string expectedCode, Action action)
    {
        var error = Assert.Throws<EfsException>(action);
        Assert.Equal(expectedCode, error.ErrorCode);
        return error;
    }
}
