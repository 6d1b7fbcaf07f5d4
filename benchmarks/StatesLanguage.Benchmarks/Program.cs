using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using StatesLanguage.Benchmarks;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Time;

// Executions per second of this engine against aws-local-stepfunctions (node), on the differential suite's definitions
// with the same canned task results, in one run; then the per-execution time of the full provisioning workflow.
// Usage: dotnet run -c Release --project benchmarks/StatesLanguage.Benchmarks [-- --repeat N --provision-runs N]
var repeat = Option("--repeat", 200);
var provisionRuns = Option("--provision-runs", 5000);
var root = RepositoryRoot();
var cases = BenchmarkCase.LoadAll(root);
var executions = cases.Count * repeat;

var ours = await MeasureOursAsync();
var node = await MeasureAwsLocalStepFunctionsAsync();
Console.WriteLine(Invariant($"definitions: {cases.Count}, executions each: {repeat}"));
Console.WriteLine(Invariant($"storageops engine:        {executions / ours.TotalSeconds,10:0} executions/s"));
Console.WriteLine(Invariant($"aws-local-stepfunctions:  {executions / node.TotalSeconds,10:0} executions/s"));
Console.WriteLine(Invariant($"ratio: {node / ours:0.0}x aws-local-stepfunctions' throughput (goal: at least 3x)"));

var perExecution = await MeasureProvisionAsync();
Console.WriteLine(Invariant($"provision-file-system (3 polls, 90 s virtual): {perExecution.TotalMilliseconds:0.000} ms per execution (goal: at most 5 ms)"));
return 0;

async Task<TimeSpan> MeasureOursAsync()
{
    var parsed = cases.Select(testCase => (Case: testCase, Definition: StateMachineDefinition.FromJson(testCase.Definition.DeepClone()))).ToList();
    var elapsed = TimeSpan.Zero;
    for (var round = 0; round < 2; round++)
    {
        // Round 0 warms up the JIT; only round 1 counts.
        elapsed = TimeSpan.Zero;
        foreach (var (testCase, definition) in parsed)
        {
            var engine = new StateMachineEngine(new VirtualClock(DateTimeOffset.UnixEpoch), new CannedLambdaInvoker(testCase.TaskResults));
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                await engine.RunAsync(definition, testCase.Input);
            }

            elapsed += stopwatch.Elapsed;

        }
    }

    return elapsed;
}

async Task<TimeSpan> MeasureAwsLocalStepFunctionsAsync()
{
    var payload = new JsonArray([.. cases.Select(testCase => (JsonNode)new JsonObject
    {
        ["name"] = testCase.Name,
        ["definition"] = testCase.Definition.DeepClone(),
        ["input"] = testCase.Input?.DeepClone(),
        ["taskResults"] = testCase.TaskResults.DeepClone(),
        ["repeat"] = repeat,
    })]);
    var startInfo = new ProcessStartInfo("node", Path.Combine(root, "tests", "conformance", "run-aws-local-stepfunctions.mjs"))
    {
        WorkingDirectory = Path.Combine(root, "tests", "conformance"),
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start node");
    var output = process.StandardOutput.ReadToEndAsync();
    await process.StandardInput.WriteAsync(payload.ToJsonString());
    process.StandardInput.Close();
    await process.WaitForExitAsync();
    var results = JsonNode.Parse(await output)!.AsArray();
    return TimeSpan.FromMilliseconds(results.Sum(result => (double)result!["elapsedMs"]!));
}

async Task<TimeSpan> MeasureProvisionAsync()
{
    var definition = ProvisionWorkflow.Load(root);
    var input = ProvisionWorkflow.Input(root);
    var engine = new StateMachineEngine(new VirtualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture)), new UnavailableLambdaInvoker());
    var options = new ExecutionOptions { Mocks = ProvisionWorkflow.Mocks };
    var check = await engine.RunAsync(definition, input, options);
    if (check.Status != ExecutionStatus.Succeeded || (string?)check.Output?["lifeCycleState"] != "available")
    {
        throw new InvalidOperationException($"provision-file-system did not succeed: {check.Error} {check.Cause}");
    }

    for (var i = 0; i < provisionRuns / 10; i++)
    {
        await engine.RunAsync(definition, input, options);
    }

    var stopwatch = Stopwatch.StartNew();
    for (var i = 0; i < provisionRuns; i++)
    {
        await engine.RunAsync(definition, input, options);
    }

    return stopwatch.Elapsed / provisionRuns;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the repository (Functions.sln not found above the binary).");
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
