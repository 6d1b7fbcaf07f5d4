using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Tests.Support;
using Xunit.Abstractions;

namespace StorageOps.StatesLanguage.Tests.Execution;

/// <summary>
/// Every hostile definition ends quickly, in bounded memory, with a spec-named error. Allocation is measured process-wide,
/// so this class runs alone (its own non-parallel collection); the elapsed-time bound is a hang guard, not an assertion.
/// </summary>
[Collection(Name)]
public sealed class StateMachineEngineHostileDefinitionTests(ITestOutputHelper log)
{
    public const string Name = "Hostile definitions (measured alone)";

    // 300 MB until the engine kept each distributed-Map child's result (ExecutionResult.MapRuns): the Map over 120,000
    // items allocates about 350 MB where it allocated 265 MB (some 750 bytes more per child: its ExecutionStarted and
    // ExecutionSucceeded events, its packed history and its result).
    private const long MaxAllocatedBytes = 400L * 1024 * 1024;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Cases() => [.. HostileDefinitions.Names];

    [Fact]
    public void Corpus_ShouldHoldAtLeastTwentyCases()
    {
        Assert.True(HostileDefinitions.Names.Count >= 20, $"only {HostileDefinitions.Names.Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LoadAndRun_WhenTheDefinitionIsHostile_ShouldEndBoundedWithASpecNamedError(string name)
    {
        var definitionText = HostileDefinitions.Definition(name);
        var input = JsonNode.Parse(HostileDefinitions.Input(name), documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 128 });
        var harness = new EngineHarness();
        harness.Lambda.On(HostileDefinitions.EchoFunction, payload => payload);
        using var hangGuard = new CancellationTokenSource(HangGuard);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var outcome = await Task.Run(() => LoadAndRunAsync(harness, definitionText, input, hangGuard.Token), hangGuard.Token).WaitAsync(HangGuard);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        log.WriteLine($"{name}: {outcome.Error}, {allocated / 1024} KB allocated; {outcome.Cause?[..Math.Min(outcome.Cause.Length, 300)]}");
        Assert.False(hangGuard.IsCancellationRequested, $"{name}: still running after {HangGuard.TotalSeconds} s");
        Assert.True(allocated < MaxAllocatedBytes, $"{name}: allocated {allocated / (1024 * 1024)} MB");
        Assert.True(outcome.Error == HostileDefinitions.ExpectedError(name), $"{name}: expected {HostileDefinitions.ExpectedError(name)}, got {outcome.Error}: {outcome.Cause}");
        Assert.DoesNotContain("Exception", outcome.Cause ?? string.Empty, StringComparison.Ordinal);
        Assert.True(outcome.Error == HostileDefinitions.Succeeded || !string.IsNullOrWhiteSpace(outcome.Cause), $"{name}: no cause");
    }

    private static async Task<(string Error, string? Cause)> LoadAndRunAsync(EngineHarness harness, string definitionText, JsonNode? input, CancellationToken cancellationToken)
    {
        StateMachineDefinition definition;
        try
        {
            definition = StateMachineDefinition.Parse(definitionText);
        }
        catch (InvalidDefinitionException invalid)
        {
            return (HostileDefinitions.DefinitionError, string.Join(" | ", invalid.Problems.Select(problem => problem.Message)));
        }

        var result = await harness.Engine.RunAsync(definition, input, new ExecutionOptions { ExecutionName = "hostile" }, cancellationToken);
        return result.Status == ExecutionStatus.Succeeded
            ? (HostileDefinitions.Succeeded, null)
            : (result.Error ?? result.Status.ToString(), result.Cause);
    }
}
