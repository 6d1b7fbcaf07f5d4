using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.Testing;

namespace EndToEnd.Tests.Schemas;

/// <summary>
/// What the state machines really take and return, held to their published schemas: every workflow of statemachines/
/// runs its sample (events/&lt;workflow&gt;.json) on the local runner, and its input must match
/// schemas/&lt;workflow&gt;-input.schema.json and its output schemas/&lt;workflow&gt;-output.schema.json.
/// A new workflow is picked up from its definition file; one without a sample or a schema fails here.
/// </summary>
public sealed class WorkflowSchemaTests
{
    private const string Provision = "provision-file-system";

    private const string NightlySnapshots = "nightly-snapshots";

    public static TheoryData<string> Workflows => [.. WorkflowSchemas.Workflows];

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

    private static async Task<(JsonNode? Input, ExecutionResult Result)> RunSampleAsync(LocalEnvironment environment, string workflow)
    {
        var input = await WorkflowSamples.InputForAsync(environment, SampleSchemas.EventsDirectory, workflow);
        var result = await environment.RunAsync(workflow, input?.DeepClone());
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{workflow} sample {result.Status}: {result.Error}: {result.Cause}");
        return (input, result);
    }

    private static void AssertHeldToItsSchemas(string workflow, JsonNode? input, ExecutionResult result)
    {
        SchemaCatalog.Repository.AssertValid(WorkflowSchemas.InputSchema(workflow), input, $"{workflow}'s input");
        SchemaCatalog.Repository.AssertValid(WorkflowSchemas.OutputSchema(workflow), result.Output, $"{workflow}'s output");
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task Sample_WhenRunOnTheLocalRunner_ShouldTakeAndReturnWhatItsSchemasSay(string workflow)
    {
        Assert.True(File.Exists(WorkflowSchemas.SamplePath(workflow)), $"{workflow} has no sample: add events/{workflow}.json (docs/schemas.md).");
        Assert.True(SchemaCatalog.Exists(WorkflowSchemas.InputSchema(workflow)), $"{workflow} has no input schema: add schemas/{WorkflowSchemas.InputSchema(workflow)}.schema.json (docs/schemas.md).");
        Assert.True(SchemaCatalog.Exists(WorkflowSchemas.OutputSchema(workflow)), $"{workflow} has no output schema: add schemas/{WorkflowSchemas.OutputSchema(workflow)}.schema.json (docs/schemas.md).");
        await using var environment = await StartAsync();

        var (input, result) = await RunSampleAsync(environment, workflow);

        AssertHeldToItsSchemas(workflow, input, result);
        var published = PublishedEvents.Of(environment);
        Assert.True(workflow != NightlySnapshots || published.Count == 1, $"{workflow} published {published.Count} events; one summary a night was expected.");
        foreach (var envelope in published)
        {
            var detailType = (string)envelope["detail-type"]!;
            Assert.True(PublishedEvents.SchemaByDetailType.TryGetValue(detailType, out var schema), $"{workflow} published a '{detailType}' event, which no schema describes.");
            SchemaCatalog.Repository.AssertValid(schema, envelope, $"{workflow}'s '{detailType}' event");
        }
    }

    /// <summary>The shapes a sample does not show: no mount targets and no replication (replication null), one kind of change only.</summary>
    [Theory]
    [InlineData(Provision, """{"requestId":"req-plain","tags":{"Name":"plain"}}""")]
    [InlineData(Provision, """{"requestId":"req-one-zone","availabilityZoneName":"us-east-1a","throughputMode":"provisioned","provisionedThroughputInMibps":64,"mountTargets":[{"subnetId":"subnet-a5fd401eecacc00df"}],"rollbackOnFailure":false}""")]
    [InlineData("update-file-system", """{"requestId":"req-tags-only","fileSystemId":"fs-0123456789abcdef0","tags":{"tier":"gold"}}""")]
    [InlineData("update-file-system", """{"requestId":"req-protection-only","fileSystemId":"fs-0123456789abcdef0","replicationOverwriteProtection":"DISABLED"}""")]
    [InlineData("teardown-file-system", """{"requestId":"req-teardown-force","fileSystemId":"fs-0123456789abcdef0","force":true,"timeoutSeconds":600}""")]
    public async Task Variant_WhenRunOnTheLocalRunner_ShouldTakeAndReturnWhatItsSchemasSay(string workflow, string variant)
    {
        await using var environment = await StartAsync();
        var input = JsonNode.Parse(variant)!.AsObject();
        if (input.ContainsKey("fileSystemId"))
        {
            var (_, provisioned) = await RunSampleAsync(environment, Provision);
            input["fileSystemId"] = (string?)provisioned.Output!["fileSystemId"];
        }

        var result = await environment.RunAsync(workflow, input.DeepClone());

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{workflow} {result.Status}: {result.Error}: {result.Cause}");
        AssertHeldToItsSchemas(workflow, input, result);
    }

    /// <summary>Proves the loop above can fail: the provisioning definition with one more member in its output, run as the template wires it.</summary>
    [Fact]
    public async Task Output_WhenTheStateMachineReturnsAMemberItsSchemaDoesNotHave_ShouldFailNamingIt()
    {
        await using var environment = await StartAsync();
        var workflow = environment.Wiring.Workflow(Provision);
        var drifted = JsonNode.Parse(workflow.Definition)!;
        drifted["States"]!["FileSystemProvisioned"]!["Parameters"]!["mountTargetCount.$"] = "States.ArrayLength($.mountTargetCreation.status.mountTargets)";
        var input = await WorkflowSamples.InputForAsync(environment, SampleSchemas.EventsDirectory, Provision);

        var result = await environment.Engine.RunAsync(StateMachineDefinition.Parse(drifted.ToJsonString()), input, new ExecutionOptions { StateMachineArn = workflow.StateMachineArn, ExecutionName = "drifted" });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(3, (int?)result.Output!["mountTargetCount"]);
        var problems = SchemaCatalog.Repository.Problems(WorkflowSchemas.OutputSchema(Provision), result.Output);
        Assert.Contains(problems, problem => problem.Contains("mountTargetCount", StringComparison.Ordinal));
        Assert.Throws<Xunit.Sdk.TrueException>(() => SchemaCatalog.Repository.AssertValid(WorkflowSchemas.OutputSchema(Provision), result.Output, "the drifted output"));
    }

    [Fact]
    public async Task Output_WhenARequiredMemberIsMissingOrOfAnotherType_ShouldFailNamingIt()
    {
        await using var environment = await StartAsync();
        var (_, result) = await RunSampleAsync(environment, "teardown-file-system");
        var withoutIds = result.Output!.DeepClone().AsObject();
        withoutIds.Remove("deletedMountTargetIds");
        var stateAsNumber = result.Output!.DeepClone().AsObject();
        stateAsNumber["lifeCycleState"] = 0;

        Assert.Contains(SchemaCatalog.Repository.Problems("teardown-file-system-output", withoutIds), problem => problem.Contains("deletedMountTargetIds", StringComparison.Ordinal));
        Assert.Contains(SchemaCatalog.Repository.Problems("teardown-file-system-output", stateAsNumber), problem => problem.StartsWith("/lifeCycleState", StringComparison.Ordinal));
    }
}
