using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Protocol;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>The DocumentDB Elastic declarations checked against botocore's service-2.json for 2022-11-28.</summary>
public sealed class DocDbElasticServiceTests
{
    private static readonly string[] IssueOperations =
        ["CopyClusterSnapshot", "GetClusterSnapshot", "ListClusterSnapshots", "DeleteClusterSnapshot", "ListClusters", "GetCluster", "ListTagsForResource", "TagResource", "UntagResource"];

    public static TheoryData<string> OperationNames => [.. IssueOperations];

    [Fact]
    public async Task Errors_WhenComparedWithServiceModel_ShouldHaveATypedExceptionForEveryErrorCode()
    {
        var model = await ServiceModelAsync();
        var modelErrors = model.GetProperty("shapes").EnumerateObject()
            .Where(shape => shape.Value.TryGetProperty("exception", out var flag) && flag.GetBoolean())
            .ToDictionary(shape => shape.Name, shape => (HttpStatusCode)shape.Value.GetProperty("error").GetProperty("httpStatusCode").GetInt32());

        Assert.Equal(modelErrors.Keys.Order(StringComparer.Ordinal), DocDbElasticService.Errors.Codes.Order(StringComparer.Ordinal));
        foreach (var (code, status) in modelErrors)
        {
            var exception = DocDbElasticService.Errors.Create(new ServiceError(code, "m", "r", status, default, null));
            Assert.IsAssignableFrom<DocDbElasticServiceException>(exception);
            Assert.NotEqual(typeof(DocDbElasticServiceException), exception.GetType());
            Assert.Equal(code, exception.ErrorCode);
            Assert.Equal(status, exception.StatusCode);
        }
    }

    [Fact]
    public void All_WhenListed_ShouldHoldEveryOperationTheWorkflowsNeed() =>
        Assert.Equal(IssueOperations.Order(StringComparer.Ordinal), DocDbElasticOperations.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Operation_WhenComparedWithServiceModel_ShouldDeclareItsHttpBindingAndErrors(string name)
    {
        var model = (await ServiceModelAsync()).GetProperty("operations").GetProperty(name);
        var definition = DocDbElasticOperations.All[name];

        Assert.Equal(model.GetProperty("http").GetProperty("method").GetString(), definition.Method);
        Assert.Equal(model.GetProperty("http").GetProperty("requestUri").GetString(), definition.PathTemplate);
        Assert.Equal(
            model.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("shape").GetString()!).Order(StringComparer.Ordinal),
            definition.ErrorCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Description_WhenComparedWithServiceModelMetadata_ShouldSignAsDocDbElastic()
    {
        var metadata = (await ServiceModelAsync()).GetProperty("metadata");

        Assert.Equal(metadata.GetProperty("serviceId").GetString(), DocDbElasticService.Description.ServiceId);
        Assert.Equal(metadata.GetProperty("signingName").GetString(), DocDbElasticService.Description.SigningName);
        Assert.Equal(metadata.GetProperty("endpointPrefix").GetString(), DocDbElasticService.Description.EndpointPrefix);
        Assert.Equal(metadata.GetProperty("apiVersion").GetString(), DocDbElasticService.Description.ApiVersion);
    }

    [Fact]
    public void Create_WhenThrottlingException_ShouldBeRetryableAsThrottling()
    {
        var exception = DocDbElasticService.Errors.Create(new ServiceError("ThrottlingException", "slow down", null, (HttpStatusCode)429, default, null));

        Assert.True(exception.Retryable?.Throttling);
        Assert.Equal(ErrorType.Sender, exception.ErrorType);
    }

    private static Task<JsonElement> ServiceModelAsync() => Botocore.ServiceModelAsync("docdb-elastic", "2022-11-28");
}
