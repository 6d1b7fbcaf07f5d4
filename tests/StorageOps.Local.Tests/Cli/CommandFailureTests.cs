using System.Net;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Errors;
using StorageOps.Local.Cli;
using StorageOps.Local.Template;

namespace StorageOps.Local.Tests.Cli;

public sealed class CommandFailureTests
{
    public static TheoryData<Exception, int, string> Failures => new()
    {
        { new UsageException("Unknown command 'x'."), 2, "storageops: Unknown command 'x'. Run 'storageops help' for usage." },
        { new FileNotFoundException("No input file at in.json."), 2, "storageops: No input file at in.json." },
        { new IOException("Failed to bind to address http://127.0.0.1:4566: address already in use."), 2, "storageops: Failed to bind to address http://127.0.0.1:4566: address already in use." },
        { new UnauthorizedAccessException("Access to the path '/root/in.json' is denied."), 2, "storageops: Access to the path '/root/in.json' is denied." },
        { new InvalidInputException("in.json is not valid JSON: x"), 3, "storageops: StorageOps.ValidationError: in.json is not valid JSON: x" },
        { new TemplateException("template.yaml is mis-wired:\n  a\n  b"), 3, "storageops: template.yaml is mis-wired: a b" },
        { new WorkflowFailedException("w Failed: E: c"), 5, "storageops: w Failed: E: c" },
        { new AmazonServiceException("Not here") { ErrorCode = "FileSystemNotFound", StatusCode = HttpStatusCode.NotFound }, 1, "FileSystemNotFound (HTTP 404): Not here" },
        { new AwsRequestValidationException("DBClusterSnapshotIdentifier", "must start with a letter"), 1, "ValidationError: DBClusterSnapshotIdentifier: must start with a letter (nothing was sent)" },
        { new HttpRequestException("Connection refused (127.0.0.1:1)"), 1, "RequestFailed: the endpoint could not be reached: Connection refused (127.0.0.1:1)" },
        { new TaskCanceledException("timed out", new TimeoutException()), 1, "RequestTimeout: AWS did not answer in time." },
        { new NullReferenceException("Object reference not set to an instance of an object."), 70, "storageops: internal error: NullReferenceException: Object reference not set to an instance of an object. (run again with --verbose for the stack trace)" },
        { new OperationCanceledException(), 70, "storageops: internal error: OperationCanceledException: The operation was canceled. (run again with --verbose for the stack trace)" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void From_WhenAFailureOfAKnownKind_ShouldGiveItsExitCodeAndOneLine(Exception exception, int exitCode, string message)
    {
        var failure = CommandFailure.From(exception, CancellationToken.None);

        Assert.Equal(new CommandFailure(exitCode, message), failure);
    }

    [Fact]
    public async Task From_WhenTheUserCancelled_ShouldExitOneHundredThirty()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var failure = CommandFailure.From(new TaskCanceledException(), stop.Token);

        Assert.Equal(new CommandFailure(ExitCodes.Cancelled, "storageops: cancelled."), failure);
    }
}
