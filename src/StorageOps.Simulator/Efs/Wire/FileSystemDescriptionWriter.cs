using System.Text.Json;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Writes a file system as the restJson1 <c>FileSystemDescription</c> shape, members in the order EFS sends them.</summary>
internal static class FileSystemDescriptionWriter
{
    public static void Write(Utf8JsonWriter writer, FileSystemDescription fileSystem)
    {
        writer.WriteStartObject();
        writer.WriteString("OwnerId", fileSystem.OwnerId);
        writer.WriteString("CreationToken", fileSystem.CreationToken);
        writer.WriteString("FileSystemId", fileSystem.FileSystemId);
        writer.WriteString("FileSystemArn", fileSystem.FileSystemArn);

        // restJson1 timestamps are epoch seconds; decimal keeps the milliseconds exact.
        writer.WriteNumber("CreationTime", fileSystem.CreationTime.ToUnixTimeMilliseconds() / 1000m);
        writer.WriteString("LifeCycleState", fileSystem.LifeCycleState);
        if (fileSystem.Name is not null)
        {
            writer.WriteString("Name", fileSystem.Name);
        }

        writer.WriteNumber("NumberOfMountTargets", fileSystem.NumberOfMountTargets);
        writer.WriteStartObject("SizeInBytes");
        writer.WriteNumber("Value", fileSystem.SizeInBytes.Value);
        writer.WriteNumber("ValueInIA", fileSystem.SizeInBytes.ValueInIA);
        writer.WriteNumber("ValueInStandard", fileSystem.SizeInBytes.ValueInStandard);
        writer.WriteNumber("ValueInArchive", fileSystem.SizeInBytes.ValueInArchive);
        writer.WriteEndObject();
        writer.WriteString("PerformanceMode", fileSystem.PerformanceMode);
        writer.WriteBoolean("Encrypted", fileSystem.Encrypted);
        if (fileSystem.KmsKeyId is not null)
        {
            writer.WriteString("KmsKeyId", fileSystem.KmsKeyId);
        }

        writer.WriteString("ThroughputMode", fileSystem.ThroughputMode);
        if (fileSystem.ProvisionedThroughputInMibps is { } mibps)
        {
            writer.WriteNumber("ProvisionedThroughputInMibps", mibps);
        }

        if (fileSystem.AvailabilityZoneName is not null)
        {
            writer.WriteString("AvailabilityZoneName", fileSystem.AvailabilityZoneName);
            writer.WriteString("AvailabilityZoneId", fileSystem.AvailabilityZoneId);
        }

        writer.WriteStartArray("Tags");
        foreach (var tag in fileSystem.Tags)
        {
            writer.WriteStartObject();
            writer.WriteString("Key", tag.Key);
            writer.WriteString("Value", tag.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("FileSystemProtection");
        writer.WriteString("ReplicationOverwriteProtection", fileSystem.ReplicationOverwriteProtection);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
