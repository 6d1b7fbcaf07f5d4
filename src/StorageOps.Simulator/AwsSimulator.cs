using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.DocDbElastic.Wire;
using StorageOps.Simulator.Ec2;
using StorageOps.Simulator.Ec2.Wire;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.EventBridge;
using StorageOps.Simulator.EventBridge.Wire;
using StorageOps.Simulator.Efs.Wire;
using StorageOps.Simulator.Hosting;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Rds.Wire;
using StorageOps.Simulator.StepFunctions;
using StorageOps.Simulator.StepFunctions.Wire;

namespace StorageOps.Simulator;

/// <summary>An in-memory AWS served over the real wire protocols on 127.0.0.1, like moto_server.</summary>
public sealed class AwsSimulator : IAsyncDisposable
{
    private readonly SimulatorOptions options;
    private WebApplication? application;
    private Uri? endpoint;

    public AwsSimulator(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        Efs = new EfsBackend(options);
        Rds = new RdsBackend(options);
        DocDbElastic = new DocDbElasticBackend(options);
        StepFunctions = new StepFunctionsBackend(options);
        EventBridge = new EventBridgeBackend(options);
        Ec2 = new Ec2Backend(Efs.Network, Efs);
        RequestLog = new SimulatorRequestLog(options.RequestLogCapacity);
    }

    /// <summary>The address the simulator listens on, for example <c>http://127.0.0.1:54321</c>; known once started.</summary>
    public Uri Endpoint => endpoint ?? throw new InvalidOperationException("The simulator has not been started; call StartAsync first.");

    public EfsBackend Efs { get; }

    /// <summary>Aurora DB clusters and DB cluster snapshots, served over the RDS awsQuery protocol.</summary>
    public RdsBackend Rds { get; }

    /// <summary>Amazon DocumentDB Elastic clusters and cluster snapshots, served over restJson1.</summary>
    public DocDbElasticBackend DocDbElastic { get; }

    /// <summary>EC2's view of the seeded network and of the mount targets' network interfaces, served over the EC2 query protocol.</summary>
    public Ec2Backend Ec2 { get; }

    /// <summary>State machines and executions, served over awsJson1_0; executions run on the runner given to <see cref="StepFunctionsBackend.UseRunner"/>.</summary>
    public StepFunctionsBackend StepFunctions { get; }

    /// <summary>Amazon EventBridge PutEvents, served over awsJson1_1; every accepted event is kept in <see cref="EventBridgeBackend.Published"/>.</summary>
    public EventBridgeBackend EventBridge { get; }

    /// <summary>Every HTTP request received since construction, whatever it was answered with.</summary>
    public SimulatorRequestLog RequestLog { get; }

    /// <summary>Starts serving on 127.0.0.1; port 0 picks a free port.</summary>
    public async Task StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        if (application is not null)
        {
            throw new InvalidOperationException("The simulator has already been started.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Use(KestrelRejectionResponses.Middleware(RequestLog, options.TimeProvider)));
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = AwsRequestDispatcher.MaxReadableBodyBytes;
        });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        var app = builder.Build();
        var dispatcher = new AwsRequestDispatcher(options, RequestLog, new EfsRestJsonHandler(Efs), new RdsQueryHandler(Rds), new DocDbElasticRestJsonHandler(DocDbElastic), new StepFunctionsJsonHandler(StepFunctions), new Ec2QueryHandler(Ec2), new EventBridgeJsonHandler(EventBridge));
        app.Run(dispatcher.DispatchAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        application = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        endpoint = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (application is not null)
        {
            await application.StopAsync();
            await application.DisposeAsync();
            application = null;
        }
    }
}
