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

    public static Tag ReadTag(JsonElement shape) => new(shape.RequiredString("Key"), shape.String("Value") ?? string.Empty);

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
        FileSystemId = shape.RequiredString("FileSystemId"),
        FileSystemArn = shape.String("FileSystemArn"),
        CreationTime = shape.Timestamp("CreationTime"),
        LifeCycleState = shape.RequiredString("LifeCycleState"),
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
    };

    public static DescribeFileSystemsResponse ReadDescribeFileSystemsResponse(JsonElement shape) => new(
        shape.List("FileSystems", ReadFileSystemDescription),
        shape.String("Marker"),
        shape.String("NextMarker"));
}
