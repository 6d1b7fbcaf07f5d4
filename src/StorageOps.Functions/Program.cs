using StorageOps.Functions.Hosting;

return await LambdaHost.RunAsync(Environment.GetEnvironmentVariables(), Console.Out, CancellationToken.None);
