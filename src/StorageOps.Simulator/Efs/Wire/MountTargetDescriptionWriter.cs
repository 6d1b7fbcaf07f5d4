using System.Text.Json;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Writes the restJson1 <c>MountTargetDescription</c> shape.</summary>
internal static class MountTargetDescriptionWriter
{
    public static void Write(Utf8JsonWriter writer, MountTargetDescription mountTarget)
    {
        writer.WriteStartObject();
        writer.WriteString("OwnerId", mountTarget.OwnerId);
        writer.WriteString("MountTargetId", mountTarget.MountTargetId);
        writer.WriteString("FileSystemId", mountTarget.FileSystemId);
        writer.WriteString("SubnetId", mountTarget.SubnetId);
        writer.WriteString("LifeCycleState", mountTarget.LifeCycleState);
        writer.WriteString("IpAddress", mountTarget.IpAddress);
        writer.WriteString("NetworkInterfaceId", mountTarget.NetworkInterfaceId);
        writer.WriteString("AvailabilityZoneId", mountTarget.AvailabilityZoneId);
        writer.WriteString("AvailabilityZoneName", mountTarget.AvailabilityZoneName);
        writer.WriteString("VpcId", mountTarget.VpcId);
        writer.WriteEndObject();
    }
}
