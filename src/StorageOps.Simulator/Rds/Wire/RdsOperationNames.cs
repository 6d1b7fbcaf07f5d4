namespace StorageOps.Simulator.Rds.Wire;

/// <summary>Every Action of the RDS 2014-10-31 service model (164 operations), so an Action RDS has but the simulator lacks is told apart from one RDS does not have.</summary>
internal static class RdsOperationNames
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "AddRoleToDBCluster", "AddRoleToDBInstance", "AddSourceIdentifierToSubscription", "AddTagsToResource", "ApplyPendingMaintenanceAction",
        "AuthorizeDBSecurityGroupIngress", "BacktrackDBCluster", "CancelExportTask", "CopyDBClusterParameterGroup", "CopyDBClusterSnapshot",
        "CopyDBParameterGroup", "CopyDBSnapshot", "CopyOptionGroup", "CreateBlueGreenDeployment", "CreateCustomDBEngineVersion", "CreateDBCluster",
        "CreateDBClusterEndpoint", "CreateDBClusterParameterGroup", "CreateDBClusterSnapshot", "CreateDBInstance", "CreateDBInstanceReadReplica",
        "CreateDBParameterGroup", "CreateDBProxy", "CreateDBProxyEndpoint", "CreateDBSecurityGroup", "CreateDBShardGroup", "CreateDBSnapshot",
        "CreateDBSubnetGroup", "CreateEventSubscription", "CreateGlobalCluster", "CreateIntegration", "CreateOptionGroup", "CreateTenantDatabase",
        "DeleteBlueGreenDeployment", "DeleteCustomDBEngineVersion", "DeleteDBCluster", "DeleteDBClusterAutomatedBackup", "DeleteDBClusterEndpoint",
        "DeleteDBClusterParameterGroup", "DeleteDBClusterSnapshot", "DeleteDBInstance", "DeleteDBInstanceAutomatedBackup", "DeleteDBParameterGroup",
        "DeleteDBProxy", "DeleteDBProxyEndpoint", "DeleteDBSecurityGroup", "DeleteDBShardGroup", "DeleteDBSnapshot", "DeleteDBSubnetGroup",
        "DeleteEventSubscription", "DeleteGlobalCluster", "DeleteIntegration", "DeleteOptionGroup", "DeleteTenantDatabase",
        "DeregisterDBProxyTargets", "DescribeAccountAttributes", "DescribeBlueGreenDeployments", "DescribeCertificates",
        "DescribeDBClusterAutomatedBackups", "DescribeDBClusterBacktracks", "DescribeDBClusterEndpoints", "DescribeDBClusterParameterGroups",
        "DescribeDBClusterParameters", "DescribeDBClusterSnapshotAttributes", "DescribeDBClusterSnapshots", "DescribeDBClusters",
        "DescribeDBEngineVersions", "DescribeDBInstanceAutomatedBackups", "DescribeDBInstances", "DescribeDBLogFiles",
        "DescribeDBMajorEngineVersions", "DescribeDBParameterGroups", "DescribeDBParameters", "DescribeDBProxies", "DescribeDBProxyEndpoints",
        "DescribeDBProxyTargetGroups", "DescribeDBProxyTargets", "DescribeDBRecommendations", "DescribeDBSecurityGroups", "DescribeDBShardGroups",
        "DescribeDBSnapshotAttributes", "DescribeDBSnapshotTenantDatabases", "DescribeDBSnapshots", "DescribeDBSubnetGroups",
        "DescribeEngineDefaultClusterParameters", "DescribeEngineDefaultParameters", "DescribeEventCategories", "DescribeEventSubscriptions",
        "DescribeEvents", "DescribeExportTasks", "DescribeGlobalClusters", "DescribeIntegrations", "DescribeOptionGroupOptions",
        "DescribeOptionGroups", "DescribeOrderableDBInstanceOptions", "DescribePendingMaintenanceActions", "DescribeReservedDBInstances",
        "DescribeReservedDBInstancesOfferings", "DescribeServerlessV2PlatformVersions", "DescribeSourceRegions", "DescribeTenantDatabases",
        "DescribeValidDBInstanceModifications", "DisableHttpEndpoint", "DownloadDBLogFilePortion", "EnableHttpEndpoint", "FailoverDBCluster",
        "FailoverGlobalCluster", "ListTagsForResource", "ModifyActivityStream", "ModifyCertificates", "ModifyCurrentDBClusterCapacity",
        "ModifyCustomDBEngineVersion", "ModifyDBCluster", "ModifyDBClusterEndpoint", "ModifyDBClusterParameterGroup",
        "ModifyDBClusterSnapshotAttribute", "ModifyDBInstance", "ModifyDBParameterGroup", "ModifyDBProxy", "ModifyDBProxyEndpoint",
        "ModifyDBProxyTargetGroup", "ModifyDBRecommendation", "ModifyDBShardGroup", "ModifyDBSnapshot", "ModifyDBSnapshotAttribute",
        "ModifyDBSubnetGroup", "ModifyEventSubscription", "ModifyGlobalCluster", "ModifyIntegration", "ModifyOptionGroup", "ModifyTenantDatabase",
        "PromoteReadReplica", "PromoteReadReplicaDBCluster", "PurchaseReservedDBInstancesOffering", "RebootDBCluster", "RebootDBInstance",
        "RebootDBShardGroup", "RegisterDBProxyTargets", "RemoveFromGlobalCluster", "RemoveRoleFromDBCluster", "RemoveRoleFromDBInstance",
        "RemoveSourceIdentifierFromSubscription", "RemoveTagsFromResource", "ResetDBClusterParameterGroup", "ResetDBParameterGroup",
        "RestoreDBClusterFromS3", "RestoreDBClusterFromSnapshot", "RestoreDBClusterToPointInTime", "RestoreDBInstanceFromDBSnapshot",
        "RestoreDBInstanceFromS3", "RestoreDBInstanceToPointInTime", "RevokeDBSecurityGroupIngress", "StartActivityStream", "StartDBCluster",
        "StartDBInstance", "StartDBInstanceAutomatedBackupsReplication", "StartExportTask", "StopActivityStream", "StopDBCluster", "StopDBInstance",
        "StopDBInstanceAutomatedBackupsReplication", "SwitchoverBlueGreenDeployment", "SwitchoverGlobalCluster", "SwitchoverReadReplica",
    };
}
