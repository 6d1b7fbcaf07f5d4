using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Rds;

namespace StorageOps.Simulator.SeedFile;

/// <summary>
/// Prints what a running simulator was seeded with (VPCs, subnets, security groups, RDS clusters and their manual snapshots, DocumentDB Elastic clusters
/// and their automated snapshots) and ready-to-paste <c>aws --endpoint-url</c> commands that use those ids.
/// </summary>
public static class SeededFleetReport
{
    public static void Write(AwsSimulator simulator, SimulatorOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var network = new FleetNetwork(options.Fleet, options.AccountId);
        string? exampleSubnet = null;
        string? exampleRdsCluster = null;
        string? exampleElasticSnapshot = null;
        foreach (var scope in SeededScopes(options))
        {
            output.WriteLine();
            output.WriteLine($"Account {scope.AccountId}, region {scope.Region}:");
            foreach (var vpc in network.VpcsIn(scope))
            {
                output.WriteLine($"  VPC {vpc.VpcId} {vpc.CidrBlock}{(vpc.IsDefault ? " (default)" : string.Empty)}");
                foreach (var subnet in vpc.Subnets)
                {
                    output.WriteLine($"    subnet {subnet.SubnetId} {subnet.AvailabilityZone} {subnet.CidrBlock}");
                    exampleSubnet ??= scope.Region == options.DefaultRegion ? subnet.SubnetId : null;
                }

                foreach (var group in vpc.SecurityGroups)
                {
                    output.WriteLine($"    security group {group.GroupId} ({group.GroupName})");
                }
            }

            var manualSnapshots = simulator.Rds.PeekDBClusterSnapshots(scope).Where(snapshot => snapshot.SnapshotType == SnapshotTypes.Manual).ToLookup(snapshot => snapshot.DBClusterIdentifier);
            foreach (var cluster in simulator.Rds.PeekDBClusters(scope))
            {
                output.WriteLine($"  RDS cluster {cluster.DBClusterIdentifier} ({cluster.Engine} {cluster.EngineVersion}, {cluster.Status}, {(cluster.StorageEncrypted ? "encrypted" : "unencrypted")}, {TagsOf(cluster.TagList)})");
                foreach (var snapshot in manualSnapshots[cluster.DBClusterIdentifier])
                {
                    output.WriteLine($"    manual snapshot {snapshot.DBClusterSnapshotIdentifier} ({snapshot.Status}, {TagsOf(snapshot.TagList)})");
                }

                exampleRdsCluster ??= scope.Region == options.DefaultRegion ? cluster.DBClusterIdentifier : null;
            }

            var snapshots = AllAutomatedSnapshots(simulator.DocDbElastic, scope).ToLookup(snapshot => snapshot.ClusterArn, StringComparer.Ordinal);
            foreach (var cluster in AllElasticClusters(simulator.DocDbElastic, scope))
            {
                output.WriteLine($"  DocumentDB Elastic cluster {cluster.ClusterName} {cluster.ClusterArn}");
                foreach (var snapshot in snapshots[cluster.ClusterArn])
                {
                    output.WriteLine($"    automated snapshot {snapshot.SnapshotName} {snapshot.SnapshotArn}");
                    exampleElasticSnapshot = scope.Region == options.DefaultRegion ? snapshot.SnapshotArn : exampleElasticSnapshot;
                }
            }
        }

        var aws = $"aws --endpoint-url {simulator.Endpoint.ToString().TrimEnd('/')} --region {options.DefaultRegion}";
        output.WriteLine();
        output.WriteLine("Try (any access key works, for example AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local):");
        output.WriteLine($"  {aws} efs create-file-system --creation-token demo-1");
        output.WriteLine($"  {aws} efs describe-file-systems");
        output.WriteLine($"  {aws} ec2 describe-subnets");
        if (exampleSubnet is not null)
        {
            output.WriteLine($"  {aws} efs create-mount-target --file-system-id FILE_SYSTEM_ID --subnet-id {exampleSubnet}");
        }

        output.WriteLine($"  {aws} rds describe-db-clusters");
        if (exampleRdsCluster is not null)
        {
            output.WriteLine($"  {aws} rds create-db-cluster-snapshot --db-cluster-identifier {exampleRdsCluster} --db-cluster-snapshot-identifier {exampleRdsCluster}-manual-1");
        }

        output.WriteLine($"  {aws} docdb-elastic list-cluster-snapshots --snapshot-type automated");
        if (exampleElasticSnapshot is not null)
        {
            output.WriteLine($"  {aws} docdb-elastic copy-cluster-snapshot --snapshot-arn {exampleElasticSnapshot} --target-snapshot-name my-copy-1");
        }

        output.WriteLine($$$"""  {{{aws}}} events put-events --entries '[{"Source":"demo","DetailType":"Hello","Detail":"{}"}]'""");
    }

    private static string TagsOf(IReadOnlyList<RdsTag> tags) =>
        tags.Count == 0 ? "untagged" : "tags " + string.Join(", ", tags.Select(tag => $"{tag.Key}={tag.Value}"));

    /// <summary>The default region of the simulator's account, then every other account and region the fleet names.</summary>
    private static IEnumerable<AccountRegion> SeededScopes(SimulatorOptions options)
    {
        var scopes = new List<AccountRegion> { new(options.AccountId, options.DefaultRegion) };
        scopes.AddRange(options.Fleet.Vpcs.Select(vpc => new AccountRegion(vpc.AccountId ?? options.AccountId, vpc.Region)));
        scopes.AddRange(options.RdsFleet.Clusters.Where(cluster => cluster.Region is not null).Select(cluster => new AccountRegion(cluster.AccountId ?? options.AccountId, cluster.Region!)));
        scopes.AddRange(options.DocDbElasticFleet.Clusters.Where(cluster => cluster.Region is not null).Select(cluster => new AccountRegion(cluster.AccountId ?? options.AccountId, cluster.Region!)));
        return scopes.Distinct();
    }

    private static IEnumerable<ElasticClusterSnapshotDescription> AllAutomatedSnapshots(DocDbElasticBackend backend, AccountRegion scope)
    {
        string? nextToken = null;
        do
        {
            var page = backend.ListClusterSnapshots(scope, new ListClusterSnapshotsRequest { SnapshotType = ElasticSnapshotTypes.Automated, NextToken = nextToken });
            foreach (var snapshot in page.Snapshots)
            {
                yield return snapshot;
            }

            nextToken = page.NextToken;
        }
        while (nextToken is not null);
    }

    private static IEnumerable<ElasticClusterDescription> AllElasticClusters(DocDbElasticBackend backend, AccountRegion scope)
    {
        string? nextToken = null;
        do
        {
            var page = backend.ListClusters(scope, nextToken: nextToken);
            foreach (var cluster in page.Clusters)
            {
                yield return cluster;
            }

            nextToken = page.NextToken;
        }
        while (nextToken is not null);
    }
}
