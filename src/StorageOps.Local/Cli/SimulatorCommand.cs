using System.Globalization;
using StorageOps.Simulator;
using StorageOps.Simulator.SeedFile;

namespace StorageOps.Local.Cli;

/// <summary>
/// <c>simulator [--port N] [--seed FILE]</c>: the AWS simulator on 127.0.0.1 on the real clock, for the aws CLI and any SDK,
/// until Ctrl+C; serves the fleet of the seed file, or the default fleet, and prints the ids it seeded.
/// </summary>
public static class SimulatorCommand
{
    public const int DefaultPort = 4566;

    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        arguments.AllowOnly("--port", "--seed");
        var port = DefaultPort;
        if (arguments.Option("--port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"--port '{text}' is not a TCP port (1-65535).");
        }

        var seedPath = arguments.Option("--seed");
        SimulatorOptions options;
        try
        {
            options = seedPath is null ? new SimulatorOptions() : FleetSeedFile.Load(seedPath);
        }
        catch (SeedFileException error)
        {
            throw new UsageException($"--seed {seedPath}: {error.Message}");
        }

        await using var simulator = new AwsSimulator(options);
        await simulator.StartAsync(port, cancellationToken);
        output.WriteLine($"AWS simulator listening on {simulator.Endpoint} (EFS, RDS, DocumentDB Elastic, Step Functions), account {options.AccountId}, default region {options.DefaultRegion}.");
        output.WriteLine(seedPath is null ? "Serving the default fleet (see docs/simulator.md to seed your own with --seed FILE)." : $"Serving the fleet of {seedPath}.");
        if (options.Faults.Rules.Count > 0)
        {
            output.WriteLine($"Injecting faults: {options.Faults.Rules.Count} rule(s), seed {options.Faults.Seed}.");
        }

        SeededFleetReport.Write(simulator, options, output);
        output.WriteLine();
        output.WriteLine("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }

        return 0;
    }
}
