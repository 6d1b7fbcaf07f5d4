using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Networking;

/// <summary>
/// Checks where a request's mount targets would go before anything is created: every subnet exists, all share one VPC, at most one per
/// Availability Zone (exactly the file system's zone for One Zone), every security group exists in that VPC, and each IP address lies
/// inside its subnet. Malformed input is a <see cref="InvalidInputException"/> without any lookup; a network that cannot hold the request
/// is an <see cref="InvalidNetworkException"/> naming every subnet, group or zone at fault.
/// </summary>
public sealed partial class MountTargetPlacementValidator
{
    /// <summary>EFS allows at most five security groups per mount target.</summary>
    public const int MaxSecurityGroupsPerMountTarget = 5;

    // AWS keeps the first four and the last address of every subnet.
    private const int ReservedAtStart = 4;

    private readonly INetworkDirectory directory;

    public MountTargetPlacementValidator(INetworkDirectory directory)
    {
        this.directory = directory;
    }

    public async Task<MountTargetPlacement> ValidateAsync(ValidateMountTargetPlacementInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mountTargets = input.MountTargets ?? [];
        RejectMalformed(input, mountTargets);
        if (mountTargets.Count == 0)
        {
            return new MountTargetPlacement(null, []);
        }

        var subnetIds = mountTargets.Select(mountTarget => mountTarget.SubnetId!).ToList();
        var subnets = (await directory.FindSubnetsAsync(subnetIds, cancellationToken)).ToDictionary(subnet => subnet.SubnetId, StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(subnetIds.Where(id => !subnets.ContainsKey(id)).Select(id => $"subnet {id} does not exist"));
        var found = subnetIds.Where(subnets.ContainsKey).Select(id => subnets[id]).ToList();
        var vpcIds = found.Select(subnet => subnet.VpcId).Distinct(StringComparer.Ordinal).ToList();
        if (vpcIds.Count > 1)
        {
            problems.Add("the subnets are in more than one VPC (" + string.Join(", ", found.Select(subnet => $"{subnet.SubnetId} in {subnet.VpcId}")) + "); all mount targets of a file system must be in one VPC");
        }

        problems.AddRange(found.GroupBy(subnet => subnet.AvailabilityZoneName, StringComparer.Ordinal)
            .Where(zone => zone.Count() > 1)
            .Select(zone => $"subnets {string.Join(" and ", zone.Select(subnet => subnet.SubnetId))} are all in Availability Zone {zone.Key}; a file system has at most one mount target per zone"));
        if (input.AvailabilityZoneName is { } oneZone)
        {
            problems.AddRange(found.Where(subnet => subnet.AvailabilityZoneName != oneZone)
                .Select(subnet => $"subnet {subnet.SubnetId} is in {subnet.AvailabilityZoneName}, but a One Zone file system in {oneZone} can only have a mount target in {oneZone}"));
        }

        foreach (var mountTarget in mountTargets)
        {
            if (mountTarget.IpAddress is { } ipAddress && subnets.TryGetValue(mountTarget.SubnetId!, out var subnet) && !IsAssignable(ipAddress, subnet.CidrBlock))
            {
                problems.Add($"ipAddress {ipAddress} is not an address subnet {subnet.SubnetId} ({subnet.CidrBlock}) can assign (its first four and last addresses are reserved)");
            }
        }

        var groupIds = mountTargets.SelectMany(mountTarget => mountTarget.SecurityGroups ?? []).Distinct(StringComparer.Ordinal).ToList();
        var groups = (await directory.FindSecurityGroupsAsync(groupIds, cancellationToken)).ToDictionary(group => group.GroupId, StringComparer.Ordinal);
        problems.AddRange(groupIds.Where(id => !groups.ContainsKey(id)).Select(id => $"security group {id} does not exist"));
        if (vpcIds.Count == 1)
        {
            problems.AddRange(groupIds.Where(groups.ContainsKey).Where(id => groups[id].VpcId != vpcIds[0])
                .Select(id => $"security group {id} is in {groups[id].VpcId}, not in the subnets' VPC {vpcIds[0]}"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidNetworkException(problems);
        }

        return new MountTargetPlacement(vpcIds[0], [.. found.Select(subnet => new PlacedMountTarget(subnet.SubnetId, subnet.AvailabilityZoneName, subnet.AvailabilityZoneId))]);
    }

    private static void RejectMalformed(ValidateMountTargetPlacementInput input, IReadOnlyList<MountTargetRequest> mountTargets)
    {
        var problems = new List<string>();
        if (input.AvailabilityZoneName is { } zone && !ZoneNamePattern().IsMatch(zone))
        {
            problems.Add($"availabilityZoneName: '{zone}' is not an Availability Zone name such as us-east-1a");
        }

        for (var index = 0; index < mountTargets.Count; index++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"mountTargets[{index}]");
            if (mountTargets[index] is not { } mountTarget)
            {
                problems.Add($"{path}: must be an object with a subnetId");
                continue;
            }

            if (mountTarget.SubnetId is not { } subnetId || !SubnetIdPattern().IsMatch(subnetId))
            {
                problems.Add($"{path}.subnetId: '{mountTarget.SubnetId}' must be a subnet id (subnet-...)");
            }

            var groups = mountTarget.SecurityGroups ?? [];
            if (groups.Count > MaxSecurityGroupsPerMountTarget)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}.securityGroups: {groups.Count} given, EFS allows at most {MaxSecurityGroupsPerMountTarget}"));
            }

            problems.AddRange(groups.Where(group => group is null || !SecurityGroupIdPattern().IsMatch(group)).Select(group => $"{path}.securityGroups: '{group}' must be a security group id (sg-...)"));
            if (groups.Count(group => group is not null) != groups.Where(group => group is not null).Distinct(StringComparer.Ordinal).Count())
            {
                problems.Add($"{path}.securityGroups: lists a group more than once");
            }

            if (mountTarget.IpAddress is { } ipAddress && !TryParseIpv4(ipAddress, out _))
            {
                problems.Add($"{path}.ipAddress: '{ipAddress}' must be an IPv4 address such as 172.31.0.10");
            }
        }

        problems.AddRange(mountTargets.Where(mountTarget => mountTarget?.SubnetId is not null)
            .GroupBy(mountTarget => mountTarget.SubnetId!, StringComparer.Ordinal)
            .Where(repeated => repeated.Count() > 1)
            .Select(repeated => $"mountTargets: subnet {repeated.Key} is listed {repeated.Count()} times; give each subnet once"));
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static bool IsAssignable(string ipAddress, string cidrBlock)
    {
        var parts = cidrBlock.Split('/');
        if (!TryParseIpv4(ipAddress, out var address) || parts.Length != 2 || !TryParseIpv4(parts[0], out var network)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefixLength) || prefixLength is < 0 or > 32)
        {
            return false;
        }

        var size = 1UL << (32 - prefixLength);
        var offset = (ulong)address - network;
        return address >= network && offset >= ReservedAtStart && offset < size - 1;
    }

    private static bool TryParseIpv4(string text, out uint address)
    {
        address = 0;
        if (text.Count(character => character == '.') != 3 || !IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        address = BinaryPrimitives.ReadUInt32BigEndian(parsed.GetAddressBytes());
        return true;
    }

    [GeneratedRegex("^subnet-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex("^sg-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecurityGroupIdPattern();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNamePattern();
}
