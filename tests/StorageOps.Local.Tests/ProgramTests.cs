using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using StorageOps.Local.Cli;
using StorageOps.Simulator;
using StorageOps.Testing;

namespace StorageOps.Local.Tests;

/// <summary>
/// The real <c>storageops</c> process, fed malformed inputs and command lines: each must end with its documented exit
/// code and one named line on standard error, print no stack trace, and make no AWS call.
/// </summary>
public sealed partial class ProgramTests : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "storageops.dll");
    private static readonly string Template = RepositoryPaths.Combine("template.yaml");

    private static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDLOCAL",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
    };

    private readonly AwsSimulator simulator = new(new SimulatorOptions());
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"storageops-malformed-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await simulator.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await simulator.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Main_WhenGivenMalformedInputsAndCommandLines_ShouldExitWithTheDocumentedCodeANamedErrorAndNoAwsCall()
    {
        var corpus = MalformedCorpus();
        var failures = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (entry, _) =>
        {
            var (arguments, exitCode, error) = entry;
            var result = await ExternalProcess.RunAsync("dotnet", [Program, .. arguments], environment: Environment, timeout: CommandTimeout);
            var problems = Check(result, arguments, exitCode, error);
            if (problems.Count > 0)
            {
                failures.Add($"storageops {string.Join(' ', arguments)}\n  {string.Join("\n  ", problems)}\n{result.Describe()}");
            }
        });

        Assert.True(corpus.Count >= 50, $"The corpus has only {corpus.Count} entries.");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));
        Assert.Equal(0, simulator.RequestLog.Count);
    }

    [Fact]
    public async Task Main_WhenInterruptedWhileAwsIsSilent_ShouldSayCancelledAndExitOneHundredThirty()
    {
        using var bound = new CancellationTokenSource(CommandTimeout);
        using var silentAws = new TcpListener(IPAddress.Loopback, 0);
        silentAws.Start();
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)silentAws.LocalEndpoint).Port}";
        // Through python3, which resets SIGINT to its default and execs dotnet (same pid): a test run started as a background
        // job of a non-interactive shell inherits SIGINT ignored, and .NET never handles a signal ignored at its start.
        var startInfo = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])", "dotnet", Program, "api", "efs", "DescribeFileSystems", "{}", "--endpoint", endpoint, "--region", "eu-west-1" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            startInfo.Environment[name] = value;
        }

        using var storageops = Process.Start(startInfo)!;
        try
        {
            var stderr = storageops.StandardError.ReadToEndAsync(bound.Token);
            using var request = await AcceptRequestFromAsync(silentAws, "/2015-02-01/file-systems", bound.Token);
            using (var kill = Process.Start("kill", ["-INT", storageops.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(bound.Token);
            }

            await storageops.WaitForExitAsync(bound.Token);

            Assert.Equal(ExitCodes.Cancelled, storageops.ExitCode);
            Assert.Equal("storageops: cancelled.", (await stderr).TrimEnd());
        }
        finally
        {
            if (!storageops.HasExited)
            {
                storageops.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>The first connection whose request names <paramref name="path"/>: the interrupt must find storageops waiting on AWS.</summary>
    private static async Task<TcpClient> AcceptRequestFromAsync(TcpListener listener, string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            var received = new StringBuilder();
            var buffer = new byte[4096];
            var stream = client.GetStream();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            if (received.ToString().Contains(path, StringComparison.Ordinal))
            {
                return client;
            }

            client.Dispose();
        }
    }

    private static List<string> Check(ExternalProcess.Result result, string[] arguments, int exitCode, string error)
    {
        var problems = new List<string>();
        var errorLines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (result.ExitCode != exitCode)
        {
            problems.Add($"exit code {result.ExitCode}, expected {exitCode}");
        }

        if (errorLines.Length != 1 || !errorLines[0].Contains(error, StringComparison.Ordinal))
        {
            problems.Add($"standard error should be one line containing \"{error}\"");
        }

        var printed = result.StandardOutput + result.StandardError;
        if (printed.Contains("   at ", StringComparison.Ordinal) || SourceFile().IsMatch(printed))
        {
            problems.Add("a stack trace was printed");
        }

        // api calls go to this test's simulator, whose log the test checks; run reports its embedded simulator's count.
        if (arguments[0] is "run" or "demo" && exitCode == ExitCodes.WorkflowFailed)
        {
            if (!result.StandardOutput.Contains("state transitions, 0 AWS requests.", StringComparison.Ordinal))
            {
                problems.Add("the run should report that its simulator received 0 AWS requests");
            }
        }
        else if (result.StandardOutput.Contains("AWS simulator at", StringComparison.Ordinal))
        {
            problems.Add("the embedded simulator should not have been started");
        }

        return problems;
    }

    private List<(string[] Arguments, int ExitCode, string Error)> MalformedCorpus()
    {
        const int Aws = ExitCodes.AwsError, Usage = ExitCodes.Usage, Invalid = ExitCodes.Validation, Failed = ExitCodes.WorkflowFailed;
        const string NotJson = "StorageOps.ValidationError: The input of CreateFileSystem is not valid JSON:";
        const string NotObject = "StorageOps.ValidationError: The input of CreateFileSystem must be a JSON object, not";
        const string NotRequest = "StorageOps.ValidationError: The input is not a valid CreateFileSystemRequest:";
        var endpoint = simulator.Endpoint.ToString();
        var deep = new string('[', 100) + new string(']', 100);
        var valid = Write("valid.json", """{"requestId":"valid-1"}""");
        var definition = Write("pass.asl.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        string[] Api(params string[] arguments) => ["api", .. arguments, "--endpoint", endpoint, "--region", "eu-west-1"];
        string[] Run(string content) => ["run", "provision-file-system", "--input", Write($"run-{Guid.NewGuid():N}.json", content), "--template", Template];

        return
        [
            (Api("rds", "CreateDBClusterSnapshot", """{"DBClusterIdentifier":"orders-aurora-pg","DBClusterSnapshotIdentifier":"1bad"}"""), Aws, "ValidationError: DBClusterSnapshotIdentifier:"),
            (Api("efs", "CreateFileSystem", $$"""{"CreationToken":"{{new string('t', 65)}}"}"""), Aws, "ValidationError: CreationToken:"),
            (Api("docdb-elastic", "CopyClusterSnapshot", """{"snapshotArn":"arn:aws:docdb-elastic:eu-west-1:123456789012:cluster-snapshot/s1","targetSnapshotName":"1copy"}"""), Aws, "ValidationError: TargetSnapshotName: must start with a letter"),
            (["api", "efs", "DescribeFileSystems", "{}", "--endpoint", "http://127.0.0.1:1", "--region", "eu-west-1"], Aws, "RequestFailed: the endpoint could not be reached:"),
            (Api("efs", "CreateFileSystem", "{nope"), Invalid, NotJson),
            (Api("efs", "CreateFileSystem", """{"CreationToken":"a","CreationToken":"b"}"""), Invalid, $"{NotJson} The member 'CreationToken' appears twice"),
            (Api("efs", "CreateFileSystem", """{"CreationToken":"\ud800"}"""), Invalid, $"{NotJson} A string at line 1 is not valid text"),
            (Api("efs", "CreateFileSystem", """{"Tags":[{"Key":"\udfff","Value":"v"}]}"""), Invalid, $"{NotJson} A string at line 1 is not valid text"),
            (Api("efs", "CreateFileSystem", "[]"), Invalid, $"{NotObject} an array."),
            (Api("efs", "CreateFileSystem", "null"), Invalid, $"{NotObject} null."),
            (Api("efs", "CreateFileSystem", "\"hello\""), Invalid, $"{NotObject} a string."),
            (Api("efs", "CreateFileSystem", "42"), Invalid, $"{NotObject} a number."),
            (Api("efs", "CreateFileSystem", ""), Invalid, NotJson),
            (Api("efs", "CreateFileSystem", "{} x"), Invalid, NotJson),
            (Api("efs", "CreateFileSystem", deep), Invalid, $"{NotJson} The maximum configured depth"),
            (Api("efs", "CreateFileSystem", """{"CreationToken":"a","Nope":1}"""), Invalid, $"{NotRequest} The JSON property 'Nope' could not be mapped"),
            (Api("efs", "CreateFileSystem", """{"CreationToken":7}"""), Invalid, $"{NotRequest} The JSON value could not be converted"),
            (Api("efs", "CreateFileSystem", """{"CreationToken":"a","ProvisionedThroughputInMibps":"fast"}"""), Invalid, NotRequest),
            (Api("docdb-elastic", "CopyClusterSnapshot", """{"nope":1}"""), Invalid, "StorageOps.ValidationError: The input is not a valid CopyClusterSnapshotRequest:"),
            (Api("sfn", "StartExecution", "[]"), Invalid, "StorageOps.ValidationError: The input of StartExecution must be a JSON object, not an array."),
            (Api("rds", "DescribeDBClusters", """{"Filters":"x"}"""), Invalid, "StorageOps.ValidationError: The input is not a valid DescribeDBClustersRequest:"),
            (Api("s3", "ListBuckets"), Usage, "storageops: Unknown service 's3'"),
            (Api("efs", "NoSuchOperation"), Usage, "storageops: efs has no operation 'NoSuchOperation'"),
            (["api", "efs"], Usage, "storageops: 'api' takes a service, an operation"),
            (Api("efs", "DescribeFileSystems", "{}", "extra"), Usage, "storageops: 'api' takes a service, an operation"),
            (Api("efs", "DescribeFileSystems", "--bogus", "x"), Usage, "storageops: 'api' does not take --bogus."),
            (["api", "efs", "DescribeFileSystems", "--endpoint"], Usage, "storageops: Option --endpoint needs a value."),
            (["api", "efs", "DescribeFileSystems", "--endpoint", "nope", "--region", "eu-west-1"], Usage, "storageops: --endpoint 'nope' is not an http:// or https:// URL."),
            (["api", "efs", "DescribeFileSystems", "--endpoint", endpoint], Usage, "storageops: --endpoint needs --region R too"),
            (Api("efs", "DescribeFileSystems", "--region", "us-east-1"), Usage, "storageops: Option --region is given twice."),
            (["deploy"], Usage, "storageops: Unknown command 'deploy'. Did you mean 'demo'? Run 'storageops help' for usage."),
            (["run"], Usage, "storageops: 'run' takes one workflow name"),
            (["run", "a", "b", "--input", valid], Usage, "storageops: 'run' takes one workflow name"),
            (["run", "provision-file-system", "--template", Template], Usage, "storageops: 'run' needs --input FILE."),
            (["run", "provision-file-system", "--input", Path.Combine(directory, "missing.json"), "--template", Template], Usage, "storageops: No input file at"),
            (["run", "provision-file-system", "--input", directory, "--template", Template], Usage, "storageops: No input file at"),
            (["run", "provision", "--input", valid, "--template", Template], Usage, "storageops: 'provision' is not a workflow of template.yaml"),
            (["simulator", "--port", "http"], Usage, "storageops: --port 'http' is not a TCP port (1-65535)."),
            (["simulator", "--port", "0"], Usage, "storageops: --port '0' is not a TCP port (1-65535)."),
            (["simulator", "--port", simulator.Endpoint.Port.ToString(CultureInfo.InvariantCulture)], Usage, "address already in use"),
            (["simulator", "--seed", Path.Combine(directory, "missing-seed.json")], Usage, "cannot read the seed file"),
            (["simulator", "--seed", Write("seed.json", "x")], Usage, "is not valid JSON (line 1, byte 1)"),
            (["demo", "--colour", "yes"], Usage, "storageops: 'demo' does not take --colour."),
            (["validate", "--template", Path.Combine(directory, "missing.yaml")], Usage, "storageops: No template at"),
            (["validate", "--template", Write("broken.yaml", "a: [\n")], Invalid, "storageops: the template is not valid YAML:"),
            (["validate", "--template", Write("miswired.yaml", "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n")], Invalid, "miswired.yaml: 4 problem(s), listed on standard output."),
            (["validate", "--template", Write("list.yaml", "- 1\n")], Invalid, "storageops: The template must be one YAML document whose root is a mapping."),
            (["demo", "--template", Write("empty.yaml", "{}\n")], Usage, "storageops: 'provision-file-system' is not a workflow of empty.yaml"),
            (["asl"], Usage, "storageops: 'asl' takes a subcommand"),
            (["asl", "run", definition, "--test-case", "T"], Usage, "storageops: 'asl run' takes --mock-config FILE and --test-case NAME together."),
            (["asl", "validate", Path.Combine(directory, "missing.asl.json")], Usage, "storageops: Could not find file"),
            (["asl", "run", Write("not-json.asl.json", "not json")], Invalid, "storageops: The state machine definition is invalid (1 problem):"),
            (["asl", "run", definition, "--input", Write("asl-duplicate.json", """{"a":1,"a":2}""")], Invalid, "The member 'a' appears twice in one object, at line 1."),
            (Run("""{"requestId":"a","requestId":"b"}"""), Invalid, "The member 'requestId' appears twice in one object, at line 1."),
            (Run("""{"requestId":"\ud800"}"""), Invalid, "A string at line 1 is not valid text: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate."),
            (Run("{\n\"requestId\":\"x\",\n\"tags\":{\"\\udc00\":\"v\"}}"), Invalid, "A string at line 3 is not valid text:"),
            (["run", "provision-file-system", "--input", WriteBytes("not-utf8.json", [.. "{\"requestId\":\""u8, 0xC3, 0x28, .. "\"}"u8]), "--template", Template], Invalid, "A string at line 1 is not valid text: Cannot transcode invalid UTF-8"),
            (Run("[]"), Invalid, "a workflow input must be a JSON object, not an array."),
            (Run("null"), Invalid, "a workflow input must be a JSON object, not null."),
            (Run("\"hello\""), Invalid, "a workflow input must be a JSON object, not a string."),
            (Run("42"), Invalid, "a workflow input must be a JSON object, not a number."),
            (Run(""), Invalid, "is not valid JSON: The input does not contain any JSON tokens."),
            (Run("requestId=a"), Invalid, "is not valid JSON:"),
            (Run("""{"requestId":"a",}"""), Invalid, "is not valid JSON:"),
            (Run("""{"requestId":"a"} // me"""), Invalid, "is not valid JSON:"),
            (Run("{}{}"), Invalid, "is not valid JSON: '{' is invalid after a single JSON value."),
            (Run(deep), Invalid, "is not valid JSON: The maximum configured depth of 64 has been exceeded."),
            (Run("""{"requestId":"r-14","tags":{"a":null}}"""), Failed, "storageops: provision-file-system Failed: StorageOps.ValidationError: tags: value of 'a' must be a string, not null"),
            (Run("""{"requestId":"r-15","throughputMode":"provisioned","provisionedThroughputInMibps":1e308}"""), Failed, "StorageOps.ValidationError: provisionedThroughputInMibps: must be between 1 and 3414 MiBps"),
            (Run("""{"requestId":"r-16","availabilityZoneName":"moon-base-1"}"""), Failed, "StorageOps.ValidationError: availabilityZoneName: 'moon-base-1' is not an Availability Zone name"),
            (Run("""{"requestId":"r-17","performanceMode":"maxIO","throughputMode":"elastic"}"""), Failed, "StorageOps.ValidationError: performanceMode: maxIO is not supported with elastic throughput"),
            (Run("""{"requestId":"r-18","performanceMode":"maxIO","availabilityZoneName":"us-east-1a"}"""), Failed, "StorageOps.ValidationError: performanceMode: maxIO is not supported on One Zone file systems"),
            (Run("""{"requestId":"bad id"}"""), Failed, "StorageOps.ValidationError: requestId: 'bad id' must be 1 to 64 letters"),
            (Run("""{"requestId":7}"""), Failed, "StorageOps.ValidationError: CreateFileSystem: the event is not a valid ProvisionFileSystemRequest:"),
            (Run("""{"requestId":"r-21","throughputmode":"elastic"}"""), Failed, "StorageOps.ValidationError: CreateFileSystem: the event is not a valid ProvisionFileSystemRequest:"),
            (Run("{}"), Failed, "StorageOps.ValidationError: requestId: is required"),
            (Run("""{"requestId":"r-23","tags":["a"]}"""), Failed, "StorageOps.ValidationError: CreateFileSystem: the event is not a valid ProvisionFileSystemRequest:"),
            (Run("""{"requestId":"r-24","timeoutSeconds":0}"""), Failed, "StorageOps.ValidationError: timeoutSeconds: must be between 1 and 86400"),
            .. new[] { "a", "\u00e9" }.Select(key => (Run($$$"""{"requestId":"r-25","tags":{"aws:{{{key}}}":"x"}}"""), Failed, "StorageOps.ValidationError: tags: key 'aws:")),
        ];
    }

    private string Write(string name, string content) => WriteBytes(name, Encoding.UTF8.GetBytes(content));

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [GeneratedRegex(@"\w\.cs\b")]
    private static partial Regex SourceFile();
}
