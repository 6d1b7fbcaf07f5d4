using StorageOps.Local.Runner;
using StorageOps.Local.Template;

namespace StorageOps.Local.Tests.Runner;

public sealed class LocalFunctionVariablesTests
{
    [Fact]
    public void For_WhenFunctionHasTemplateVariables_ShouldAddWhatLambdaSetsForItsRegionAndName()
    {
        var function = new WiredFunction(
            "CreateFileSystemFunction",
            "arn:aws:lambda:eu-west-1:123456789012:function:CreateFileSystemFunction",
            "CreateFileSystem",
            new Dictionary<string, string> { ["STORAGEOPS_HANDLER"] = "CreateFileSystem", ["DESTINATION_REGION"] = "us-west-2" });

        var variables = LocalFunctionVariables.For(function, new LocalAccount(Region: "eu-west-1"));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["STORAGEOPS_HANDLER"] = "CreateFileSystem",
                ["DESTINATION_REGION"] = "us-west-2",
                ["AWS_REGION"] = "eu-west-1",
                ["AWS_DEFAULT_REGION"] = "eu-west-1",
                ["AWS_LAMBDA_FUNCTION_NAME"] = "CreateFileSystemFunction",
            },
            variables);
    }
}
