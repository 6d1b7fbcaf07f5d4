using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Cli;

/// <summary><c>demo</c> and <c>run</c>: one workflow of template.yaml, end to end, against the local simulator.</summary>
public static class RunCommand
{
    public const string DemoWorkflow = "provision-file-system";
    public const string DemoInput = "events/provision-file-system.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Task<int> DemoAsync(CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        arguments.AllowOnly("--template", "--history");
        var template = RepositoryLocator.FindTemplate(arguments.Option("--template"));
        var input = Path.Combine(Path.GetDirectoryName(template)!, DemoInput);
        return ExecuteAsync(template, DemoWorkflow, input, arguments.Flag("--history"), output, cancellationToken);
    }

    public static Task<int> RunAsync(CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        arguments.AllowOnly("--template", "--input", "--history");
        if (arguments.Positional is not [var workflow])
        {
            throw new UsageException("'run' takes one workflow name, e.g. provision-file-system.");
        }

        var input = arguments.Option("--input") ?? throw new UsageException("'run' needs --input FILE.");
        return ExecuteAsync(RepositoryLocator.FindTemplate(arguments.Option("--template")), workflow, input, arguments.Flag("--history"), output, cancellationToken);
    }

    private static async Task<int> ExecuteAsync(string templatePath, string workflow, string inputPath, bool printHistory, TextWriter output, CancellationToken cancellationToken)
    {
        var input = ReadInput(inputPath);
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = templatePath }, cancellationToken);
        var start = environment.Clock.GetUtcNow();
        output.WriteLine($"{workflow}: input {inputPath}");
        output.WriteLine($"  AWS simulator at {environment.Simulator.Endpoint}, virtual clock from {start:yyyy-MM-ddTHH:mm:ssZ}");
        var wallClock = Stopwatch.StartNew();
        var result = await environment.RunAsync(workflow, input, historyEvent => PrintTransition(historyEvent, start, output), cancellationToken);
        wallClock.Stop();

        var virtualElapsed = result.StopDate - result.StartDate;
        var transitions = result.History.Count(historyEvent => historyEvent.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal));
        output.WriteLine(
            $"{result.Status} after {virtualElapsed:hh\\:mm\\:ss} of virtual time in {wallClock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s, {transitions} state transitions.");
        output.WriteLine(result.Status == ExecutionStatus.Succeeded
            ? result.Output?.ToJsonString(Indented) ?? "null"
            : new JsonObject { ["error"] = result.Error, ["cause"] = result.Cause }.ToJsonString(Indented));
        if (printHistory)
        {
            output.WriteLine(result.ExportHistoryJson(indented: true));
        }

        return result.Status == ExecutionStatus.Succeeded ? 0 : 1;
    }

    private static JsonNode? ReadInput(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No input file at {path}.");
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException invalid)
        {
            throw new UsageException($"{path} is not valid JSON: {invalid.Message}");
        }
    }

    private static void PrintTransition(HistoryEvent historyEvent, DateTimeOffset start, TextWriter output)
    {
        var offset = historyEvent.Timestamp - start;
        var line = historyEvent.Details switch
        {
            StateEnteredEventDetails entered => $"{entered.Name,-22} {historyEvent.Type.ToString().Replace("StateEntered", "", StringComparison.Ordinal)}",
            LambdaFunctionFailedEventDetails failed => $"{"",-22} failed: {failed.Error}",
            _ => null,
        };
        if (line is not null)
        {
            output.WriteLine($"  +{offset:hh\\:mm\\:ss}  {line}");
        }
    }
}
