using System.CommandLine;

namespace StorageOps.Local.Cli;

/// <summary>
/// Every <c>storageops</c> command, its arguments and options, described for System.CommandLine: it parses, prints
/// <c>--help</c> (each description ends with examples), and answers the <c>[suggest]</c> directive for shell completion.
/// Extra or missing positional arguments are left to each command, to say in its own words what it expects.
/// </summary>
public static class CommandTree
{
    public const string VerboseOption = "--verbose";
    public const string OutputOption = "--output";
    public const string SessionOption = "--session";

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "StorageOps on a laptop: runs the workflows of template.yaml against an embedded AWS simulator on a virtual clock." +
            Examples("demo", "run provision-file-system --input events/provision-file-system.json", "executions --status FAILED", "schedule --help") +
            "\n\nExit codes: 0 success, 1 AWS error (api), 2 usage, 3 validation, 5 workflow failed (or a night that did not pass), 70 internal, 130 cancelled (docs/cli.md).");
        root.Options.Add(new Option<bool>(VerboseOption) { Description = "On a failure, also print the stack trace; run and demo list every AWS request", Recursive = true });
        var output = new Option<string>(OutputOption) { Description = "text (the default) or json: one JSON document on standard output, for scripts", Recursive = true, HelpName = "text|json" };
        output.CompletionSources.Add("text", "json");
        root.Options.Add(output);

        root.Subcommands.Add(Command(
            "demo",
            "Provision, update and tear down the sample file system, then run one night of nightly-snapshots, locally.",
            ["demo", "demo --report reports", "demo --output json"],
            [], [Template(), History(), Report(), Session()]));
        root.Subcommands.Add(Command(
            "run",
            "Run a state machine of template.yaml, wired as the template wires it, against the local simulator.",
            ["run provision-file-system --input events/provision-file-system.json", "run teardown-file-system --input events/teardown-file-system.json --report reports --history"],
            [Positional("WORKFLOW", "a state machine of template.yaml, e.g. provision-file-system")],
            [Text("--input", "FILE", "the execution's input, a JSON object"), Template(), History(), Report(), Session()]));
        root.Subcommands.Add(Command(
            "schedule",
            "Fire a schedule of template.yaml (nightly-snapshots, replication-health) in the local runner, as EventBridge Scheduler would, against a seeded fleet.",
            ["schedule nightly-snapshots", "schedule nightly-snapshots --at 2026-12-01T03:00:00Z --output json", "schedule replication-health"],
            [Positional("NAME", "the schedule's name without the stack prefix", "nightly-snapshots", "replication-health")],
            [Text("--at", "TIME", "the scheduled time (RFC 3339); default: the schedule's next time"), Text("--fleet", "FILE", "a fleet seed file; default docs/examples/nightly-fleet.json"), Template(), Report(), Session()]));
        root.Subcommands.Add(Command(
            "send",
            "Deliver request messages through a queue of template.yaml, exactly as SQS and the event source mapping would, and follow each execution to its end.",
            ["send requests events/requests/provision-file-system.json", "send requests events/requests/provision-file-system.json events/requests/teardown-file-system.json --report reports"],
            [Positional("QUEUE", "the queue's logical id (RequestsQueue) or alias (requests)"), Positional("FILE", "a message body, sent as it is")],
            [Template(), Report(), Session()]));
        root.Subcommands.Add(Command(
            "simulator",
            "Serve the AWS simulator on 127.0.0.1 until Ctrl+C (EFS, RDS, DocumentDB Elastic, Step Functions), for the aws CLI and any SDK.",
            ["simulator", "simulator --port 4600 --seed docs/examples/nightly-fleet.json", "simulator --time-scale 60"],
            [],
            [Text("--port", "N", $"the TCP port (default {SimulatorCommand.DefaultPort})"), Text("--seed", "FILE", "a fleet seed file (docs/simulator.md)"), Text("--time-scale", "N", "simulated seconds per wall-clock second (default 1)")]));
        root.Subcommands.Add(Command(
            "validate",
            "Check that template.yaml wires every function to a handler, every state machine's substitutions and definition, and every schedule.",
            ["validate", "validate --template template.yaml --output json"],
            [], [Template()]));
        root.Subcommands.Add(Command(
            "api",
            "Call one AWS operation (efs, rds, docdb-elastic, sfn) through our clients and print the response as JSON.",
            ["api efs DescribeFileSystems '{}'", "api sfn ListExecutions '{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:x\"}' --endpoint http://127.0.0.1:4566 --region us-east-1"],
            [Positional("SERVICE", "efs, rds, docdb-elastic or sfn", "efs", "rds", "docdb-elastic", "sfn"), Positional("OPERATION", "an operation of the service"), Positional("JSON", "the request, a JSON object (default {})")],
            [Endpoint(), Region()]));

        var asl = Command("asl", "Run or check any state machine definition on the local engine.", ["asl run statemachines/provision-file-system.asl.json --input input.json", "asl validate statemachines/provision-file-system.asl.json"], [], []);
        asl.Subcommands.Add(Command(
            "run",
            "Run a definition on the virtual clock, optionally with a Step Functions Local mock configuration.",
            ["asl run definition.asl.json --input input.json", "asl run definition.asl.json --mock-config mocks.json --test-case HappyPath --history"],
            [Positional("DEFINITION", "an Amazon States Language file")],
            [Text("--input", "FILE", "the execution's input (default {})"), Text("--mock-config", "FILE", "a Step Functions Local mock configuration"), Text("--test-case", "NAME", "a test case of the mock configuration"), History()]));
        asl.Subcommands.Add(Command(
            "validate",
            "Report every problem of a definition with its state and field.",
            ["asl validate statemachines/nightly-snapshots.asl.json"],
            [Positional("DEFINITION", "an Amazon States Language file")], []));
        root.Subcommands.Add(asl);

        var format = Text("--format", "svg|html", "svg (default) or html (the interactive page)");
        format.CompletionSources.Add("svg", "html");
        root.Subcommands.Add(Command(
            "graph",
            "Draw a definition without running it: a workflow of template.yaml or any .asl.json file.",
            ["graph provision-file-system", "graph nightly-snapshots --format html --out nightly.html"],
            [Positional("STATE_MACHINE", "a workflow of template.yaml or a definition file")],
            [format, Text("--out", "FILE", "write the drawing to FILE instead of standard output"), Template()]));

        var status = Text("--status", "STATUS", "only executions with this status: RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED");
        status.CompletionSources.Add("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED");
        root.Subcommands.Add(Command(
            "executions",
            "List the executions that ran in the local session (run, demo, send, schedule), or with --endpoint in a running simulator.",
            ["executions", "executions --state-machine provision-file-system --status FAILED", "executions --endpoint http://127.0.0.1:4566 --region us-east-1 --output json"],
            [],
            [Text("--state-machine", "NAME", "only executions of this state machine"), status, Endpoint(), Region(), Session()]));
        root.Subcommands.Add(Command(
            "execution",
            "Show one execution of the local session (by name or ARN): its status, input, output, error and, with --history, its events.",
            ["execution r-1001", "execution r-1001 --history", "execution r-1001 --report reports", "execution arn:aws:states:us-east-1:123456789012:execution:x:y --endpoint http://127.0.0.1:4566 --region us-east-1"],
            [Positional("ID", "the execution's name or ARN")],
            [History(), Report(), Endpoint(), Region(), Session()]));
        root.Subcommands.Add(Command(
            "completion",
            "Print a shell completion script (bash, zsh or pwsh) that asks storageops itself for suggestions.",
            ["completion bash >> ~/.bashrc", "completion zsh > ~/.zfunc/_storageops", "completion pwsh | Out-String | Invoke-Expression"],
            [Positional("SHELL", "bash, zsh or pwsh", "bash", "zsh", "pwsh")], []));
        root.Subcommands.Add(Command("help", "Print the help of storageops, or of a command.", ["help", "help schedule"], [Positional("COMMAND", "a command")], []));
        return root;
    }

    private static Command Command(string name, string description, string[] examples, Argument[] arguments, Option[] options)
    {
        var command = new Command(name, description + Examples(examples));
        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    private static string Examples(params string[] examples) =>
        "\n\nExamples:\n" + string.Join('\n', examples.Select(example => $"  storageops {example}"));

    private static Argument Positional(string name, string description, params string[] completions)
    {
        Argument argument = name == "FILE"
            ? new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore }
            : new Argument<string>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        if (completions.Length > 0)
        {
            argument.CompletionSources.Add(completions);
        }

        return argument;
    }

    private static Option<string> Text(string name, string valueName, string description) => new(name) { Description = description, HelpName = valueName };

    private static Option<string> Template() => Text("--template", "PATH", "the SAM template (default: template.yaml of this directory or a parent)");

    private static Option<string> Report() => Text("--report", "DIR", "write each execution's HTML report to DIR");

    private static Option<string> Session() => Text(SessionOption, "DIR", "the session directory (default .storageops/session, or STORAGEOPS_SESSION)");

    private static Option<string> Endpoint() => Text("--endpoint", "URL", "an http:// or https:// endpoint, e.g. a running storageops simulator");

    private static Option<string> Region() => Text("--region", "R", "the region requests are signed for (needed with --endpoint)");

    private static Option<bool> History() => new("--history") { Description = "also print the execution history (GetExecutionHistory JSON)" };
}
