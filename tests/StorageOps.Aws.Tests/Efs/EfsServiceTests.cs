using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;
using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>The EFS declarations checked against botocore's service-2.json for 2015-02-01.</summary>
public sealed class EfsServiceTests
{
    [Fact]
    public async Task Errors_WhenComparedWithServiceModel_ShouldHaveATypedExceptionForEveryErrorCode()
    {
        var model = await ServiceModelAsync();
        var modelErrors = model.GetProperty("shapes").EnumerateObject()
            .Where(shape => shape.Value.TryGetProperty("exception", out var flag) && flag.GetBoolean())
            .ToDictionary(shape => shape.Name, shape => (HttpStatusCode)shape.Value.GetProperty("error").GetProperty("httpStatusCode").GetInt32());

        Assert.Equal(modelErrors.Keys.Order(StringComparer.Ordinal), EfsService.Errors.Codes.Order(StringComparer.Ordinal));
        foreach (var (code, status) in modelErrors)
        {
            var exception = EfsService.Errors.Create(new ServiceError(code, "m", "r", status, default, null));
            Assert.IsAssignableFrom<EfsServiceException>(exception);
            Assert.NotEqual(typeof(EfsServiceException), exception.GetType());
            Assert.Equal(code, exception.ErrorCode);
            Assert.Equal(status, exception.StatusCode);
            Assert.Equal("r", exception.RequestId);
        }
    }

    [Theory]
    [InlineData("CreateFileSystem")]
    [InlineData("DescribeFileSystems")]
    public async Task Operation_WhenComparedWithServiceModel_ShouldDeclareItsHttpBindingAndErrors(string name)
    {
        var model = (await ServiceModelAsync()).GetProperty("operations").GetProperty(name);
        IOperationDefinition definition = name switch
        {
            "CreateFileSystem" => EfsOperations.CreateFileSystem,
            _ => EfsOperations.DescribeFileSystems,
        };
        var (method, path) = name switch
        {
            "CreateFileSystem" => (EfsOperations.CreateFileSystem.Method, EfsOperations.CreateFileSystem.PathTemplate),
            _ => (EfsOperations.DescribeFileSystems.Method, EfsOperations.DescribeFileSystems.PathTemplate),
        };

        Assert.Equal(model.GetProperty("http").GetProperty("method").GetString(), method);
        Assert.Equal(model.GetProperty("http").GetProperty("requestUri").GetString(), path);
        Assert.Equal(
            model.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("shape").GetString()!).Order(StringComparer.Ordinal),
            definition.ErrorCodes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ThrottlingException", 429)]
    [InlineData("TooManyRequests", 429)]
    public void Create_WhenThrottlingCode_ShouldBeRetryableAsThrottling(string code, int status)
    {
        var exception = EfsService.Errors.Create(new ServiceError(code, "slow down", null, (HttpStatusCode)status, default, null));

        Assert.True(exception.Retryable?.Throttling);
        Assert.Equal(ErrorType.Sender, exception.ErrorType);
    }

    private static Task<JsonElement> ServiceModelAsync() => Botocore.ServiceModelAsync("efs", "2015-02-01");
}
