using System.Globalization;
using System.Xml;

namespace StorageOps.Simulator.Ec2.Wire;

/// <summary>The EC2 shapes as the query protocol names their members (the model's <c>locationName</c>s).</summary>
internal static class Ec2ResourceXmlWriter
{
    public static void WriteSubnet(XmlWriter writer, Ec2SubnetDescription subnet)
    {
        writer.WriteElementString("subnetId", subnet.SubnetId);
        writer.WriteElementString("subnetArn", subnet.SubnetArn);
        writer.WriteElementString("state", "available");
        writer.WriteElementString("vpcId", subnet.VpcId);
        writer.WriteElementString("ownerId", subnet.OwnerId);
        writer.WriteElementString("cidrBlock", subnet.CidrBlock);
        writer.WriteElementString("availableIpAddressCount", subnet.AvailableIpAddressCount.ToString(CultureInfo.InvariantCulture));
        writer.WriteElementString("availabilityZone", subnet.AvailabilityZone);
        writer.WriteElementString("availabilityZoneId", subnet.AvailabilityZoneId);
        Ec2XmlResponses.WriteBoolean(writer, "defaultForAz", subnet.DefaultForAz);
        Ec2XmlResponses.WriteBoolean(writer, "mapPublicIpOnLaunch", subnet.DefaultForAz);
        Ec2XmlResponses.WriteBoolean(writer, "assignIpv6AddressOnCreation", false);
        writer.WriteElementString("ipv6CidrBlockAssociationSet", string.Empty);
        Ec2XmlResponses.WriteBoolean(writer, "ipv6Native", false);
        writer.WriteStartElement("privateDnsNameOptionsOnLaunch");
        writer.WriteElementString("hostnameType", "ip-name");
        Ec2XmlResponses.WriteBoolean(writer, "enableResourceNameDnsARecord", false);
        Ec2XmlResponses.WriteBoolean(writer, "enableResourceNameDnsAAAARecord", false);
        writer.WriteEndElement();
        writer.WriteElementString("tagSet", string.Empty);
    }

    public static void WriteSecurityGroup(XmlWriter writer, Ec2SecurityGroupDescription group)
    {
        writer.WriteElementString("ownerId", group.OwnerId);
        writer.WriteElementString("groupId", group.GroupId);
        writer.WriteElementString("groupName", group.GroupName);
        writer.WriteElementString("groupDescription", group.Description);
        writer.WriteElementString("vpcId", group.VpcId);
        writer.WriteElementString("securityGroupArn", group.SecurityGroupArn);
        writer.WriteElementString("ipPermissions", string.Empty);
        Ec2XmlResponses.WriteSet(writer, "ipPermissionsEgress", [group], (item, _) =>
        {
            item.WriteElementString("ipProtocol", "-1");
            item.WriteElementString("groups", string.Empty);
            Ec2XmlResponses.WriteSet(item, "ipRanges", ["0.0.0.0/0"], (range, cidr) => range.WriteElementString("cidrIp", cidr));
            item.WriteElementString("ipv6Ranges", string.Empty);
            item.WriteElementString("prefixListIds", string.Empty);
        });
        writer.WriteElementString("tagSet", string.Empty);
    }

    public static void WriteNetworkInterface(XmlWriter writer, Ec2NetworkInterfaceDescription eni)
    {
        writer.WriteElementString("networkInterfaceId", eni.NetworkInterfaceId);
        writer.WriteElementString("subnetId", eni.SubnetId);
        writer.WriteElementString("vpcId", eni.VpcId);
        writer.WriteElementString("availabilityZone", eni.AvailabilityZone);
        writer.WriteElementString("description", eni.Description);
        writer.WriteElementString("ownerId", eni.OwnerId);
        Ec2XmlResponses.WriteBoolean(writer, "requesterManaged", true);
        writer.WriteElementString("status", eni.Status);
        writer.WriteElementString("macAddress", eni.MacAddress);
        writer.WriteElementString("privateIpAddress", eni.PrivateIpAddress);
        writer.WriteElementString("privateDnsName", eni.PrivateDnsName);
        Ec2XmlResponses.WriteBoolean(writer, "sourceDestCheck", true);
        Ec2XmlResponses.WriteSet(writer, "groupSet", eni.Groups, (item, group) =>
        {
            item.WriteElementString("groupId", group.GroupId);
            item.WriteElementString("groupName", group.GroupName);
        });
        writer.WriteElementString("interfaceType", "interface");
        Ec2XmlResponses.WriteSet(writer, "privateIpAddressesSet", [eni], (item, address) =>
        {
            item.WriteElementString("privateIpAddress", address.PrivateIpAddress);
            item.WriteElementString("privateDnsName", address.PrivateDnsName);
            Ec2XmlResponses.WriteBoolean(item, "primary", true);
        });
        writer.WriteElementString("ipv6AddressesSet", string.Empty);
        writer.WriteElementString("tagSet", string.Empty);
    }

    public static void WriteVpc(XmlWriter writer, Ec2VpcDescription vpc)
    {
        writer.WriteElementString("vpcId", vpc.VpcId);
        writer.WriteElementString("ownerId", vpc.OwnerId);
        writer.WriteElementString("state", "available");
        writer.WriteElementString("cidrBlock", vpc.CidrBlock);
        writer.WriteElementString("dhcpOptionsId", vpc.DhcpOptionsId);
        Ec2XmlResponses.WriteSet(writer, "cidrBlockAssociationSet", [vpc], (item, described) =>
        {
            item.WriteElementString("associationId", described.CidrBlockAssociationId);
            item.WriteElementString("cidrBlock", described.CidrBlock);
            item.WriteStartElement("cidrBlockState");
            item.WriteElementString("state", "associated");
            item.WriteEndElement();
        });
        writer.WriteElementString("ipv6CidrBlockAssociationSet", string.Empty);
        writer.WriteElementString("instanceTenancy", "default");
        Ec2XmlResponses.WriteBoolean(writer, "isDefault", vpc.IsDefault);
        writer.WriteElementString("tagSet", string.Empty);
    }

    public static void WriteAvailabilityZone(XmlWriter writer, Ec2AvailabilityZoneDescription zone)
    {
        writer.WriteElementString("zoneName", zone.ZoneName);
        writer.WriteElementString("zoneId", zone.ZoneId);
        writer.WriteElementString("zoneState", "available");
        writer.WriteElementString("regionName", zone.RegionName);
        writer.WriteElementString("groupName", zone.RegionName);
        writer.WriteElementString("networkBorderGroup", zone.RegionName);
        writer.WriteElementString("optInStatus", "opt-in-not-required");
        writer.WriteElementString("zoneType", "availability-zone");
        writer.WriteElementString("messageSet", string.Empty);
    }
}
