using System.Text.Json.Nodes;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Template;

/// <summary>Suite-wide: every definition in statemachines/ (including those added later) handles errors with names that exist.</summary>
public sealed class StateMachineErrorHandlingTests
{
    private static IEnumerable<string> DefinitionFiles() =>
        Directory.GetFiles(RepositoryPaths.Combine("statemachines"), "*.asl.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Definitions() => new(DefinitionFiles());

    private static JsonNode Load(string fileName) => JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("statemachines", fileName)))!;

    [Fact]
    public void Definitions_WhenListed_ShouldIncludeProvisionFileSystem() =>
        Assert.Contains("provision-file-system.asl.json", DefinitionFiles());

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Problems_WhenGivenARepositoryDefinition_ShouldFindNone(string fileName) =>
        Assert.Empty(StateMachineErrorAudit.Problems(fileName, Load(fileName)));

    [Theory]
    [MemberData(nameof(Definitions))]
    public void AllStates_WhenGivenARepositoryDefinition_ShouldFindALambdaTaskToCheck(string fileName) =>
        Assert.Contains(StateMachineErrorAudit.AllStates(Load(fileName)), state => (string?)state.Body["Type"] == "Task");

    [Fact]
    public void OurErrorNames_WhenReadByReflection_ShouldHoldEveryStorageOpsConstant()
    {
        Assert.Contains("StorageOps.ValidationError", StateMachineErrorAudit.OurErrorNames);
        Assert.All(StateMachineErrorAudit.OurErrorNames, name => Assert.StartsWith("StorageOps.", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_WhenARetryOrCatchNamesAnUnknownError_ShouldReportEach()
    {
        var definition = JsonNode.Parse("""
            {"StartAt":"Run","States":{"Run":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
              "Retry":[{"ErrorEquals":["Lambda.ServiceException","Lambda.AWSLambdaException","Lambda.SdkClientException","Lambda.TooManyRequestsException"],"MaxAttempts":6},{"ErrorEquals":["StorageOps.NoSuchError"]}],
              "Catch":[{"ErrorEquals":["States.Everything"],"Next":"Done"}],"Next":"Done"},
              "Done":{"Type":"Succeed"}}}
            """)!;

        var problems = StateMachineErrorAudit.Problems("bad.asl.json", definition);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, problem => problem.Contains("Retry[1] names 'StorageOps.NoSuchError'", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("Catch[0] names 'States.Everything'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_WhenALambdaTaskInsideAMapLacksTheTransientRetry_ShouldReportIt()
    {
        var definition = JsonNode.Parse("""
            {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemProcessor":{"StartAt":"Run","States":{
              "Run":{"Type":"Task","Resource":"${CreateMountTargetFunctionArn}","Retry":[{"ErrorEquals":["Lambda.ServiceException"]}],"End":true}}},
              "End":true}}}
            """)!;

        var problem = Assert.Single(StateMachineErrorAudit.Problems("map.asl.json", definition));

        Assert.Contains("state Run: Lambda task without the standard transient-error Retry", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_WhenStatesAllIsNotAloneAndLast_ShouldReportIt()
    {
        var definition = JsonNode.Parse("""
            {"StartAt":"Run","States":{"Run":{"Type":"Pass",
              "Catch":[{"ErrorEquals":["States.ALL","States.Timeout"],"Next":"Done"},{"ErrorEquals":["States.TaskFailed"],"Next":"Done"}],"Next":"Done"},
              "Done":{"Type":"Succeed"}}}
            """)!;

        var problem = Assert.Single(StateMachineErrorAudit.Problems("all.asl.json", definition));

        Assert.Contains("Catch[0] uses States.ALL", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_WhenAnEnclosingStateCatchesAnErrorAFailStateRaises_ShouldAcceptIt()
    {
        var definition = JsonNode.Parse("""
            {"StartAt":"Both","States":{"Both":{"Type":"Parallel","Branches":[{"StartAt":"Stop","States":{
              "Stop":{"Type":"Fail","Error":"StorageOps.BranchStopped"}}}],
              "Catch":[{"ErrorEquals":["StorageOps.BranchStopped"],"Next":"Done"}],"Next":"Done"},
              "Done":{"Type":"Succeed"}}}
            """)!;

        Assert.Empty(StateMachineErrorAudit.Problems("parallel.asl.json", definition));
    }
}
