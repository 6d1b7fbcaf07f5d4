using StorageOps.Local.Api;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Definition;

namespace StorageOps.Local.Cli;

/// <summary>The <c>storageops</c> command: dispatches to a command and turns expected failures into messages and exit codes.</summary>
public static class StorageOpsCommandLine
{
    public const string Usage = """
        Usage: storageops <command> [options]

        Commands:
          demo [--template PATH]                       provision a file system with events/provision-file-system.json, locally
          run WORKFLOW --input FILE [--history]        run a state machine of template.yaml against the local simulator
          simulator [--port N] [--seed FILE]           serve the AWS simulator on 127.0.0.1 (default port 4566)
          validate [--template PATH]                   check that template.yaml wires every function and state machine
          asl run DEFINITION.json --input INPUT.json [--mock-config FILE --test-case NAME] [--history]
          asl validate DEFINITION.json                 run or check any state machine definition on the local engine
          api SERVICE OPERATION ['JSON'] [--endpoint URL] [--region R]
                                                       call one AWS operation (efs, rds, docdb-elastic, sfn) with our clients
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var arguments = CommandArguments.Parse(args);
            return arguments.Command switch
            {
                "demo" => await RunCommand.DemoAsync(arguments, output, cancellationToken),
                "run" => await RunCommand.RunAsync(arguments, output, cancellationToken),
                "simulator" => await SimulatorCommand.RunAsync(arguments, output, cancellationToken),
                "validate" => await ValidateCommand.RunAsync(arguments, output),
                "api" => await ApiCommand.RunAsync(arguments, output, error, cancellationToken),
                "asl" => await AslCommand.RunAsync(arguments, output, cancellationToken),
                null or "help" or "--help" or "-h" => Help(output),
                var unknown => throw new UsageException($"Unknown command '{unknown}'."),
            };
        }
        catch (UsageException usage)
        {
            await error.WriteLineAsync($"storageops: {usage.Message}\n\n{Usage}");
            return 2;
        }
        catch (Exception failure) when (failure is TemplateException or InvalidDefinitionException or FileNotFoundException)
        {
            await error.WriteLineAsync($"storageops: {failure.Message}");
            return 1;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }
}
