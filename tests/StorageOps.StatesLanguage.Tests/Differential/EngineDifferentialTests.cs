using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>
/// This engine must produce the outcome every case expects (the AWS documentation and the ASL specification decide it).
/// It needs no reference implementation: each reference is compared in its own class, with its own fixture, so a missing
/// reference fails only its own tests.
/// </summary>
public sealed class EngineDifferentialTests
{
    public static TheoryData<string> Cases() => [.. DifferentialCase.Names];

    [Fact]
    public void Suite_ShouldHoldAtLeastFortyDefinitions()
    {
        Assert.True(DifferentialCase.Names.Count >= 40, $"only {DifferentialCase.Names.Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Engine_ShouldProduceTheOutcomeTheSpecificationCallsFor(string name)
    {
        var testCase = DifferentialCase.Load(name);

        var actual = await RunOurEngineAsync(testCase);

        Assert.True(actual.SameAs(testCase.Expected), $"{name}: expected {testCase.Expected}, got {actual}");
    }

    private static async Task<Outcome> RunOurEngineAsync(DifferentialCase testCase)
    {
        var clock = new VirtualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var engine = new StateMachineEngine(clock, new CannedLambdaInvoker(testCase.TaskResults));
        var result = await engine.RunAsync(StateMachineDefinition.FromJson(testCase.Definition.DeepClone()), testCase.Input?.DeepClone(),
            new ExecutionOptions { ExecutionName = "run" });
        return result.Status == ExecutionStatus.Succeeded ? Outcome.Succeeded(result.Output) : Outcome.Failed(result.Error);
    }
}
