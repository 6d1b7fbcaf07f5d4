using StorageOps.Local.Api;

namespace StorageOps.Local.Cli;

/// <summary>The <c>storageops</c> command: dispatches to a command and turns expected failures into messages and exit codes.</summary>
public static class StorageOpsCommandLine
{
    public const string Usage = """
        Usage: storageops <command> [options]

        Commands:
          demo [--template PATH]                       provision, update and tear down the sample file system, then run one night, locally
          run WORKFLOW --input FILE [--history]        run a state machine of template.yaml against the local simulator
          schedule NAME [--at TIME] [--fleet FILE] [--output json]
                                                       fire a schedule of template.yaml (nightly-snapshots, replication-health) locally
          send QUEUE FILE... [--template PATH]         deliver request messages through a queue of template.yaml, as SQS would
          simulator [--port N] [--seed FILE]           serve the AWS simulator on 127.0.0.1 (default port 4566)
          validate [--template PATH]                   check that template.yaml wires every function and state machine
          asl run DEFINITION.json --input INPUT.json [--mock-config FILE --test-case NAME] [--history]
          asl validate DEFINITION.json                 run or check any state machine definition on the local engine
          api SERVICE OPERATION ['JSON'] [--endpoint URL] [--region R]
                                                       call one AWS operation (efs, rds, docdb-elastic, sfn) with our clients

        Every command takes --verbose: a failure also prints its stack trace; run and demo list every AWS request.
        Exit codes: 0 success, 1 AWS error (api), 2 usage, 3 validation, 5 workflow failed (or a night that did not pass), 70 internal, 130 cancelled
        (docs/cli.md).
        """;

    /// <summary>Runs one command; every failure, of any kind, becomes one line on <paramref name="error"/> and an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var arguments = CommandArguments.Parse(args);
            return arguments.Command switch
            {
                "demo" => await RunCommand.DemoAsync(arguments, output, cancellationToken),
                "run" => await RunCommand.RunAsync(arguments, output, cancellationToken),
                "schedule" => await ScheduleCommand.RunAsync(arguments, output, cancellationToken),
                "send" => await SendCommand.RunAsync(arguments, output, cancellationToken),
                "simulator" => await SimulatorCommand.RunAsync(arguments, output, cancellationToken),
                "validate" => await ValidateCommand.RunAsync(arguments, output),
                "api" => await ApiCommand.RunAsync(arguments, output, cancellationToken),
                "asl" => await AslCommand.RunAsync(arguments, output, cancellationToken),
                "graph" => await GraphCommand.RunAsync(arguments, output, cancellationToken),
                null or "help" or "--help" or "-h" => Help(output),
                var unknown => throw new UsageException($"Unknown command '{unknown}'."),
            };
        }
#pragma warning disable CA1031 // The one place that turns every failure into a message and an exit code.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            var reported = CommandFailure.From(failure, cancellationToken);
            await error.WriteLineAsync(reported.Message);
            if (args.Contains(CommandArguments.VerboseFlag))
            {
                await error.WriteLineAsync(failure.ToString());
            }

            return reported.ExitCode;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return ExitCodes.Success;
    }
}
