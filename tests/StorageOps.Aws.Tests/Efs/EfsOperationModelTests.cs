using System.Text.Json;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>Every declared EFS operation checked against botocore's service-2.json for 2015-02-01.</summary>
public sealed class EfsOperationModelTests
{
    private static readonly string[] IssueOperations =
    [
        "CreateFileSystem", "DescribeFileSystems", "DeleteFileSystem", "UpdateFileSystem", "CreateMountTarget", "DescribeMountTargets",
        "DeleteMountTarget", "DescribeMountTargetSecurityGroups", "ModifyMountTargetSecurityGroups", "CreateTags", "DeleteTags", "DescribeTags",
        "TagResource", "UntagResource", "ListTagsForResource", "CreateReplicationConfiguration", "DescribeReplicationConfigurations",
        "DeleteReplicationConfiguration", "UpdateFileSystemProtection",
    ];

    public static TheoryData<string> OperationNames => [.. IssueOperations];

    [Fact]
    public void All_WhenListed_ShouldHoldEveryOperationTheWorkflowsNeed() =>
        Assert.Equal(IssueOperations.Order(StringComparer.Ordinal), EfsOperations.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Operation_WhenComparedWithServiceModel_ShouldDeclareItsHttpBindingAndErrors(string name)
    {
        var model = (await ServiceModelAsync()).GetProperty("operations").GetProperty(name);
        var definition = EfsOperations.All[name];

        Assert.Equal(model.GetProperty("http").GetProperty("method").GetString(), definition.Method);
        // DescribeTags: the model ends the URI in a slash that the official SDKs do not send (see EfsOperations.DescribeTags).
        Assert.Equal(model.GetProperty("http").GetProperty("requestUri").GetString()!.TrimEnd('/'), definition.PathTemplate);
        Assert.Equal(
            model.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("shape").GetString()!).Order(StringComparer.Ordinal),
            definition.ErrorCodes.Order(StringComparer.Ordinal));
    }

    private static Task<JsonElement> ServiceModelAsync() => Botocore.ServiceModelAsync("efs", "2015-02-01");
}
