using System.Text.Json.Nodes;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Local.Queues;
using StorageOps.Local.Template;
using StorageOps.Simulator;
using StorageOps.Simulator.Accounts;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Integrations;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Runner;

/// <summary>
/// Everything a local run needs, wired as template.yaml wires AWS: the simulator on loopback, the deployed handlers
/// built one by one by the shared composition root, each with its function's environment and pointed at the simulator, and the States Language engine — all on one virtual clock.
/// </summary>
public sealed class LocalEnvironment : IAsyncDisposable
{
    private LocalEnvironment(VirtualClock clock, AwsSimulator simulator, TemplateWiring wiring, StateMachineEngine engine)
    {
        Clock = clock;
        Simulator = simulator;
        Wiring = wiring;
        Engine = engine;
    }

    /// <summary>The template's functions, invoked as Lambda would (what SQS event sources and tests call).</summary>
    public LocalLambdaInvoker Lambda { get; private init; } = null!;

    /// <summary>What the functions logged.</summary>
    public LocalFunctionLog FunctionLog { get; private init; } = null!;

    /// <summary>The template's queues and their event source mappings.</summary>
    public LocalSqs Sqs { get; private init; } = null!;

    /// <summary>Runs the executions started through the simulated Step Functions API (by <c>send</c>, or any SDK).</summary>
    public EngineExecutionRunner ExecutionRunner { get; private init; } = null!;

    public VirtualClock Clock { get; }

    public AwsSimulator Simulator { get; }

    public TemplateWiring Wiring { get; }

    public StateMachineEngine Engine { get; }

    public static async Task<LocalEnvironment> StartAsync(LocalEnvironmentOptions options, CancellationToken cancellationToken = default)
    {
        var template = SamTemplate.Load(RepositoryLocator.FindTemplate(options.TemplatePath));
        var clock = new VirtualClock(options.Start);
        var simulator = new AwsSimulator(options.ConfigureSimulator(new SimulatorOptions
        {
            TimeProvider = clock,
            AccountId = options.Account.AccountId,
            DefaultRegion = options.Account.Region,
            FileSystemCreation = options.FileSystemCreation,
            FileSystemUpdate = options.FileSystemUpdate,
            Faults = options.Faults,
            Fleet = options.Fleet,
        }));
        try
        {
            await simulator.StartAsync(port: 0, cancellationToken);
            var aws = new AwsClientSettings
            {
                ServiceUrl = simulator.Endpoint.ToString(),
                Credentials = new BasicAWSCredentials("local", "local"),
                MaxErrorRetry = options.FunctionClientMaxErrorRetry,
            };
            var wiring = TemplateWiring.Resolve(template, FunctionComposition.Registry.Names, options.Account);
            if (wiring.Problems.Count > 0)
            {
                throw new TemplateException($"template.yaml is mis-wired:\n  {string.Join("\n  ", wiring.Problems)}");
            }

            var functionLog = new LocalFunctionLog();
            var invoker = new LocalLambdaInvoker(
                wiring.FunctionsByName,
                function => FunctionComposition.Registry.Build(function.Handler, new FunctionEnvironment(VariablesOf(function, options), clock, aws with { Credentials = CredentialsOf(function) }) { Log = functionLog.Writer }),
                clock);
            var engine = new StateMachineEngine(clock, invoker, new SimulatorServiceIntegrations(simulator, new RecordingServiceIntegrationInvoker(clock)));
            var runner = RegisterStateMachines(simulator, wiring, options.Account, engine);
            return new LocalEnvironment(clock, simulator, wiring, engine)
            {
                ExecutionRunner = runner,
                Lambda = invoker,
                FunctionLog = functionLog,
                Sqs = new LocalSqs(wiring, invoker, clock, options.Account),
            };
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
    }

    private static Dictionary<string, string> VariablesOf(WiredFunction function, LocalEnvironmentOptions options)
    {
        var variables = new Dictionary<string, string>(LocalFunctionVariables.For(function, options.Account), StringComparer.Ordinal);
        foreach (var (name, value) in options.FunctionVariables)
        {
            variables[name] = value;
        }

        return variables;
    }

    /// <summary>
    /// Each function signs with its own access key, its logical id, as in AWS it signs with its own role's credentials:
    /// the simulator's request log then tells which function made each call (RecordedRequest.AccessKeyId).
    /// </summary>
    public static AWSCredentials CredentialsOf(WiredFunction function) => new BasicAWSCredentials(function.LogicalId, "local");

    /// <summary>
    /// Makes the template's state machines exist in the simulated Step Functions, running on the engine, so a
    /// StartExecution through any SDK runs the same workflow as <see cref="RunAsync"/>.
    /// </summary>
    private static EngineExecutionRunner RegisterStateMachines(AwsSimulator simulator, TemplateWiring wiring, LocalAccount account, StateMachineEngine engine)
    {
        var runner = new EngineExecutionRunner(engine);
        simulator.StepFunctions.UseRunner(runner);
        var scope = new AccountRegion(account.AccountId, account.Region);
        foreach (var workflow in wiring.Workflows.Values)
        {
            simulator.StepFunctions.CreateStateMachine(scope, workflow.Name, workflow.Definition, $"arn:aws:iam::{account.AccountId}:role/{account.StackName}-{workflow.Name}", "STANDARD");
        }

        return runner;
    }

    /// <summary>Runs a workflow of the template to its end; the execution name is the input's requestId when it has one.</summary>
    public Task<ExecutionResult> RunAsync(string workflowName, JsonNode? input, Action<HistoryEvent>? onEvent = null, CancellationToken cancellationToken = default) =>
        RunAsync(workflowName, input, onEvent, onChildEvent: null, cancellationToken);

    /// <summary>As <see cref="RunAsync(string, JsonNode?, Action{HistoryEvent}?, CancellationToken)"/>, observing the distributed Map children's events too.</summary>
    public Task<ExecutionResult> RunAsync(string workflowName, JsonNode? input, Action<HistoryEvent>? onEvent, Action<string, HistoryEvent>? onChildEvent, CancellationToken cancellationToken = default)
    {
        var workflow = Wiring.Workflow(workflowName);
        var definition = StateMachineDefinition.Parse(workflow.Definition);
        var options = new ExecutionOptions
        {
            ExecutionName = (input as JsonObject)?["requestId"] is JsonValue requestId && requestId.TryGetValue<string>(out var name) ? name : null,
            StateMachineArn = workflow.StateMachineArn,
            OnEvent = onEvent,
            OnChildEvent = onChildEvent,
        };
        return Engine.RunAsync(definition, input, options, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Simulator.StepFunctions.WhenRunsCompleteAsync();
        await Simulator.DisposeAsync();
    }
}
