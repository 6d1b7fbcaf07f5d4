using StorageOps.Aws;
using StorageOps.Aws.Efs;
using StorageOps.Aws.StepFunctions;

namespace StorageOps.Functions.Composition;

/// <summary>The AWS clients one function may use, per service and region, none created before its first call.</summary>
public sealed class AwsClients
{
    public AwsClients(AwsClientSettings settings, string homeRegion)
    {
        Efs = new RegionalClients<IEfsClient>(homeRegion, region => new EfsClient(settings with { Region = region }));
        StepFunctions = new RegionalClients<IStepFunctionsClient>(homeRegion, region => new StepFunctionsClient(settings with { Region = region }));
    }

    public RegionalClients<IEfsClient> Efs { get; }

    public RegionalClients<IStepFunctionsClient> StepFunctions { get; }
}
