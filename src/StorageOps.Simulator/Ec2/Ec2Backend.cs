using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;

namespace StorageOps.Simulator.Ec2;

/// <summary>
/// EC2's read-only view of the simulated network: the seeded VPCs, subnets and security groups, the Availability Zones they use,
/// and the network interfaces of the mount targets EFS has created. Thread-safe: the network is immutable and EFS locks its own state.
/// </summary>
public sealed class Ec2Backend
{
    public const int MinResults = 5;
    public const int MaxResults = 1000;

    // AWS keeps the first four and the last address of every subnet.
    private const int ReservedAddressesPerSubnet = 5;

    private readonly FleetNetwork network;
    private readonly EfsBackend efs;

    public Ec2Backend(FleetNetwork network, EfsBackend efs)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(efs);
        this.network = network;
        this.efs = efs;
    }

    public Ec2Page<Ec2SubnetDescription> DescribeSubnets(AccountRegion scope, Ec2DescribeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireIds(request.Ids, "subnet", Ec2ErrorCodes.InvalidSubnetIdMalformed);
        var interfaces = efs.MountTargetNetworkInterfaces(scope);
        var subnets = network.VpcsIn(scope)
            .SelectMany(vpc => vpc.Subnets.Select(subnet => Describe(scope, vpc, subnet, interfaces.Count(eni => eni.SubnetId == subnet.SubnetId))))
            .ToList();
        RequireFound(request.Ids, subnets.Select(subnet => subnet.SubnetId), id => new Ec2Exception(Ec2ErrorCodes.InvalidSubnetIdNotFound, $"The subnet ID '{id}' does not exist"));
        var matching = subnets.Where(subnet => IsRequested(request.Ids, subnet.SubnetId) && MatchesAll(request.Filters, filter => filter.Name switch
        {
            "subnet-id" => [subnet.SubnetId],
            "subnet-arn" => [subnet.SubnetArn],
            "vpc-id" => [subnet.VpcId],
            "owner-id" => [subnet.OwnerId],
            "availability-zone" => [subnet.AvailabilityZone],
            "availability-zone-id" => [subnet.AvailabilityZoneId],
            "cidr-block" or "cidr" or "cidrBlock" => [subnet.CidrBlock],
            "default-for-az" or "defaultForAz" => [Flag(subnet.DefaultForAz)],
            "state" => ["available"],
            "available-ip-address-count" => [subnet.AvailableIpAddressCount.ToString(CultureInfo.InvariantCulture)],
            _ => throw UnknownFilter(filter.Name),
        })).ToList();
        return Page(matching, request, "subnets");
    }

    public Ec2Page<Ec2SecurityGroupDescription> DescribeSecurityGroups(AccountRegion scope, Ec2DescribeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireIds(request.Ids, "sg", Ec2ErrorCodes.InvalidGroupIdMalformed);
        var groups = network.VpcsIn(scope)
            .SelectMany(vpc => vpc.SecurityGroups.Select(group => new Ec2SecurityGroupDescription
            {
                GroupId = group.GroupId,
                GroupName = group.GroupName,
                Description = group.GroupName == DefaultVpc.DefaultSecurityGroupName ? "default VPC security group" : group.GroupName,
                VpcId = vpc.VpcId,
                OwnerId = scope.AccountId,
                SecurityGroupArn = Arn(scope, "security-group", group.GroupId),
            }))
            .ToList();
        RequireFound(request.Ids, groups.Select(group => group.GroupId), id => new Ec2Exception(Ec2ErrorCodes.InvalidGroupNotFound, $"The security group '{id}' does not exist"));
        var matching = groups.Where(group => IsRequested(request.Ids, group.GroupId) && MatchesAll(request.Filters, filter => filter.Name switch
        {
            "group-id" => [group.GroupId],
            "group-name" => [group.GroupName],
            "description" => [group.Description],
            "vpc-id" => [group.VpcId],
            "owner-id" => [group.OwnerId],
            _ => throw UnknownFilter(filter.Name),
        })).ToList();
        return Page(matching, request, "security-groups");
    }

    public Ec2Page<Ec2NetworkInterfaceDescription> DescribeNetworkInterfaces(AccountRegion scope, Ec2DescribeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireIds(request.Ids, "eni", Ec2ErrorCodes.InvalidNetworkInterfaceIdMalformed);
        var groupNames = network.VpcsIn(scope).SelectMany(vpc => vpc.SecurityGroups).ToDictionary(group => group.GroupId, group => group.GroupName, StringComparer.Ordinal);
        var interfaces = efs.MountTargetNetworkInterfaces(scope).Select(eni => new Ec2NetworkInterfaceDescription
        {
            NetworkInterfaceId = eni.NetworkInterfaceId,
            SubnetId = eni.SubnetId,
            VpcId = eni.VpcId,
            AvailabilityZone = eni.AvailabilityZoneName,
            Description = $"EFS mount target for {eni.FileSystemId} ({eni.MountTargetId})",
            OwnerId = scope.AccountId,
            Status = "in-use",
            MacAddress = MacAddressOf(eni.NetworkInterfaceId),
            PrivateIpAddress = eni.PrivateIpAddress,
            PrivateDnsName = PrivateDnsNameOf(eni.PrivateIpAddress, scope.Region),
            Groups = [.. eni.SecurityGroups.Select(groupId => (groupId, groupNames.GetValueOrDefault(groupId, groupId)))],
        }).ToList();
        RequireFound(
            request.Ids,
            interfaces.Select(eni => eni.NetworkInterfaceId),
            id => new Ec2Exception(Ec2ErrorCodes.InvalidNetworkInterfaceIdNotFound, $"The networkInterface ID '{id}' does not exist"));
        var matching = interfaces.Where(eni => IsRequested(request.Ids, eni.NetworkInterfaceId) && MatchesAll(request.Filters, filter => filter.Name switch
        {
            "network-interface-id" => [eni.NetworkInterfaceId],
            "subnet-id" => [eni.SubnetId],
            "vpc-id" => [eni.VpcId],
            "availability-zone" => [eni.AvailabilityZone],
            "description" => [eni.Description],
            "owner-id" => [eni.OwnerId],
            "status" => [eni.Status],
            "mac-address" => [eni.MacAddress],
            "private-ip-address" or "addresses.private-ip-address" => [eni.PrivateIpAddress],
            "private-dns-name" => [eni.PrivateDnsName],
            "group-id" => [.. eni.Groups.Select(group => group.GroupId)],
            "group-name" => [.. eni.Groups.Select(group => group.GroupName)],
            "interface-type" => ["interface"],
            "requester-managed" => ["true"],
            _ => throw UnknownFilter(filter.Name),
        })).ToList();
        return Page(matching, request, "network-interfaces");
    }

    public Ec2Page<Ec2VpcDescription> DescribeVpcs(AccountRegion scope, Ec2DescribeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireIds(request.Ids, "vpc", Ec2ErrorCodes.InvalidVpcIdMalformed);
        var vpcs = network.VpcsIn(scope).Select(vpc => new Ec2VpcDescription(
            vpc.VpcId,
            scope.AccountId,
            vpc.CidrBlock,
            vpc.IsDefault,
            DefaultVpc.StableId("dopt", scope, "dhcp-options"),
            DefaultVpc.StableId("vpc-cidr-assoc", scope, vpc.VpcId))).ToList();
        RequireFound(request.Ids, vpcs.Select(vpc => vpc.VpcId), id => new Ec2Exception(Ec2ErrorCodes.InvalidVpcIdNotFound, $"The vpc ID '{id}' does not exist"));
        var matching = vpcs.Where(vpc => IsRequested(request.Ids, vpc.VpcId) && MatchesAll(request.Filters, filter => filter.Name switch
        {
            "vpc-id" => [vpc.VpcId],
            "owner-id" => [vpc.OwnerId],
            "cidr" or "cidr-block-association.cidr-block" => [vpc.CidrBlock],
            "is-default" or "isDefault" => [Flag(vpc.IsDefault)],
            "state" => ["available"],
            _ => throw UnknownFilter(filter.Name),
        })).ToList();
        return Page(matching, request, "vpcs");
    }

    /// <summary>The zones of the region: a, b and c, plus any other zone a seeded subnet uses. EC2 does not paginate this call.</summary>
    public IReadOnlyList<Ec2AvailabilityZoneDescription> DescribeAvailabilityZones(AccountRegion scope, IReadOnlyList<string> zoneNames, IReadOnlyList<string> zoneIds, IReadOnlyList<Ec2Filter> filters)
    {
        ArgumentNullException.ThrowIfNull(zoneNames);
        ArgumentNullException.ThrowIfNull(zoneIds);
        ArgumentNullException.ThrowIfNull(filters);
        var zones = new[] { "a", "b", "c" }.Select(suffix => scope.Region + suffix)
            .Concat(network.VpcsIn(scope).SelectMany(vpc => vpc.Subnets).Select(subnet => subnet.AvailabilityZone))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(zone => new Ec2AvailabilityZoneDescription(zone, AvailabilityZones.ZoneIdOf(zone, scope.Region), scope.Region))
            .ToList();
        if (zoneNames.FirstOrDefault(name => zones.All(zone => zone.ZoneName != name)) is { } unknownName)
        {
            throw Ec2Exception.InvalidParameterValue($"The zone '{unknownName}' does not exist.");
        }

        if (zoneIds.FirstOrDefault(id => zones.All(zone => zone.ZoneId != id)) is { } unknownId)
        {
            throw Ec2Exception.InvalidParameterValue($"The zone ID '{unknownId}' does not exist.");
        }

        return [.. zones.Where(zone =>
            (zoneNames.Count == 0 || zoneNames.Contains(zone.ZoneName))
            && (zoneIds.Count == 0 || zoneIds.Contains(zone.ZoneId))
            && MatchesAll(filters, filter => filter.Name switch
            {
                "zone-name" => [zone.ZoneName],
                "zone-id" => [zone.ZoneId],
                "region-name" => [zone.RegionName],
                "state" => ["available"],
                "zone-type" => ["availability-zone"],
                "opt-in-status" => ["opt-in-not-required"],
                "group-name" or "network-border-group" => [zone.RegionName],
                _ => throw UnknownFilter(filter.Name),
            }))];
    }

    private static Ec2SubnetDescription Describe(AccountRegion scope, VpcSeed vpc, SubnetSeed subnet, int interfacesInSubnet) => new()
    {
        SubnetId = subnet.SubnetId,
        SubnetArn = Arn(scope, "subnet", subnet.SubnetId),
        VpcId = vpc.VpcId,
        OwnerId = scope.AccountId,
        CidrBlock = subnet.CidrBlock,
        AvailabilityZone = subnet.AvailabilityZone,
        AvailabilityZoneId = AvailabilityZones.ZoneIdOf(subnet.AvailabilityZone, scope.Region),
        AvailableIpAddressCount = Ipv4Cidr.Parse(subnet.CidrBlock).Size - ReservedAddressesPerSubnet - interfacesInSubnet,
        DefaultForAz = vpc.IsDefault,
    };

    private static string Arn(AccountRegion scope, string resourceType, string id) => $"arn:aws:ec2:{scope.Region}:{scope.AccountId}:{resourceType}/{id}";

    private static string Flag(bool value) => value ? "true" : "false";

    private static string PrivateDnsNameOf(string ipAddress, string region) =>
        "ip-" + ipAddress.Replace('.', '-') + (region == "us-east-1" ? ".ec2.internal" : $".{region}.compute.internal");

    /// <summary>A locally administered unicast MAC address, stable per interface id.</summary>
    private static string MacAddressOf(string networkInterfaceId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(networkInterfaceId));
        hash[0] = (byte)((hash[0] | 0x02) & 0xFE);
        return string.Join(':', hash.Take(6).Select(part => part.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static void RequireIds(IReadOnlyList<string> ids, string prefix, string malformedCode)
    {
        if (ids.FirstOrDefault(id => !IsResourceId(id, prefix)) is { } malformed)
        {
            throw new Ec2Exception(malformedCode, $"Invalid id: \"{malformed}\" (expecting \"{prefix}-...\")");
        }
    }

    private static bool IsResourceId(string id, string prefix) =>
        id.Length > prefix.Length + 1 && id.StartsWith(prefix + "-", StringComparison.Ordinal) && id[(prefix.Length + 1)..].All(char.IsAsciiHexDigitLower);

    private static void RequireFound(IReadOnlyList<string> ids, IEnumerable<string> existing, Func<string, Ec2Exception> notFound)
    {
        var known = existing.ToHashSet(StringComparer.Ordinal);
        if (ids.FirstOrDefault(id => !known.Contains(id)) is { } missing)
        {
            throw notFound(missing);
        }
    }

    private static bool IsRequested(IReadOnlyList<string> ids, string id) => ids.Count == 0 || ids.Contains(id);

    private static bool MatchesAll(IReadOnlyList<Ec2Filter> filters, Func<Ec2Filter, IReadOnlyList<string>> valuesOf) =>
        filters.All(filter =>
        {
            var values = valuesOf(filter);
            return filter.Values.Any(wanted => values.Any(new GlobPattern(wanted).IsMatch));
        });

    private static Ec2Exception UnknownFilter(string name) => new(Ec2ErrorCodes.InvalidFilter, $"The filter '{name}' is invalid");

    private static Ec2Page<TItem> Page<TItem>(IReadOnlyList<TItem> matching, Ec2DescribeRequest request, string listing)
    {
        if (request.MaxResults is { } requested)
        {
            if (request.Ids.Count > 0)
            {
                throw new Ec2Exception(Ec2ErrorCodes.InvalidParameterCombination, "The parameter MaxResults cannot be used with resource IDs");
            }

            if (requested is < MinResults or > MaxResults)
            {
                throw Ec2Exception.InvalidParameterValue(
                    string.Create(CultureInfo.InvariantCulture, $"Value ( {requested} ) for parameter maxResults is invalid. Parameter must be between {MinResults} and {MaxResults}."));
            }
        }

        var start = request.NextToken is { } token ? OffsetOf(token, listing) : 0;
        var size = request.MaxResults ?? MaxResults;
        var items = matching.Skip(start).Take(size).ToList();
        var next = start + items.Count < matching.Count ? TokenFor(listing, start + items.Count) : null;
        return new Ec2Page<TItem>(items, next);
    }

    private static string TokenFor(string listing, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{listing}:{offset}")));

    private static int OffsetOf(string token, string listing)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split(':');
            if (parts.Length == 2 && parts[0] == listing && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Not base64: answered as any other token this listing did not issue.
        }

        throw new Ec2Exception(Ec2ErrorCodes.InvalidPaginationToken, $"The pagination token '{token}' is invalid.");
    }
}
