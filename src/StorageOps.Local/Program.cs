using StorageOps.Local.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await StorageOpsCommandLine.RunAsync(args, Console.Out, Console.Error, outputIsTerminal: !Console.IsOutputRedirected, stop.Token);
