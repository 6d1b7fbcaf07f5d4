using StorageOps.Simulator.Hosting;

namespace StorageOps.Local.Tests.Template;

/// <summary>The IAM action that authorises an API call the simulator received: the service's IAM prefix and the operation name.</summary>
public static class IamActionNames
{
    /// <summary>Simulator service name → IAM service prefix (they differ for EFS and Step Functions).</summary>
    private static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RecordedRequest.Efs] = "elasticfilesystem",
        [RecordedRequest.Rds] = "rds",
        [RecordedRequest.DocDbElastic] = "docdb-elastic",
        [RecordedRequest.StepFunctions] = "states",
        ["ec2"] = "ec2",
        ["sqs"] = "sqs",
        ["sns"] = "sns",
        ["kms"] = "kms",
        ["events"] = "events",
    };

    /// <summary>Null when the request reached no service or named no operation the simulator recognised.</summary>
    public static string? Of(RecordedRequest request) =>
        request.Operation is { Length: > 0 } operation && Prefixes.TryGetValue(request.Service, out var prefix)
            ? $"{prefix}:{operation}"
            : null;
}
