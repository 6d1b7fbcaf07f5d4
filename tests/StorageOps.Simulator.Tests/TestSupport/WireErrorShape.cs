namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>How a service's protocol reports an error: restJson1 (x-amzn-ErrorType header), awsJson1_0 (<c>__type</c>) or awsQuery (XML <c>ErrorResponse</c>).</summary>
internal enum WireErrorShape
{
    RestJson,
    AwsJson,
    AwsQuery,
}
