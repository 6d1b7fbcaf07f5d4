using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class SendCommandTests : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly string folder = Directory.CreateTempSubdirectory("storageops-send-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task RunAsync_WhenAValidMessageIsSent_ShouldPrintTheDeliveryAndTheExecutionOutputLastAndExitZero()
    {
        var exitCode = await SendAsync("requests", Message("ok.json", """{"action":"provision-file-system","requestId":"req-send-1","tags":{"Name":"send"}}"""));

        var text = output.ToString();
        Assert.True(exitCode == ExitCodes.Success, text + error);
        Assert.Contains("RouteRequestsFunction: batch of 1, 0 failed, receive 1", text, StringComparison.Ordinal);
        var result = JsonNode.Parse(text[text.LastIndexOf("{\n", StringComparison.Ordinal)..])!;
        Assert.Equal("available", (string?)result["lifeCycleState"]);
        Assert.Equal("req-send-1", (string?)result["requestId"]);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task RunAsync_WhenAMessageIsRejectedIntoTheDeadLetterQueue_ShouldExitThreeWithTheNamedErrorOnOneLine()
    {
        var exitCode = await SendAsync("RequestsQueue", Message("bad.json", """{"action":"provision-file-system","requestId":"req-send-2","throughputMode":"turbo"}"""));

        Assert.Equal(ExitCodes.Validation, exitCode);
        Assert.Contains("RouteRequestsFunction: batch of 1, 1 failed, receive 3", output.ToString(), StringComparison.Ordinal);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("was rejected 3 times and rests in storageops-requests-dlq: StorageOps.ValidationError: throughputMode: 'turbo' must be one of", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenTheStartedExecutionFails_ShouldPrintItsErrorAndCauseAndExitFive()
    {
        var exitCode = await SendAsync("requests", Message("late.json", """{"action":"provision-file-system","requestId":"req-send-3","timeoutSeconds":1}"""));

        Assert.Equal(ExitCodes.WorkflowFailed, exitCode);
        var text = output.ToString();
        var result = JsonNode.Parse(text[text.LastIndexOf("{\n", StringComparison.Ordinal)..])!;
        Assert.Equal("FAILED", (string?)result["status"]);
        Assert.Equal("StorageOps.DeadlineExceeded", (string?)result["error"]);
        Assert.StartsWith("storageops: req-send-3 FAILED: StorageOps.DeadlineExceeded", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere", "'nowhere' is not a queue of the template; it has RequestsDeadLetterQueue (requests-dead-letter), RequestsQueue (requests).")]
    [InlineData("requests-dead-letter", "Queue RequestsDeadLetterQueue triggers no function in the template.")]
    public async Task RunAsync_WhenTheQueueCannotDeliver_ShouldBeAUsageError(string queue, string expected)
    {
        var exitCode = await SendAsync(queue, Message("ok.json", """{"action":"provision-file-system","requestId":"req-send-4"}"""));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenTheFileIsAStateMachineInputWithoutAction_ShouldRefuseItByNameBeforeDeliveringAnything()
    {
        var input = RepositoryPaths.Combine("events", "provision-file-system.json");

        var exitCode = await SendAsync("requests", input);

        Assert.Equal(ExitCodes.Validation, exitCode);
        Assert.Empty(output.ToString());
        Assert.Equal(
            $"storageops: StorageOps.ValidationError: {input} has no 'action', so it is a state machine input, not a request message. Send the message form, which names the action next to the same fields " +
            "({\"action\": \"provision-file-system\", \"requestId\": ...}, as in events/requests/ and schemas/), " +
            $"or run this input directly: storageops run provision-file-system --input {input}",
            error.ToString().TrimEnd());
    }

    [Fact]
    public async Task RunAsync_WhenTheRequestSampleIsSent_ShouldProvisionTheFileSystemWithItsMountTargetsInTheDefaultVpcAndExitZero()
    {
        var exitCode = await SendAsync("requests", RepositoryPaths.Combine("events", "requests", "provision-file-system.json"));

        var text = output.ToString();
        Assert.True(exitCode == ExitCodes.Success, text + error);
        var result = JsonNode.Parse(text[(text.LastIndexOf("\n{\n", StringComparison.Ordinal) + 1)..])!;
        Assert.Equal("req-2026-12-01-analytics", (string?)result["requestId"]);
        Assert.Equal(["subnet-a5fd401eecacc00df", "subnet-f3439a6d72526ea19"], result["mountTargets"]!.AsArray().Select(target => (string?)target!["subnetId"]));
        Assert.Equal("172.31.0.10", (string?)result["mountTargets"]![0]!["ipAddress"]);
        Assert.Equal($"{(string?)result["fileSystemId"]}.efs.us-east-1.amazonaws.com", (string?)result["mountDnsName"]);
    }

    [Fact]
    public async Task RunAsync_WhenNoMessageFileIsGiven_ShouldBeAUsageError()
    {
        Assert.Equal(ExitCodes.Usage, await StorageOpsCommandLine.RunAsync(["send", "requests"], output, error, CancellationToken.None));
        Assert.Equal(ExitCodes.Usage, await SendAsync("requests", Path.Combine(folder, "missing.json")));
    }

    private Task<int> SendAsync(string queue, string file) =>
        StorageOpsCommandLine.RunAsync(["send", queue, file, "--template", RepositoryPaths.Combine("template.yaml")], output, error, CancellationToken.None);

    private string Message(string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, body);
        return path;
    }
}
