using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Tests.Support;

/// <summary>A clock starting at 2026-01-01T00:00:00Z, a scripted Lambda and an engine, for running definitions in tests.</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public EngineHarness()
    {
        Clock = new VirtualClock(Start);
        Lambda = new ScriptedLambdaInvoker(Clock);
        Engine = new StateMachineEngine(Clock, Lambda);
    }

    public VirtualClock Clock { get; }

    public ScriptedLambdaInvoker Lambda { get; }

    public StateMachineEngine Engine { get; }

    public Task<ExecutionResult> RunAsync(string definition, string input = "{}", ExecutionOptions? options = null) =>
        Engine.RunAsync(StateMachineDefinition.Parse(definition), JsonNode.Parse(input), options ?? new ExecutionOptions { ExecutionName = "test-execution" });

    public static string Output(ExecutionResult result) => StorageOps.StatesLanguage.Paths.JsonValues.Serialize(result.Output);

    /// <summary>The history as "Type" or "Type:StateName" lines, for asserting whole sequences.</summary>
    public static string[] Trace(ExecutionResult result) =>
        [.. result.History.Select(e => e.StateName is { } name ? $"{e.Type}:{name}" : e.Type.ToString())];

    public static IEnumerable<HistoryEvent> OfType(ExecutionResult result, HistoryEventType type) => result.History.Where(e => e.Type == type);

    /// <summary>Seconds of virtual time since <see cref="Start"/>.</summary>
    public static double SecondsSinceStart(DateTimeOffset at) => (at - Start).TotalSeconds;
}
