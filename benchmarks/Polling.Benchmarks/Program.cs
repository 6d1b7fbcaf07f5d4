using System.Globalization;
using Polling.Benchmarks;
using StorageOps.Functions.Polling;
using StorageOps.Local.Runner;
using StorageOps.StatesLanguage.Definition;

// State transitions and Lambda invocations of every workflow of template.yaml (run with events/<workflow>.json on the
// local runner) against (a) the lower bound — each resource settled at its first describe — and (b) fixed-interval
// polling tuned to the same 10 % notice latency, at the simulator's default lifecycle timings, 10x shorter and 10x longer.
// "calibrated": the functions' STORAGEOPS_POLLING_TIME_SCALE matches the simulator's speed; "uncalibrated": defaults.
// Usage: dotnet run -c Release --project benchmarks/Polling.Benchmarks
var templatePath = RepositoryLocator.FindTemplate(null);
var root = Path.GetDirectoryName(templatePath)!;
var baseOptions = new LocalEnvironmentOptions { TemplatePath = templatePath };
var workflows = await WorkflowNamesAsync();
var allMet = true;

Console.WriteLine("| workflow | ready times | polling | transitions | lower bound | ratio | fixed-interval | fixed / ours | invocations (ours / lower / fixed) | notice latency (worst loop) | goals |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var workflow in workflows)
{
    var events = Path.Combine(root, "events");
    if (!File.Exists(WorkflowSamples.PathOf(events, workflow)))
    {
        Console.WriteLine($"| {workflow} | | | no sample input events/{workflow}.json | | | | | | | skipped |");
        continue;
    }

    var lowerBound = await RunAsync(workflow, events, LifecycleTimings.SettledAtFirstDescribe(baseOptions));
    foreach (var scale in new[] { 1.0, 0.1, 10.0 })
    {
        var timings = new LifecycleTimings(scale);
        foreach (var calibrated in new[] { true, false })
        {
            if (scale == 1.0 && !calibrated)
            {
                continue;
            }

            var options = timings.Apply(baseOptions) with
            {
                FunctionVariables = calibrated
                    ? new Dictionary<string, string> { [PollingSchedules.TimeScaleVariable] = scale.ToString(CultureInfo.InvariantCulture) }
                    : new Dictionary<string, string>(),
            };
            var ours = await RunAsync(workflow, events, options);
            allMet &= Report(workflow, timings, calibrated ? "calibrated" : "uncalibrated", ours, lowerBound, countsTowardGoal: calibrated);
        }
    }
}

Console.WriteLine();
Console.WriteLine("Goals (calibrated rows): transitions at most 1.3x the lower bound, notice latency at most 10 % of each ready time (at least the 1 s a Wait state can express), at least 5x fewer transitions than fixed-interval polling.");
Console.WriteLine(allMet ? "All calibrated rows meet the goals." : "Some calibrated rows miss a goal (see the goals column).");
return 0;

async Task<List<string>> WorkflowNamesAsync()
{
    await using var environment = await LocalEnvironment.StartAsync(baseOptions);
    return [.. environment.Wiring.Workflows.Values.Select(workflow => workflow.Name).Order(StringComparer.Ordinal)];
}

async Task<WorkflowMeasurement> RunAsync(string workflow, string events, LocalEnvironmentOptions options)
{
    await using var environment = await LocalEnvironment.StartAsync(options);
    var input = await WorkflowSamples.InputForAsync(environment, events, workflow);
    var result = await environment.RunAsync(workflow, input);
    return WorkflowMeasurement.Of(result, StateMachineDefinition.Parse(environment.Wiring.Workflow(workflow).Definition));
}

bool Report(string workflow, LifecycleTimings timings, string polling, WorkflowMeasurement ours, WorkflowMeasurement lowerBound, bool countsTowardGoal)
{
    // Fixed-interval polling tuned to the same bound polls every 10 % of the ready time: ceil(T / I) describes per loop.
    var fixedExtraRounds = 0;
    var worstLatency = 0.0;
    var latencyMet = true;
    var latencyText = "";
    foreach (var (describe, loop) in ours.Loops)
    {
        if (!PollingLoops.OperationByDescribeState.TryGetValue(describe, out var operation))
        {
            latencyText += $"{describe}: unmapped; ";
            continue;
        }

        var ready = timings.SecondsOf(operation);
        var interval = Math.Max(PollingSchedule.MinimumWaitSeconds, Math.Floor(PollingSchedule.NoticeFraction * ready));
        fixedExtraRounds += (int)Math.Ceiling(ready / interval) - 1;
        var latency = (loop.Noticed - loop.Started).TotalSeconds - ready;
        var fraction = latency / ready;
        // Wait states count whole seconds, so below 10 s of ready time the bound is one second.
        latencyMet &= latency <= Math.Max(PollingSchedule.MinimumWaitSeconds, PollingSchedule.NoticeFraction * ready);
        if (fraction >= worstLatency)
        {
            worstLatency = fraction;
            latencyText = Invariant($"{describe}: {latency:0.#} s of {ready:0.#} s = {fraction:0%} ({loop.Describes} describes); ");
        }
    }

    var fixedTransitions = lowerBound.Transitions + (fixedExtraRounds * PollingLoops.TransitionsPerRound);
    var fixedInvocations = lowerBound.Invocations + fixedExtraRounds;
    var ratio = (double)ours.Transitions / lowerBound.Transitions;
    var fewer = (double)fixedTransitions / ours.Transitions;
    var met = ours.Status == StorageOps.StatesLanguage.Execution.ExecutionStatus.Succeeded && ratio <= 1.3 && latencyMet && fewer >= 5;
    var goals = ours.Status != StorageOps.StatesLanguage.Execution.ExecutionStatus.Succeeded ? $"run {ours.Status} {ours.Error}" : met ? "met" : "missed";
    Console.WriteLine(Invariant(
        $"| {workflow} | {timings.Scale:0.#}x | {polling} | {ours.Transitions} | {lowerBound.Transitions} | {ratio:0.00}x | {fixedTransitions} | {fewer:0.0}x | {ours.Invocations} / {lowerBound.Invocations} / {fixedInvocations} | {latencyText.TrimEnd(' ', ';')} | {goals} |"));
    return !countsTowardGoal || met;
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
