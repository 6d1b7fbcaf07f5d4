using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using Spectre.Console;
using StorageOps.Local.Api;

namespace StorageOps.Local.Cli;

/// <summary>
/// The <c>storageops</c> command: parses with System.CommandLine (<see cref="CommandTree"/>), answers <c>--help</c>,
/// <c>help</c> and the <c>[suggest]</c> completion directive, dispatches to a command, and turns every failure into
/// one line on standard error and an exit code (<see cref="CommandFailure"/>).
/// </summary>
public static class StorageOpsCommandLine
{
    private delegate Task<int> Handler(CommandInput input, TextWriter output, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Handler> Handlers = new(StringComparer.Ordinal)
    {
        ["demo"] = RunCommand.DemoAsync,
        ["run"] = RunCommand.RunAsync,
        ["schedule"] = ScheduleCommand.RunAsync,
        ["send"] = SendCommand.RunAsync,
        ["simulator"] = SimulatorCommand.RunAsync,
        ["validate"] = (input, output, _) => ValidateCommand.RunAsync(input, output),
        ["api"] = (input, output, cancellationToken) => ApiCommand.RunAsync(input, output, cancellationToken),
        ["asl"] = AslCommand.RunAsync,
        ["asl run"] = AslCommand.RunAsync,
        ["asl validate"] = AslCommand.RunAsync,
        ["graph"] = GraphCommand.RunAsync,
        ["executions"] = ExecutionsCommand.ListAsync,
        ["execution"] = ExecutionsCommand.ShowAsync,
        ["completion"] = (input, output, _) => CompletionCommand.RunAsync(input, output),
    };

    /// <summary>The commands whose work is long enough for a live status line on a terminal.</summary>
    private static readonly HashSet<string> Tracked = ["demo", "run", "schedule", "send"];

    /// <summary>Runs one command; every failure, of any kind, becomes one line on <paramref name="error"/> and an exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, outputIsTerminal: false, cancellationToken);

    /// <param name="outputIsTerminal">Standard output is a terminal: long commands show a live status (unless NO_COLOR is set).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool outputIsTerminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var root = CommandTree.Build();
            if (args is [] || (args is ["help", ..] && !args.Contains("--help") && !args.Contains("-h")))
            {
                args = [.. args.Skip(1), "--help"];
            }

            var parseResult = root.Parse(args);
            var suggest = root.Directives.OfType<SuggestDirective>().Single();
            if (parseResult.GetResult(suggest) is not null)
            {
                return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
            }

            if (parseResult.Action is HelpAction)
            {
                using var help = new StringWriter();
                var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = help, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
                await output.WriteAsync(HelpText.WithoutSubcommandExamples(help.ToString()));
                return exitCode;
            }

            var input = CommandLineProblems.Check(parseResult);
            var handler = Handlers.GetValueOrDefault(input.Command) ?? throw new UsageException($"Unknown command '{input.Command}'.");
            var json = input.JsonOutput;
            if (!json && Tracked.Contains(input.Command) && ProgressDisplay.ShouldBeLive(outputIsTerminal, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")))
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
                input.Progress = ProgressDisplay.Live(console);
                using var lines = input.Progress.Lines(output);
                return await handler(input, lines, cancellationToken);
            }

            return await handler(input, output, cancellationToken);
        }
#pragma warning disable CA1031 // The one place that turns every failure into a message and an exit code.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            var reported = CommandFailure.From(failure, cancellationToken);
            await error.WriteLineAsync(reported.Message);
            if (args.Contains(CommandTree.VerboseOption))
            {
                await error.WriteLineAsync(failure.ToString());
            }

            return reported.ExitCode;
        }
    }
}
