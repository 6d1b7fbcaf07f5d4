namespace StorageOps.Simulator.Hosting;

/// <summary>One HTTP request the simulator received, as <see cref="SimulatorRequestLog"/> keeps it.</summary>
/// <param name="Service">Which simulated service it reached: <c>efs</c>, <c>rds</c>, <c>docdb-elastic</c>, <c>sfn</c>, <c>ec2</c>, <c>events</c>, or <c>unknown</c>.</param>
/// <param name="Operation">The API operation, such as <c>CreateFileSystem</c>; null when the request named none the simulator recognises.</param>
/// <param name="Path">The request path as sent, still percent-encoded, without the query string.</param>
/// <param name="StatusCode">The HTTP status the simulator answered with.</param>
/// <param name="SimulatedTime">The simulator's clock when the request arrived.</param>
/// <param name="AccessKeyId">
/// The access key the request was signed with (SigV4 Authorization header or presigned X-Amz-Credential); null when
/// unsigned. It tells callers apart as IAM does by their credentials, for example one function's role from another's.
/// </param>
public sealed record RecordedRequest(string Service, string? Operation, string Method, string Path, int StatusCode, DateTimeOffset SimulatedTime, string? AccessKeyId = null)
{
    public const string Efs = "efs";
    public const string Rds = "rds";
    public const string DocDbElastic = "docdb-elastic";
    public const string StepFunctions = "sfn";
    public const string Ec2 = "ec2";
    public const string Events = "events";
    public const string Unknown = "unknown";

    /// <summary>The recorded name of a service the simulator routed a request to, given by its <see cref="Faults.FaultRequestReader"/> name.</summary>
    internal static string ServiceNamed(string? routedService) => routedService switch
    {
        Faults.FaultRequestReader.Efs => Efs,
        Faults.FaultRequestReader.Rds => Rds,
        Faults.FaultRequestReader.DocDbElastic => DocDbElastic,
        Faults.FaultRequestReader.StepFunctions => StepFunctions,
        Faults.FaultRequestReader.Ec2 => Ec2,
        Faults.FaultRequestReader.Events => Events,
        _ => Unknown,
    };
}
