using StorageOps.Local.Cli;

namespace StorageOps.Local.Tests.Cli;

public sealed class CommandTreeTests
{
    private static readonly string[] Names =
    [
        "demo", "run", "schedule", "send", "simulator", "validate", "api", "asl", "asl run", "asl validate", "graph", "executions", "execution", "completion", "help",
    ];

    public static TheoryData<string> Commands() => [.. Names];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_WhenAskedForAnyCommand_ShouldDescribeItWithAtLeastOneExampleAndExitZero(string command)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await StorageOpsCommandLine.RunAsync([.. command.Split(' '), "--help"], output, error, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal((0, ""), (exitCode, error.ToString()));
        Assert.Contains("Description:", text, StringComparison.Ordinal);
        Assert.Contains("Examples:", text, StringComparison.Ordinal);
        Assert.Contains($"  storageops {command}", text, StringComparison.Ordinal);
        // The program's name is the executable's: storageops, or the test host here.
        Assert.Matches($@"Usage:\n  \S+ {command}\b", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Help_WhenGivenAsACommand_ShouldPrintWhatHelpOptionPrints()
    {
        var (viaCommand, viaOption) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, await StorageOpsCommandLine.RunAsync(["help", "schedule"], viaCommand, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await StorageOpsCommandLine.RunAsync(["schedule", "--help"], viaOption, TextWriter.Null, CancellationToken.None));

        Assert.Equal(viaOption.ToString(), viaCommand.ToString());
        Assert.Contains("--fleet <FILE>", viaCommand.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WhenNoCommandIsGiven_ShouldListEveryCommandAndTheExitCodes()
    {
        var output = new StringWriter();

        var exitCode = await StorageOpsCommandLine.RunAsync([], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        foreach (var command in Names.Where(command => !command.Contains(' ', StringComparison.Ordinal)))
        {
            Assert.Matches($@"\n  {command}\b", text.ReplaceLineEndings("\n"));
        }

        Assert.Contains("0 success, 1 AWS error (api), 2 usage, 3 validation, 5 workflow failed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WhenListingCommands_ShouldShowEachOnOneLineWithoutItsExamples()
    {
        var output = new StringWriter();

        Assert.Equal(0, await StorageOpsCommandLine.RunAsync(["--help"], output, TextWriter.Null, CancellationToken.None));

        var commands = output.ToString().ReplaceLineEndings("\n").Split("Commands:\n")[1].TrimEnd().Split('\n');
        Assert.Equal(Names.Count(name => !name.Contains(' ', StringComparison.Ordinal)), commands.Length);
        Assert.All(commands, line => Assert.Matches(@"^  [a-z]+\b.*\S", line));
    }
}
