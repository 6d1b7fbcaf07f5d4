using System.Globalization;
using StorageOps.Simulator;

namespace StorageOps.Local.Cli;

/// <summary><c>simulator</c>: the AWS simulator on 127.0.0.1 on the real clock, for the aws CLI and any SDK, until Ctrl+C.</summary>
public static class SimulatorCommand
{
    public const int DefaultPort = 4566;

    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        arguments.AllowOnly("--port");
        var port = DefaultPort;
        if (arguments.Option("--port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"--port '{text}' is not a TCP port (1-65535).");
        }

        await using var simulator = new AwsSimulator(new SimulatorOptions());
        await simulator.StartAsync(port, cancellationToken);
        output.WriteLine($"AWS simulator listening on {simulator.Endpoint} (EFS). Try:");
        output.WriteLine($"  aws --endpoint-url {simulator.Endpoint} --region us-east-1 efs describe-file-systems");
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
