using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>
/// Every case runs through this engine, aws-local-stepfunctions and moto with the same canned task results. This engine
/// must produce the expected outcome (the AWS documentation and ASL specification decide it); each reference must either
/// agree, or do exactly what its expectations file records as its known deviation, with the reason.
/// </summary>
public sealed class DifferentialTests(AwsLocalStepFunctionsRuns awsLocalStepFunctions, MotoStepFunctions moto)
    : IClassFixture<AwsLocalStepFunctionsRuns>, IClassFixture<MotoStepFunctions>
{
    private const string AwsLocalStepFunctions = "aws-local-stepfunctions";
    private const string Moto = "moto";

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

    [Theory]
    [MemberData(nameof(Cases))]
    public void AwsLocalStepFunctions_ShouldAgreeOrDeviateOnlyAsRecorded(string name)
    {
        var testCase = DifferentialCase.Load(name);

        AssertReference(testCase, AwsLocalStepFunctions, awsLocalStepFunctions[name]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Moto_ShouldAgreeOrDeviateOnlyAsRecorded(string name)
    {
        var testCase = DifferentialCase.Load(name);
        if (testCase.Deviation(Moto) is { } deviation && (bool?)deviation["runs"] == false)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)deviation["reason"]), $"{name}: a case moto cannot run must say why");
            return;
        }

        AssertReference(testCase, Moto, await moto.RunAsync(name, testCase.Definition, testCase.Input));
    }

    internal static async Task<Outcome> RunOurEngineAsync(DifferentialCase testCase)
    {
        var clock = new VirtualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var engine = new StateMachineEngine(clock, new CannedLambdaInvoker(testCase.TaskResults));
        var result = await engine.RunAsync(StateMachineDefinition.FromJson(testCase.Definition.DeepClone()), testCase.Input?.DeepClone(),
            new ExecutionOptions { ExecutionName = "run" });
        return result.Status == ExecutionStatus.Succeeded ? Outcome.Succeeded(result.Output) : Outcome.Failed(result.Error);
    }

    private static void AssertReference(DifferentialCase testCase, string reference, Outcome observed)
    {
        if (testCase.Deviation(reference) is not { } deviation)
        {
            Assert.True(observed.SameAs(testCase.Expected), $"{testCase.Name}: {reference} gave {observed}, the specification calls for {testCase.Expected}");
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace((string?)deviation["reason"]), $"{testCase.Name}: a recorded deviation of {reference} must say why");
        var recorded = Outcome.FromJson(deviation["observed"] ?? throw new InvalidOperationException($"{testCase.Name}: {reference} deviation has no 'observed'"));
        Assert.True(observed.SameAs(recorded), $"{testCase.Name}: {reference} gave {observed}, its recorded deviation is {recorded}");
        Assert.False(recorded.SameAs(testCase.Expected), $"{testCase.Name}: {reference} now agrees with the specification; remove the recorded deviation");
    }
}
