using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using StorageOps.Simulator;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.SeedFile;

namespace StorageOps.Local.Cli;

/// <summary>
/// <c>simulator [--port N] [--seed FILE] [--time-scale N]</c>: the AWS simulator on 127.0.0.1, for the aws CLI and any SDK, until Ctrl+C,
/// SIGINT or SIGTERM; on the real clock, or N simulated seconds per wall-clock second. Serves the fleet of the seed file, or the
/// default fleet, and prints the ids it seeded.
/// </summary>
public static class SimulatorCommand
{
    public const int DefaultPort = 4566;

    public const double MaxTimeScale = 1_000_000;

    public static async Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var port = DefaultPort;
        if (arguments.Option("--port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"--port '{text}' is not a TCP port (1-65535).");
        }

        var timeScale = 1.0;
        if (arguments.Option("--time-scale") is { } scaleText
            && (!double.TryParse(scaleText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out timeScale) || timeScale is <= 0 or > MaxTimeScale))
        {
            throw new UsageException($"--time-scale '{scaleText}' is not a number of simulated seconds per wall-clock second (above 0, at most {MaxTimeScale}).");
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

        if (timeScale != 1)
        {
            options = options with { TimeProvider = new ScaledTimeProvider(timeScale, options.TimeProvider) };
        }

        // Containers, CI and test fixtures stop a server with SIGTERM, and a shell started in the background ignores Ctrl+C,
        // so both signals stop the simulator cleanly rather than only the terminal's Ctrl+C.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopping.Cancel();
        }

        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await using var simulator = new AwsSimulator(options);
        await simulator.StartAsync(port, stopping.Token);
        if (arguments.JsonOutput)
        {
            // One document, then nothing more while it serves: scripts read the endpoint from it.
            output.WriteLine(new JsonObject
            {
                ["endpoint"] = simulator.Endpoint.ToString(),
                ["account"] = options.AccountId,
                ["region"] = options.DefaultRegion,
                ["timeScale"] = timeScale,
                ["seed"] = seedPath,
            }.ToJsonString());
            await output.FlushAsync(stopping.Token);
            output = TextWriter.Null;
        }

        output.WriteLine($"AWS simulator listening on {simulator.Endpoint} (EFS, RDS, DocumentDB Elastic, Step Functions), account {options.AccountId}, default region {options.DefaultRegion}.");
        output.WriteLine(timeScale == 1
            ? "Clock: real time (--time-scale 1)."
            : $"Clock: {timeScale.ToString(CultureInfo.InvariantCulture)} simulated seconds per wall-clock second (--time-scale {timeScale.ToString(CultureInfo.InvariantCulture)}).");
        output.WriteLine(seedPath is null ? "Serving the default fleet (see docs/simulator.md to seed your own with --seed FILE)." : $"Serving the fleet of {seedPath}.");
        if (options.Faults.Rules.Count > 0)
        {
            output.WriteLine($"Injecting faults: {options.Faults.Rules.Count} rule(s), seed {options.Faults.Seed}.");
        }

        SeededFleetReport.Write(simulator, options, output);
        output.WriteLine();
        output.WriteLine("Press Ctrl+C to stop.");
        await output.FlushAsync(stopping.Token);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (stopping.Token.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }

        return 0;
    }
}
