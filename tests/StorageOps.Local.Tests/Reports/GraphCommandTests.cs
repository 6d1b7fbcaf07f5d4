using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Reports;

public sealed class GraphCommandTests : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly string directory = Directory.CreateTempSubdirectory("storageops-graph-").FullName;

    public void Dispose()
    {
        Directory.Delete(directory, recursive: true);
        output.Dispose();
        error.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        StorageOpsCommandLine.RunAsync([.. args, "--template", RepositoryPaths.Combine("template.yaml")], output, error, CancellationToken.None);

    [Fact]
    public async Task Graph_WhenGivenAWorkflowName_ShouldWriteItsDefinitionAsSvgOnStandardOutput()
    {
        var exitCode = await RunAsync("graph", "teardown-file-system");

        Assert.True(exitCode == 0, error.ToString());
        var svg = output.ToString();
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("data-state=\"DeleteMountTargets\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"edge edge-catch\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("data-status", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_WhenGivenADefinitionFileAndAnHtmlOut_ShouldWriteASelfContainedPageAndSayWhere()
    {
        var page = Path.Combine(directory, "provision.html");

        var exitCode = await RunAsync("graph", RepositoryPaths.Combine("statemachines", "provision-file-system.asl.json"), "--out", page);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Equal($"Wrote {page}", output.ToString().Trim());
        var html = await File.ReadAllTextAsync(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>provision-file-system</title>", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"CreateMountTarget\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_WhenGivenADefinitionOutsideTheTemplate_ShouldDrawItAsItIs()
    {
        var definition = Path.Combine(directory, "hello.asl.json");
        await File.WriteAllTextAsync(definition, """{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","End":true}}}""");

        var exitCode = await RunAsync("graph", definition, "--format", "html");

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains("<title>hello</title>", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_WhenTheStateMachineIsNeitherAWorkflowNorAFile_ShouldExitWithUsageListingTheWorkflows()
    {
        var exitCode = await RunAsync("graph", "no-such-workflow");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("storageops: 'no-such-workflow' is neither a workflow of template.yaml (it has ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("provision-file-system, replicate-file-system", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_WhenGivenNoStateMachine_ShouldExitWithUsage()
    {
        var exitCode = await RunAsync("graph");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("storageops: 'graph' takes one state machine", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_WhenTheFormatIsNeitherSvgNorHtml_ShouldExitWithUsage()
    {
        var exitCode = await RunAsync("graph", "provision-file-system", "--format", "png");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("storageops: 'graph' draws --format svg or --format html, not 'png'. Run 'storageops help' for usage.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_WhenTheDefinitionFileIsMissing_ShouldExitWithUsageNamingIt()
    {
        var exitCode = await RunAsync("graph", "statemachines/missing.asl.json");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("storageops: No definition at statemachines/missing.asl.json.", error.ToString().Trim());
    }

    [Fact]
    public async Task Graph_WhenTheDefinitionIsInvalid_ShouldExitWithValidation()
    {
        var definition = Path.Combine(directory, "broken.asl.json");
        await File.WriteAllTextAsync(definition, """{"StartAt":"Nowhere","States":{}}""");

        var exitCode = await RunAsync("graph", definition);

        Assert.Equal(ExitCodes.Validation, exitCode);
        Assert.StartsWith("storageops: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithReport_ShouldWriteTheExecutionsPageNamedAfterItAndPrintItsPath()
    {
        var exitCode = await RunAsync("run", "provision-file-system", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--report", directory);

        Assert.True(exitCode == 0, error.ToString());
        var page = Path.Combine(directory, "req-2026-11-22-analytics-shared.html");
        Assert.Contains($"Report: {page}", output.ToString(), StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(page);
        Assert.Contains("<title>req-2026-11-22-analytics-shared (provision-file-system)</title>", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"FileSystemProvisioned\" data-type=\"Pass\" data-status=\"succeeded\"", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"RollbackFailed\" data-type=\"Fail\" data-status=\"not-reached\"", html, StringComparison.Ordinal);
    }
}
