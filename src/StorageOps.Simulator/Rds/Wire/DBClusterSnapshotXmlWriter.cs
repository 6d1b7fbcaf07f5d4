using System.Xml;

namespace StorageOps.Simulator.Rds.Wire;

/// <summary>Writes a <c>DBClusterSnapshot</c> element with its members in the order of the 2014-10-31 output shape.</summary>
internal static class DBClusterSnapshotXmlWriter
{
    public static void Write(XmlWriter writer, DBClusterSnapshotDescription snapshot)
    {
        writer.WriteStartElement("DBClusterSnapshot");
        RdsXmlResponses.WriteList(writer, "AvailabilityZones", "AvailabilityZone", snapshot.AvailabilityZones);
        writer.WriteElementString("DBClusterSnapshotIdentifier", snapshot.DBClusterSnapshotIdentifier);
        writer.WriteElementString("DBClusterIdentifier", snapshot.DBClusterIdentifier);
        RdsXmlResponses.WriteTimestamp(writer, "SnapshotCreateTime", snapshot.SnapshotCreateTime);
        writer.WriteElementString("Engine", snapshot.Engine);
        writer.WriteElementString("EngineMode", snapshot.EngineMode);
        RdsXmlResponses.WriteInteger(writer, "AllocatedStorage", snapshot.AllocatedStorage);
        writer.WriteElementString("Status", snapshot.Status);
        RdsXmlResponses.WriteInteger(writer, "Port", snapshot.Port);
        writer.WriteElementString("VpcId", snapshot.VpcId);
        RdsXmlResponses.WriteTimestamp(writer, "ClusterCreateTime", snapshot.ClusterCreateTime);
        writer.WriteElementString("MasterUsername", snapshot.MasterUsername);
        writer.WriteElementString("EngineVersion", snapshot.EngineVersion);
        writer.WriteElementString("LicenseModel", snapshot.LicenseModel);
        writer.WriteElementString("SnapshotType", snapshot.SnapshotType);
        RdsXmlResponses.WriteInteger(writer, "PercentProgress", snapshot.PercentProgress);
        RdsXmlResponses.WriteBoolean(writer, "StorageEncrypted", snapshot.StorageEncrypted);
        if (snapshot.KmsKeyId is not null)
        {
            writer.WriteElementString("KmsKeyId", snapshot.KmsKeyId);
        }

        writer.WriteElementString("DBClusterSnapshotArn", snapshot.DBClusterSnapshotArn);
        if (snapshot.SourceDBClusterSnapshotArn is not null)
        {
            writer.WriteElementString("SourceDBClusterSnapshotArn", snapshot.SourceDBClusterSnapshotArn);
        }

        RdsXmlResponses.WriteBoolean(writer, "IAMDatabaseAuthenticationEnabled", snapshot.IAMDatabaseAuthenticationEnabled);
        RdsXmlResponses.WriteTagList(writer, snapshot.TagList);
        writer.WriteElementString("StorageType", snapshot.StorageType);
        writer.WriteElementString("DbClusterResourceId", snapshot.DbClusterResourceId);
        writer.WriteEndElement();
    }
}
