using System.Text.Json;
using StorageOps.Aws.Efs;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>Calls an <see cref="EfsClient"/> operation by its API name with an input written as JSON with model member names.</summary>
internal static class EfsOperationInvoker
{
    public static async Task<object?> InvokeAsync(EfsClient client, string operation, string input)
    {
        switch (operation)
        {
            case "CreateFileSystem":
                return await client.CreateFileSystemAsync(Read<CreateFileSystemRequest>(input));
            case "DescribeFileSystems":
                return await client.DescribeFileSystemsAsync(Read<DescribeFileSystemsRequest>(input));
            case "DeleteFileSystem":
                await client.DeleteFileSystemAsync(Read<DeleteFileSystemRequest>(input));
                return null;
            case "UpdateFileSystem":
                return await client.UpdateFileSystemAsync(Read<UpdateFileSystemRequest>(input));
            case "CreateMountTarget":
                return await client.CreateMountTargetAsync(Read<CreateMountTargetRequest>(input));
            case "DescribeMountTargets":
                return await client.DescribeMountTargetsAsync(Read<DescribeMountTargetsRequest>(input));
            case "DeleteMountTarget":
                await client.DeleteMountTargetAsync(Read<DeleteMountTargetRequest>(input));
                return null;
            case "DescribeMountTargetSecurityGroups":
                return await client.DescribeMountTargetSecurityGroupsAsync(Read<DescribeMountTargetSecurityGroupsRequest>(input));
            case "ModifyMountTargetSecurityGroups":
                await client.ModifyMountTargetSecurityGroupsAsync(Read<ModifyMountTargetSecurityGroupsRequest>(input));
                return null;
            case "CreateTags":
                await client.CreateTagsAsync(Read<CreateTagsRequest>(input));
                return null;
            case "DeleteTags":
                await client.DeleteTagsAsync(Read<DeleteTagsRequest>(input));
                return null;
            case "DescribeTags":
                return await client.DescribeTagsAsync(Read<DescribeTagsRequest>(input));
            case "TagResource":
                await client.TagResourceAsync(Read<TagResourceRequest>(input));
                return null;
            case "UntagResource":
                await client.UntagResourceAsync(Read<UntagResourceRequest>(input));
                return null;
            case "ListTagsForResource":
                return await client.ListTagsForResourceAsync(Read<ListTagsForResourceRequest>(input));
            case "CreateReplicationConfiguration":
                return await client.CreateReplicationConfigurationAsync(Read<CreateReplicationConfigurationRequest>(input));
            case "DescribeReplicationConfigurations":
                return await client.DescribeReplicationConfigurationsAsync(Read<DescribeReplicationConfigurationsRequest>(input));
            case "DeleteReplicationConfiguration":
                await client.DeleteReplicationConfigurationAsync(Read<DeleteReplicationConfigurationRequest>(input));
                return null;
            case "UpdateFileSystemProtection":
                return await client.UpdateFileSystemProtectionAsync(Read<UpdateFileSystemProtectionRequest>(input));
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such EFS operation in these tests.");
        }
    }

    public static T Read<T>(string input) => JsonSerializer.Deserialize<T>(input) ?? throw new ArgumentException("null input", nameof(input));
}
