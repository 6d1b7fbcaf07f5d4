using System.Text.Json;
using StorageOps.Aws.DocDbElastic;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>Calls a <see cref="DocDbElasticClient"/> operation by its API name with an input written as JSON with the model's lower-camel member names.</summary>
internal static class DocDbElasticOperationInvoker
{
    private static readonly JsonSerializerOptions ModelNames = new(JsonSerializerDefaults.Web);

    public static async Task<object?> InvokeAsync(DocDbElasticClient client, string operation, string input)
    {
        switch (operation)
        {
            case "CopyClusterSnapshot":
                return await client.CopyClusterSnapshotAsync(Read<CopyClusterSnapshotRequest>(input));
            case "GetClusterSnapshot":
                return await client.GetClusterSnapshotAsync(Read<GetClusterSnapshotRequest>(input));
            case "ListClusterSnapshots":
                return await client.ListClusterSnapshotsAsync(Read<ListClusterSnapshotsRequest>(input));
            case "DeleteClusterSnapshot":
                return await client.DeleteClusterSnapshotAsync(Read<DeleteClusterSnapshotRequest>(input));
            case "ListClusters":
                return await client.ListClustersAsync(Read<ListClustersRequest>(input));
            case "GetCluster":
                return await client.GetClusterAsync(Read<GetClusterRequest>(input));
            case "ListTagsForResource":
                return await client.ListTagsForResourceAsync(Read<ListTagsForResourceRequest>(input));
            case "TagResource":
                await client.TagResourceAsync(Read<TagResourceRequest>(input));
                return null;
            case "UntagResource":
                await client.UntagResourceAsync(Read<UntagResourceRequest>(input));
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such DocumentDB Elastic operation in these tests.");
        }
    }

    public static T Read<T>(string input) => JsonSerializer.Deserialize<T>(input, ModelNames) ?? throw new ArgumentException("null input", nameof(input));
}
