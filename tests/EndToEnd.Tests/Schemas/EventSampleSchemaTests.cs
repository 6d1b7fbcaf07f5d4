using System.Text.Json.Nodes;

namespace EndToEnd.Tests.Schemas;

/// <summary>Every sample in events/ is what users copy and what the local runner runs: each must match the schema its file name maps to.</summary>
public sealed class EventSampleSchemaTests
{
    public static TheoryData<string> Samples => [.. SampleSchemas.Samples];

    private static JsonNode? Read(string sample) => JsonNode.Parse(File.ReadAllText(Path.Combine(SampleSchemas.EventsDirectory, sample)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_WhenCheckedAgainstTheSchemaItsNameMapsTo_ShouldBeValid(string sample)
    {
        var schema = SampleSchemas.SchemaFor(sample);

        Assert.True(SchemaCatalog.Exists(schema), $"events/{sample} has no schema: its name maps to schemas/{schema}.schema.json (docs/schemas.md), which does not exist.");
        SchemaCatalog.Repository.AssertValid(schema, Read(sample), $"events/{sample}");
    }

    [Fact]
    public void Samples_WhenListed_ShouldHoldEveryRequestAndEveryWorkflowInput()
    {
        var schemas = SampleSchemas.Samples.Select(SampleSchemas.SchemaFor).ToList();

        Assert.Contains("provision-file-system", schemas);
        Assert.Contains("provision-file-system-input", schemas);
        Assert.Contains("sqs-receive-message", schemas);
        Assert.All(WorkflowSchemas.Workflows, workflow => Assert.Contains(WorkflowSchemas.InputSchema(workflow), schemas));
    }

    [Theory]
    [InlineData("requests/provision-file-system.json", "provision-file-system")]
    [InlineData("provision-file-system.json", "provision-file-system-input")]
    [InlineData("sqs-receive-message.json", "sqs-receive-message")]
    [InlineData("some-new-event.json", "some-new-event")]
    public void SchemaFor_WhenGivenASampleName_ShouldMapItAsDocumented(string sample, string expected) =>
        Assert.Equal(expected, SampleSchemas.SchemaFor(sample));

    [Fact]
    public void SchemaFor_WhenTheSampleIsNamedAfterAStateMachine_ShouldMapItToThatStateMachinesInputSchema() =>
        Assert.All(WorkflowSchemas.Workflows, workflow => Assert.Equal($"{workflow}-input", SampleSchemas.SchemaFor($"{workflow}.json")));

    [Fact]
    public void Sample_WhenItsNameMapsToNoSchema_ShouldFailNamingTheMissingFile()
    {
        var problems = SchemaCatalog.Repository.Problems(SampleSchemas.SchemaFor("some-new-event.json"), new JsonObject());

        Assert.Equal("schemas/some-new-event.schema.json does not exist (docs/schemas.md lists which schema judges what).", Assert.Single(problems));
    }

    [Fact]
    public void Sample_WhenARequestSampleBreaksItsSchema_ShouldFailNamingTheMember()
    {
        var message = Read("requests/update-file-system.json")!.AsObject();
        message["throughputMode"] = "fast";
        message["surprise"] = true;

        var problems = SchemaCatalog.Repository.Problems("update-file-system", message);

        Assert.Contains(problems, problem => problem.StartsWith("/throughputMode", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("surprise", StringComparison.Ordinal) || problem.StartsWith("/surprise", StringComparison.Ordinal));
    }

    [Fact]
    public void SqsEventSample_WhenEachBodyIsReadAsARequestMessage_ShouldMatchTheSchemaOfItsAction()
    {
        var records = Read("sqs-receive-message.json")!["Records"]!.AsArray();

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var body = JsonNode.Parse((string)record!["body"]!);
            var action = (string)body!["action"]!;
            SchemaCatalog.Repository.AssertValid(action, body, $"the body of SQS message {record["messageId"]}");
        }
    }

    [Fact]
    public void WorkflowInputSample_WhenItCarriesTheRequestsAction_ShouldBeRefused()
    {
        var input = Read("provision-file-system.json")!.AsObject();
        input["action"] = "provision-file-system";

        Assert.Contains(SchemaCatalog.Repository.Problems("provision-file-system-input", input), problem => problem.Contains("action", StringComparison.Ordinal));
    }
}
