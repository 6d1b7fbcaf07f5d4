using Amazon.EC2;
using StorageOps.Aws;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Rds;
using StorageOps.Aws.StepFunctions;
using StorageOps.Functions.Networking;

namespace StorageOps.Functions.Composition;

/// <summary>The AWS clients one function may use, per service and region, none created before its first call.</summary>
public sealed class AwsClients
{
    // Held as object and built in a lambda: a function that never looks at EC2 then never loads the AWSSDK.EC2 assembly (cold start).
    private readonly Lazy<object> ec2;

    public AwsClients(AwsClientSettings settings, string homeRegion)
    {
        Efs = new RegionalClients<IEfsClient>(homeRegion, region => new EfsClient(settings with { Region = region }));
        ec2 = new Lazy<object>(() => new RegionalClients<IAmazonEC2>(homeRegion, region => Ec2Clients.Create(settings with { Region = region })));
        StepFunctions = new RegionalClients<IStepFunctionsClient>(homeRegion, region => new StepFunctionsClient(settings with { Region = region }));
        Rds = new RegionalClients<IRdsClient>(homeRegion, region => new RdsClient(settings with { Region = region }));
        DocDbElastic = new RegionalClients<IDocDbElasticClient>(homeRegion, region => new DocDbElasticClient(settings with { Region = region }));
    }

    public RegionalClients<IEfsClient> Efs { get; }

    /// <summary>The official AWSSDK.EC2 client (decision 0009), for subnet and security-group lookups.</summary>
    public RegionalClients<IAmazonEC2> Ec2 => (RegionalClients<IAmazonEC2>)ec2.Value;

    public RegionalClients<IStepFunctionsClient> StepFunctions { get; }

    /// <summary>Aurora/RDS DB clusters and DB cluster snapshots.</summary>
    public RegionalClients<IRdsClient> Rds { get; }

    /// <summary>Amazon DocumentDB Elastic clusters and cluster snapshots.</summary>
    public RegionalClients<IDocDbElasticClient> DocDbElastic { get; }
}
