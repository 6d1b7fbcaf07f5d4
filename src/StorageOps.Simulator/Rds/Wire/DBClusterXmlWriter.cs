using System.Xml;

namespace StorageOps.Simulator.Rds.Wire;

/// <summary>Writes a <c>DBCluster</c> element with its members in the order of the 2014-10-31 output shape.</summary>
internal static class DBClusterXmlWriter
{
    public static void Write(XmlWriter writer, DBClusterDescription cluster)
    {
        writer.WriteStartElement("DBCluster");
        RdsXmlResponses.WriteInteger(writer, "AllocatedStorage", cluster.AllocatedStorage);
        RdsXmlResponses.WriteList(writer, "AvailabilityZones", "AvailabilityZone", cluster.AvailabilityZones);
        RdsXmlResponses.WriteInteger(writer, "BackupRetentionPeriod", cluster.BackupRetentionPeriod);
        writer.WriteElementString("DBClusterIdentifier", cluster.DBClusterIdentifier);
        writer.WriteElementString("DBClusterParameterGroup", cluster.DBClusterParameterGroup);
        writer.WriteElementString("DBSubnetGroup", cluster.DBSubnetGroup);
        writer.WriteElementString("Status", cluster.Status);
        RdsXmlResponses.WriteTimestamp(writer, "EarliestRestorableTime", cluster.EarliestRestorableTime);
        writer.WriteElementString("Endpoint", cluster.Endpoint);
        writer.WriteElementString("ReaderEndpoint", cluster.ReaderEndpoint);
        RdsXmlResponses.WriteList(writer, "CustomEndpoints", "member", []);
        RdsXmlResponses.WriteBoolean(writer, "MultiAZ", cluster.MultiAZ);
        writer.WriteElementString("Engine", cluster.Engine);
        writer.WriteElementString("EngineVersion", cluster.EngineVersion);
        RdsXmlResponses.WriteTimestamp(writer, "LatestRestorableTime", cluster.LatestRestorableTime);
        RdsXmlResponses.WriteInteger(writer, "Port", cluster.Port);
        writer.WriteElementString("MasterUsername", cluster.MasterUsername);
        RdsXmlResponses.WriteList(writer, "DBClusterOptionGroupMemberships", "DBClusterOptionGroup", []);
        writer.WriteElementString("PreferredBackupWindow", cluster.PreferredBackupWindow);
        writer.WriteElementString("PreferredMaintenanceWindow", cluster.PreferredMaintenanceWindow);
        RdsXmlResponses.WriteList(writer, "ReadReplicaIdentifiers", "ReadReplicaIdentifier", []);
        RdsXmlResponses.WriteList(writer, "DBClusterMembers", "DBClusterMember", []);
        RdsXmlResponses.WriteList(writer, "VpcSecurityGroups", "VpcSecurityGroupMembership", []);
        writer.WriteElementString("HostedZoneId", cluster.HostedZoneId);
        RdsXmlResponses.WriteBoolean(writer, "StorageEncrypted", cluster.StorageEncrypted);
        if (cluster.KmsKeyId is not null)
        {
            writer.WriteElementString("KmsKeyId", cluster.KmsKeyId);
        }

        writer.WriteElementString("DbClusterResourceId", cluster.DbClusterResourceId);
        writer.WriteElementString("DBClusterArn", cluster.DBClusterArn);
        RdsXmlResponses.WriteList(writer, "AssociatedRoles", "DBClusterRole", []);
        RdsXmlResponses.WriteBoolean(writer, "IAMDatabaseAuthenticationEnabled", cluster.IAMDatabaseAuthenticationEnabled);
        RdsXmlResponses.WriteTimestamp(writer, "ClusterCreateTime", cluster.ClusterCreateTime);
        writer.WriteElementString("EngineMode", cluster.EngineMode);
        writer.WriteElementString("StorageType", cluster.StorageType);
        RdsXmlResponses.WriteBoolean(writer, "AutoMinorVersionUpgrade", cluster.AutoMinorVersionUpgrade);
        RdsXmlResponses.WriteBoolean(writer, "DeletionProtection", cluster.DeletionProtection);
        RdsXmlResponses.WriteBoolean(writer, "HttpEndpointEnabled", cluster.HttpEndpointEnabled);
        RdsXmlResponses.WriteBoolean(writer, "CopyTagsToSnapshot", cluster.CopyTagsToSnapshot);
        RdsXmlResponses.WriteBoolean(writer, "CrossAccountClone", cluster.CrossAccountClone);
        RdsXmlResponses.WriteList(writer, "DomainMemberships", "DomainMembership", []);
        RdsXmlResponses.WriteTagList(writer, cluster.TagList);
        writer.WriteElementString("NetworkType", cluster.NetworkType);
        writer.WriteEndElement();
    }
}
