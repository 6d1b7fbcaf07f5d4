using System.Globalization;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

public sealed partial class EfsBackend
{
    public const int MaxSecurityGroupsPerMountTarget = 5;
    public const int DefaultMountTargetsPerPage = 10;

    private const string MountTargetListing = "mount-targets";

    /// <summary>
    /// Creates a mount target in a seeded subnet: one per Availability Zone per file system, all in one VPC,
    /// with at most five security groups of that VPC and an address inside the subnet that nothing else holds.
    /// </summary>
    public MountTargetDescription CreateMountTarget(AccountRegion scope, CreateMountTargetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.FileSystemId) || string.IsNullOrEmpty(request.SubnetId))
        {
            throw EfsException.BadRequest("FileSystemId and SubnetId are required.");
        }

        if (request.IpAddressType is { } addressType && addressType != "IPV4_ONLY")
        {
            throw EfsException.BadRequest($"IpAddressType '{addressType}' is not simulated; the simulator's subnets are IPv4 only.");
        }

        if (request.Ipv6Address is not null)
        {
            throw EfsException.BadRequest("Ipv6Address is not simulated; the simulator's subnets are IPv4 only.");
        }

        uint? requestedAddress = null;
        if (request.IpAddress is { } ipText)
        {
            requestedAddress = Ipv4Cidr.TryParseAddress(ipText, out var parsed) ? parsed : throw EfsException.BadRequest($"Invalid IpAddress '{ipText}'.");
        }

        lock (gate)
        {
            var state = Settle(scope);
            var fileSystem = RequireFileSystem(state, scope, request.FileSystemId);
            RequireAvailable(fileSystem);
            var subnet = Network.FindSubnet(scope, request.SubnetId)
                ?? throw new EfsException(EfsErrorCodes.SubnetNotFound, $"Subnet '{request.SubnetId}' does not exist in {scope.Region}.");
            var zone = subnet.Subnet.AvailabilityZone;
            if (fileSystem.AvailabilityZoneName is { } oneZone && oneZone != zone)
            {
                throw new EfsException(
                    EfsErrorCodes.AvailabilityZonesMismatch,
                    $"One Zone file system '{fileSystem.FileSystemId}' is in {oneZone}; subnet '{request.SubnetId}' is in {zone}.");
            }

            var siblings = state.MountTargetsOf(fileSystem).ToList();
            if (siblings.Find(sibling => sibling.AvailabilityZoneName == zone) is { } sameZone)
            {
                throw new EfsException(
                    EfsErrorCodes.MountTargetConflict,
                    $"File system '{fileSystem.FileSystemId}' already has mount target '{sameZone.MountTargetId}' in Availability Zone {zone}.");
            }

            if (siblings.Find(sibling => sibling.VpcId != subnet.Vpc.VpcId) is { } otherVpc)
            {
                throw new EfsException(
                    EfsErrorCodes.MountTargetConflict,
                    $"File system '{fileSystem.FileSystemId}' has mount targets in VPC '{otherVpc.VpcId}'; all must be in one VPC.");
            }

            var securityGroups = ResolveSecurityGroups(request.SecurityGroups, subnet.Vpc);
            var address = AssignAddress(state, subnet, requestedAddress);
            var now = timeProvider.GetUtcNow();
            var mountTargetId = NewId("fsmt", id => state.FindMountTarget(id) is not null);
            var mountTarget = new MountTarget
            {
                Sequence = state.NextMountTargetSequence,
                OwnerId = scope.AccountId,
                MountTargetId = mountTargetId,
                FileSystemId = fileSystem.FileSystemId,
                SubnetId = subnet.Subnet.SubnetId,
                VpcId = subnet.Vpc.VpcId,
                AvailabilityZoneName = zone,
                AvailabilityZoneId = AvailabilityZones.ZoneIdOf(zone, scope.Region),
                IpAddress = address,
                NetworkInterfaceId = NewId("eni", _ => false),
                SecurityGroups = securityGroups,
                Creation = new ResourceLifecycle(mountTargetCreation, now),
                ForcedState = ForcedLifeCycleState(mountTargetId, subnet.Subnet.SubnetId),
            };
            state.Add(mountTarget);
            fileSystem.NumberOfMountTargets++;
            return mountTarget.Describe();
        }
    }

    /// <summary>Describes the mount targets of a file system, or one mount target; each described counts as a describe.</summary>
    public DescribeMountTargetsResult DescribeMountTargets(AccountRegion scope, DescribeMountTargetsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = new[] { request.FileSystemId, request.MountTargetId, request.AccessPointId }.Count(id => id is not null);
        if (given != 1)
        {
            throw EfsException.BadRequest("Specify exactly one of FileSystemId, MountTargetId or AccessPointId.");
        }

        if (request.MaxItems is < 1)
        {
            throw EfsException.BadRequest("MaxItems must be greater than 0.");
        }

        if (request.AccessPointId is { } accessPointId)
        {
            throw new EfsException(EfsErrorCodes.AccessPointNotFound, $"Access point '{accessPointId}' does not exist.");
        }

        lock (gate)
        {
            var state = Settle(scope);
            var now = timeProvider.GetUtcNow();
            List<MountTarget> matches;
            if (request.MountTargetId is { } mountTargetId)
            {
                matches = [state.FindMountTarget(mountTargetId) ?? throw EfsException.MountTargetNotFound(mountTargetId)];
            }
            else
            {
                matches = [.. state.MountTargetsOf(RequireFileSystem(state, scope, request.FileSystemId!))];
            }

            var pageSize = Math.Min(request.MaxItems ?? DefaultMountTargetsPerPage, MaxItemsPerPage);
            var (page, next) = PageToken.Paginate(matches, MountTargetListing, request.Marker, pageSize, "Marker");
            var described = new List<MountTargetDescription>();
            foreach (var mountTarget in page)
            {
                mountTarget.Observe(now, isDescribe: true);
                if (mountTarget.IsGone)
                {
                    ForgetMountTarget(state, mountTarget);
                }
                else
                {
                    described.Add(mountTarget.Describe());
                }
            }

            if (described.Count == 0 && request.MountTargetId is { } goneId)
            {
                throw EfsException.MountTargetNotFound(goneId);
            }

            return new DescribeMountTargetsResult(described, request.Marker, next);
        }
    }

    /// <summary>Starts deleting a mount target: <c>deleting</c>, then gone per <see cref="SimulatorOptions.MountTargetDeletion"/>.</summary>
    public void DeleteMountTarget(AccountRegion scope, string mountTargetId)
    {
        ArgumentNullException.ThrowIfNull(mountTargetId);
        lock (gate)
        {
            var state = Settle(scope);
            var mountTarget = state.FindMountTarget(mountTargetId) ?? throw EfsException.MountTargetNotFound(mountTargetId);
            mountTarget.StartDeletion(mountTargetDeletion, timeProvider.GetUtcNow());
        }
    }

    public IReadOnlyList<string> DescribeMountTargetSecurityGroups(AccountRegion scope, string mountTargetId)
    {
        ArgumentNullException.ThrowIfNull(mountTargetId);
        lock (gate)
        {
            var mountTarget = RequireMountTargetIn(Settle(scope), mountTargetId, LifeCycleStates.Creating, LifeCycleStates.Available);
            return [.. mountTarget.SecurityGroups];
        }
    }

    /// <summary>Replaces the security groups of an <c>available</c> mount target.</summary>
    public void ModifyMountTargetSecurityGroups(AccountRegion scope, string mountTargetId, IReadOnlyList<string>? securityGroups)
    {
        ArgumentNullException.ThrowIfNull(mountTargetId);
        lock (gate)
        {
            var mountTarget = RequireMountTargetIn(Settle(scope), mountTargetId, LifeCycleStates.Available);
            var vpc = Network.VpcsIn(scope).FirstOrDefault(candidate => candidate.VpcId == mountTarget.VpcId)
                ?? throw new InvalidOperationException($"VPC {mountTarget.VpcId} of mount target {mountTargetId} is no longer seeded.");
            mountTarget.SecurityGroups = ResolveSecurityGroups(securityGroups ?? [], vpc);
        }
    }

    private static MountTarget RequireMountTargetIn(EfsRegionState state, string mountTargetId, params string[] allowedStates)
    {
        var mountTarget = state.FindMountTarget(mountTargetId) ?? throw EfsException.MountTargetNotFound(mountTargetId);
        if (!allowedStates.Contains(mountTarget.LifeCycleState))
        {
            throw new EfsException(
                EfsErrorCodes.IncorrectMountTargetState,
                $"Mount target '{mountTargetId}' is in life cycle state '{mountTarget.LifeCycleState}'; it must be {string.Join(" or ", allowedStates)}.");
        }

        return mountTarget;
    }

    /// <summary>The requested security groups, or the VPC's default group when none are given.</summary>
    private static List<string> ResolveSecurityGroups(IReadOnlyList<string>? requested, VpcSeed vpc)
    {
        if (requested is null || requested.Count == 0)
        {
            var defaultGroup = vpc.SecurityGroups.FirstOrDefault(group => group.GroupName == DefaultVpc.DefaultSecurityGroupName)
                ?? vpc.SecurityGroups.FirstOrDefault();
            return defaultGroup is null ? [] : [defaultGroup.GroupId];
        }

        var distinct = requested.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxSecurityGroupsPerMountTarget)
        {
            throw new EfsException(
                EfsErrorCodes.SecurityGroupLimitExceeded,
                string.Create(CultureInfo.InvariantCulture, $"A mount target can have at most {MaxSecurityGroupsPerMountTarget} security groups; the request has {distinct.Count}."));
        }

        if (distinct.Find(groupId => vpc.SecurityGroups.All(group => group.GroupId != groupId)) is { } missing)
        {
            throw new EfsException(EfsErrorCodes.SecurityGroupNotFound, $"Security group '{missing}' does not exist in VPC '{vpc.VpcId}'.");
        }

        return distinct;
    }

    private static uint AssignAddress(EfsRegionState state, SeededSubnet subnet, uint? requested)
    {
        var taken = state.MountTargets
            .Where(mountTarget => mountTarget.SubnetId == subnet.Subnet.SubnetId)
            .Select(mountTarget => mountTarget.IpAddress)
            .ToHashSet();
        if (requested is { } address)
        {
            var text = Ipv4Cidr.FormatAddress(address);
            if (!subnet.Range.IsAssignable(address))
            {
                throw EfsException.BadRequest($"IpAddress {text} is not a usable address of subnet '{subnet.Subnet.SubnetId}' ({subnet.Range}).");
            }

            return taken.Contains(address)
                ? throw new EfsException(EfsErrorCodes.IpAddressInUse, $"IpAddress {text} is already in use in subnet '{subnet.Subnet.SubnetId}'.")
                : address;
        }

        foreach (var candidate in subnet.Range.AssignableAddresses())
        {
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        throw new EfsException(EfsErrorCodes.NoFreeAddressesInSubnet, $"Subnet '{subnet.Subnet.SubnetId}' ({subnet.Range}) has no free IP addresses.");
    }

    private static void ForgetMountTarget(EfsRegionState state, MountTarget mountTarget)
    {
        state.Remove(mountTarget);
        if (state.FindById(mountTarget.FileSystemId) is { } fileSystem)
        {
            fileSystem.NumberOfMountTargets--;
        }
    }
}
