using System.Text.Json;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Efs;

/// <summary>The JSON shapes of the EFS model (member names as in the model).</summary>
internal static class EfsShapes
{
    public static void WriteTag(Utf8JsonWriter writer, Tag tag)
    {
        writer.WriteStartObject();
        writer.WriteString("Key", tag.Key);
        writer.WriteString("Value", tag.Value);
        writer.WriteEndObject();
    }

    public static Tag ReadTag(JsonElement shape) => new(shape.String("Key") ?? string.Empty, shape.String("Value") ?? string.Empty);

    public static FileSystemSize ReadFileSystemSize(JsonElement shape) => new(
        shape.Int64("Value") ?? 0,
        shape.Timestamp("Timestamp"),
        shape.Int64("ValueInIA"),
        shape.Int64("ValueInStandard"),
        shape.Int64("ValueInArchive"));

    public static FileSystemDescription ReadFileSystemDescription(JsonElement shape) => new()
    {
        OwnerId = shape.String("OwnerId"),
        CreationToken = shape.String("CreationToken"),
        FileSystemId = shape.String("FileSystemId"),
        FileSystemArn = shape.String("FileSystemArn"),
        CreationTime = shape.Timestamp("CreationTime"),
        LifeCycleState = shape.String("LifeCycleState"),
        Name = shape.String("Name"),
        NumberOfMountTargets = shape.Int32("NumberOfMountTargets") ?? 0,
        SizeInBytes = shape.Object("SizeInBytes", ReadFileSystemSize),
        PerformanceMode = shape.String("PerformanceMode"),
        Encrypted = shape.Boolean("Encrypted"),
        KmsKeyId = shape.String("KmsKeyId"),
        ThroughputMode = shape.String("ThroughputMode"),
        ProvisionedThroughputInMibps = shape.Double("ProvisionedThroughputInMibps"),
        AvailabilityZoneName = shape.String("AvailabilityZoneName"),
        AvailabilityZoneId = shape.String("AvailabilityZoneId"),
        Tags = shape.List("Tags", ReadTag),
        FileSystemProtection = shape.Object("FileSystemProtection", ReadFileSystemProtectionDescription),
    };

    public static DescribeFileSystemsResponse ReadDescribeFileSystemsResponse(JsonElement shape) => new(
        shape.List("FileSystems", ReadFileSystemDescription),
        shape.String("Marker"),
        shape.String("NextMarker"));

    public static void WriteDestinationToCreate(Utf8JsonWriter writer, DestinationToCreate destination)
    {
        writer.WriteStartObject();
        WriteOptional(writer, "Region", destination.Region);
        WriteOptional(writer, "AvailabilityZoneName", destination.AvailabilityZoneName);
        WriteOptional(writer, "KmsKeyId", destination.KmsKeyId);
        WriteOptional(writer, "FileSystemId", destination.FileSystemId);
        WriteOptional(writer, "RoleArn", destination.RoleArn);
        writer.WriteEndObject();
    }

    public static FileSystemProtectionDescription ReadFileSystemProtectionDescription(JsonElement shape) =>
        new(shape.String("ReplicationOverwriteProtection"));

    public static MountTargetDescription ReadMountTargetDescription(JsonElement shape) => new()
    {
        OwnerId = shape.String("OwnerId"),
        MountTargetId = shape.String("MountTargetId"),
        FileSystemId = shape.String("FileSystemId"),
        SubnetId = shape.String("SubnetId"),
        LifeCycleState = shape.String("LifeCycleState"),
        IpAddress = shape.String("IpAddress"),
        Ipv6Address = shape.String("Ipv6Address"),
        NetworkInterfaceId = shape.String("NetworkInterfaceId"),
        AvailabilityZoneId = shape.String("AvailabilityZoneId"),
        AvailabilityZoneName = shape.String("AvailabilityZoneName"),
        VpcId = shape.String("VpcId"),
    };

    public static DescribeMountTargetsResponse ReadDescribeMountTargetsResponse(JsonElement shape) => new(
        shape.List("MountTargets", ReadMountTargetDescription),
        shape.String("Marker"),
        shape.String("NextMarker"));

    public static DescribeMountTargetSecurityGroupsResponse ReadDescribeMountTargetSecurityGroupsResponse(JsonElement shape) =>
        new(shape.List("SecurityGroups", group => group.GetString()!));

    public static DescribeTagsResponse ReadDescribeTagsResponse(JsonElement shape) => new(
        shape.List("Tags", ReadTag),
        shape.String("Marker"),
        shape.String("NextMarker"));

    public static ListTagsForResourceResponse ReadListTagsForResourceResponse(JsonElement shape) => new(
        shape.List("Tags", ReadTag),
        shape.String("NextToken"));

    public static ReplicationDestination ReadReplicationDestination(JsonElement shape) => new()
    {
        Status = shape.String("Status"),
        FileSystemId = shape.String("FileSystemId"),
        Region = shape.String("Region"),
        LastReplicatedTimestamp = shape.Timestamp("LastReplicatedTimestamp"),
        OwnerId = shape.String("OwnerId"),
        StatusMessage = shape.String("StatusMessage"),
        RoleArn = shape.String("RoleArn"),
    };

    public static ReplicationConfigurationDescription ReadReplicationConfigurationDescription(JsonElement shape) => new()
    {
        SourceFileSystemId = shape.String("SourceFileSystemId"),
        SourceFileSystemRegion = shape.String("SourceFileSystemRegion"),
        SourceFileSystemArn = shape.String("SourceFileSystemArn"),
        OriginalSourceFileSystemArn = shape.String("OriginalSourceFileSystemArn"),
        CreationTime = shape.Timestamp("CreationTime"),
        Destinations = shape.List("Destinations", ReadReplicationDestination),
        SourceFileSystemOwnerId = shape.String("SourceFileSystemOwnerId"),
    };

    public static DescribeReplicationConfigurationsResponse ReadDescribeReplicationConfigurationsResponse(JsonElement shape) => new(
        shape.List("Replications", ReadReplicationConfigurationDescription),
        shape.String("NextToken"));

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
