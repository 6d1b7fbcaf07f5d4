using System.Diagnostics;
using System.Globalization;
using ColdStart.Benchmarks;
using StorageOps.Simulator;
using StorageOps.Simulator.Efs;

// Cold start of the deployed Lambda assembly against the bare floor, measured in one run on this machine.
// Usage: dotnet run -c Release --project benchmarks/ColdStart.Benchmarks [-- --starts N --env KEY=VALUE ... --published DIR]
// --env is passed to every started process (e.g. --env DOTNET_TieredPGO=0) to compare runtime knobs.
// --published DIR keeps the published assemblies there (and reuses them if present) instead of a deleted temp folder.
// --variant NAME=DIR also starts StorageOps.Functions.dll from DIR (published another way), in the same rounds.
var startsPerCase = Math.Max(Option("--starts", 10), 1);
var knobs = Pairs("--env", value => value);
var variants = Pairs("--variant", Path.GetFullPath);

var root = RepositoryRoot();
var keptIn = TextOption("--published");
var published = keptIn is null ? Path.Combine(Path.GetTempPath(), $"storageops-coldstart-{Environment.ProcessId}") : Path.GetFullPath(keptIn);
try
{
    var floor = await PublishAsync(Path.Combine(root, "benchmarks", "ColdStart.Floor", "ColdStart.Floor.csproj"), Path.Combine(published, "floor"), "ColdStart.Floor.dll");
    var functions = await PublishAsync(Path.Combine(root, "src", "StorageOps.Functions", "StorageOps.Functions.csproj"), Path.Combine(published, "functions"), "StorageOps.Functions.dll");

    await using var simulator = new AwsSimulator(new SimulatorOptions());
    await simulator.StartAsync(port: 0);
    var fileSystem = simulator.Efs.CreateFileSystem(new CreateFileSystemRequest { CreationToken = "cold-start" });
    using var runtimeApi = new LoopbackRuntimeApi();
    var shared = new Dictionary<string, string>(knobs)
    {
        ["AWS_REGION"] = "us-east-1",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_ACCESS_KEY_ID"] = "cold-start",
        ["AWS_SECRET_ACCESS_KEY"] = "cold-start",
        ["AWS_ENDPOINT_URL"] = simulator.Endpoint.ToString().TrimEnd('/'),
        ["AWS_LAMBDA_FUNCTION_NAME"] = "cold-start",
        ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "512",
    };
    var describe = new Dictionary<string, string> { ["STORAGEOPS_HANDLER"] = "DescribeFileSystem" };
    ColdStartCase[] FunctionCases(string label, string assembly) =>
    [
        new($"DescribeFileSystem, invalid event{label}", assembly, describe, """{"fileSystemId":"not-an-fs"}""", "/error", "StorageOps.ValidationError"),
        new($"DescribeFileSystem, one AWS call{label}", assembly, describe, $$"""{"fileSystemId":"{{fileSystem.FileSystemId}}"}""", "/response", null),
    ];
    ColdStartCase[] cases =
    [
        new("bare floor (hello world)", floor, new Dictionary<string, string>(), "{}", "/response", null),
        .. FunctionCases("", functions),
        .. variants.SelectMany(variant => FunctionCases($" [{variant.Key}]", Path.Combine(variant.Value, "StorageOps.Functions.dll"))),
    ];

    var runner = new ColdStartRunner(runtimeApi, shared);
    foreach (var coldStart in cases)
    {
        await runner.StartOnceAsync(coldStart);
    }

    // Interleaved rounds, so a burst of load on the shared machine falls on every case alike.
    var samples = cases.ToDictionary(coldStart => coldStart, _ => new List<double>());
    var processorTimes = cases.ToDictionary(coldStart => coldStart, _ => new List<double>());
    for (var round = 0; round < startsPerCase; round++)
    {
        foreach (var coldStart in cases)
        {
            var (elapsed, processorTime) = await runner.StartOnceAsync(coldStart);
            samples[coldStart].Add(elapsed.TotalMilliseconds);
            processorTimes[coldStart].Add(processorTime.TotalMilliseconds);
        }
    }

    // Processor time (user + system, by the first answer) moves less than wall time when other work shares the machine.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process start to first response, median of {startsPerCase} starts each{(knobs.Count > 0 ? $", with {string.Join(' ', knobs.Select(knob => $"{knob.Key}={knob.Value}"))}" : "")}:"));
    var floorMedian = Median(samples[cases[0]]);
    var floorProcessorMedian = Median(processorTimes[cases[0]]);
    foreach (var coldStart in cases)
    {
        var median = Median(samples[coldStart]);
        var processorMedian = Median(processorTimes[coldStart]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {coldStart.Name,-46} {median,6:0} ms  {median / floorMedian,5:0.00}x  (min {samples[coldStart].Min():0} max {samples[coldStart].Max():0})   cpu {processorMedian,4:0} ms  {processorMedian / floorProcessorMedian,5:0.00}x"));
    }

    Console.WriteLine("goal: at most 1.50x the floor's wall time for both DescribeFileSystem cases");
    return 0;
}
finally
{
    if (keptIn is null && Directory.Exists(published))
    {
        Directory.Delete(published, recursive: true);
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task<string> PublishAsync(string project, string output, string assembly)
{
    if (File.Exists(Path.Combine(output, assembly)))
    {
        return Path.Combine(output, assembly);
    }

    var startInfo = new ProcessStartInfo("dotnet")
    {
        ArgumentList = { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet" },
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet publish.");
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
    await process.WaitForExitAsync(timeout.Token);
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"dotnet publish {project} failed:\n{await stdout}\n{await stderr}");
    }

    return Path.Combine(output, assembly);
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

    throw new DirectoryNotFoundException("Functions.sln not found above the benchmark's build output.");
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

string? TextOption(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

Dictionary<string, string> Pairs(string name, Func<string, string> value) =>
    args.Select((argument, index) => (argument, index))
        .Where(pair => pair.argument == name && pair.index + 1 < args.Length)
        .Select(pair => args[pair.index + 1].Split('=', 2))
        .ToDictionary(pair => pair[0], pair => value(pair.Length > 1 ? pair[1] : ""));
