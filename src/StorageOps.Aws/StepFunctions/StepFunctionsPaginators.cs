using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.StepFunctions;

/// <summary>The paginators of botocore's <c>paginators-1.json</c> for Step Functions.</summary>
internal static class StepFunctionsPaginators
{
    /// <summary>ListExecutions: input and output token nextToken, limit key maxResults, result key executions.</summary>
    public static IAsyncEnumerable<ExecutionListItem> ListAllExecutions(IStepFunctionsClient client, ListExecutionsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.ListExecutionsAsync,
            response => response.Executions,
            response => response.NextToken,
            (previous, token) => previous with { NextToken = token },
            cancellationToken);
    }
}
