using System.Net;
using Amazon.Runtime;
using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary>Step Functions <c>__type</c> errors become typed exceptions; only throttling and 5xx are retried.</summary>
public sealed class StepFunctionsClientErrorTests
{
    private static readonly StartExecutionRequest Start = new() { StateMachineArn = "arn:aws:states:us-east-1:111122223333:stateMachine:nightly", Name = "run-1" };

    public static TheoryData<string, Type> EveryModelledCode => new()
    {
        { "ExecutionAlreadyExists", typeof(ExecutionAlreadyExistsException) },
        { "ExecutionDoesNotExist", typeof(ExecutionDoesNotExistException) },
        { "ExecutionLimitExceeded", typeof(ExecutionLimitExceededException) },
        { "InvalidArn", typeof(InvalidArnException) },
        { "InvalidExecutionInput", typeof(InvalidExecutionInputException) },
        { "InvalidName", typeof(InvalidNameException) },
        { "InvalidToken", typeof(InvalidTokenException) },
        { "KmsAccessDeniedException", typeof(KmsAccessDeniedException) },
        { "KmsInvalidStateException", typeof(KmsInvalidStateException) },
        { "ResourceNotFound", typeof(ResourceNotFoundException) },
        { "StateMachineDeleting", typeof(StateMachineDeletingException) },
        { "StateMachineDoesNotExist", typeof(StateMachineDoesNotExistException) },
        { "StateMachineTypeNotSupported", typeof(StateMachineTypeNotSupportedException) },
        { "ValidationException", typeof(ValidationException) },
    };

    [Theory]
    [MemberData(nameof(EveryModelledCode))]
    public async Task StartExecutionAsync_WhenServiceAnswersModelledError_ShouldThrowTypedExceptionWithCodeStatusAndRequestId(string code, Type expectedType)
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Error(400, $"com.amazonaws.swf.base.model#{code}", $"{code} happened", requestId: "req-err"));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAnyAsync<StepFunctionsServiceException>(() => client.StartExecutionAsync(Start));

        Assert.Equal(expectedType, exception.GetType());
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("req-err", exception.RequestId);
        Assert.Equal($"{code} happened", exception.Message);
        Assert.Equal(ErrorType.Sender, exception.ErrorType);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void Catalog_WhenComparedWithOperationDefinitions_ShouldCoverEveryListedCode()
    {
        var listed = new IEnumerable<string>[]
        {
            StepFunctionsOperations.StartExecution.ErrorCodes, StepFunctionsOperations.DescribeExecution.ErrorCodes,
            StepFunctionsOperations.ListExecutions.ErrorCodes, StepFunctionsOperations.StopExecution.ErrorCodes,
        }.SelectMany(codes => codes).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(listed, StepFunctionsService.Errors.Codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DescribeExecutionAsync_WhenCodeOnlyInErrorTypeHeader_ShouldUseTheHeader()
    {
        await using var server = new CaptureServer();
        server.Respond(new CannedResponse(400, """{"message":"no such execution"}""", new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ExecutionDoesNotExist:http://internal.amazon.com/coral/" }));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<ExecutionDoesNotExistException>(
            () => client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = "arn:aws:states:us-east-1:111122223333:execution:nightly:gone" }));

        Assert.Equal("no such execution", exception.Message);
    }

    [Fact]
    public async Task StartExecutionAsync_WhenCodeUnknown_ShouldThrowStepFunctionsServiceExceptionWithThatCode()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Error(400, "BrandNewError", "new"));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<StepFunctionsServiceException>(() => client.StartExecutionAsync(Start));

        Assert.Equal("BrandNewError", exception.ErrorCode);
    }

    [Theory]
    [InlineData(400, "ThrottlingException")]
    [InlineData(400, "KmsThrottlingException")]
    [InlineData(500, "InternalFailure")]
    public async Task StartExecutionAsync_WhenThrottledOrServerErrorOnce_ShouldRetryAndSucceed(int status, string code)
    {
        await using var server = new CaptureServer();
        server.Respond(
            StepFunctionsTestClients.Error(status, code, "try again"),
            StepFunctionsTestClients.Json("""{"executionArn":"arn:aws:states:us-east-1:111122223333:execution:nightly:run-1","startDate":1}"""));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var started = await client.StartExecutionAsync(Start);

        Assert.EndsWith("run-1", started.ExecutionArn, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task StartExecutionAsync_WhenExecutionAlreadyExists_ShouldThrowWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Error(400, "ExecutionAlreadyExists", "exists"));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        await Assert.ThrowsAsync<ExecutionAlreadyExistsException>(() => client.StartExecutionAsync(Start));

        Assert.Single(server.Requests);
    }
}
