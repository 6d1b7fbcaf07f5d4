using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class RequestMessageReaderTests
{
    [Fact]
    public void Read_WhenTheMessageIsValid_ShouldReturnTheInputWithoutTheAction()
    {
        var message = RequestMessageReader.Read("""{"action":"teardown-file-system","requestId":"req-9","fileSystemId":"fs-0123456789abcdef0","force":true}""");

        Assert.Equal(RequestActions.TeardownFileSystem, message.Action);
        Assert.Equal("req-9", message.RequestId);
        Assert.Equal("""{"requestId":"req-9","fileSystemId":"fs-0123456789abcdef0","force":true}""", message.Input.ToJsonString());
    }

    [Theory]
    [InlineData("not json", "the message is not valid JSON")]
    [InlineData("[1]", "the message must be a JSON object")]
    [InlineData("""{"requestId":"r"}""", "action: is required, one of provision-file-system, replicate-file-system, update-file-system, teardown-file-system")]
    [InlineData("""{"action":"create-file-system","requestId":"r"}""", "action: \"create-file-system\" must be one of")]
    [InlineData("""{"action":7,"requestId":"r"}""", "action: 7 must be one of")]
    [InlineData("""{"action":"provision-file-system","action":"teardown-file-system"}""", "'action' appears twice")]
    [InlineData("""{"action":"provision-file-system","requestId":"r","replication":{"region":null}}""", "replication.region: must not be null (leave the member out instead)")]
    [InlineData("""{"action":"provision-file-system","requestId":"r","mountTargets":[null]}""", "mountTargets[0]: must not be null")]
    [InlineData("""{"action":"provision-file-system","requestId":"r","size":1}""", "the message is not a valid provision-file-system request: The JSON property 'size' could not be mapped")]
    [InlineData("""{"action":"update-file-system","requestId":"r","fileSystemId":"fs-0123456789abcdef0"}""", "the request changes nothing")]
    public void Read_WhenTheMessageIsMalformed_ShouldRaiseANamedValidationError(string body, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => RequestMessageReader.Read(body));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorNames.ValidationError, error.ErrorType);
    }
}
