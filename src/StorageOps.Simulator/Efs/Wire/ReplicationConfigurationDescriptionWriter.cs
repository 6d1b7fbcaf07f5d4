using System.Text.Json;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Writes the restJson1 <c>ReplicationConfigurationDescription</c> shape.</summary>
internal static class ReplicationConfigurationDescriptionWriter
{
    public static void Write(Utf8JsonWriter writer, ReplicationConfigurationDescription replication)
    {
        writer.WriteStartObject();
        writer.WriteString("SourceFileSystemId", replication.SourceFileSystemId);
        writer.WriteString("SourceFileSystemRegion", replication.SourceFileSystemRegion);
        writer.WriteString("SourceFileSystemArn", replication.SourceFileSystemArn);
        writer.WriteString("OriginalSourceFileSystemArn", replication.OriginalSourceFileSystemArn);
        EfsJsonWriting.WriteTimestamp(writer, "CreationTime", replication.CreationTime);
        writer.WriteStartArray("Destinations");
        foreach (var destination in replication.Destinations)
        {
            writer.WriteStartObject();
            writer.WriteString("Status", destination.Status);
            writer.WriteString("FileSystemId", destination.FileSystemId);
            writer.WriteString("Region", destination.Region);
            if (destination.LastReplicatedTimestamp is { } lastReplicated)
            {
                EfsJsonWriting.WriteTimestamp(writer, "LastReplicatedTimestamp", lastReplicated);
            }

            writer.WriteString("OwnerId", destination.OwnerId);
            EfsJsonWriting.WriteStringIfPresent(writer, "StatusMessage", destination.StatusMessage);
            EfsJsonWriting.WriteStringIfPresent(writer, "RoleArn", destination.RoleArn);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("SourceFileSystemOwnerId", replication.SourceFileSystemOwnerId);
        writer.WriteEndObject();
    }
}
