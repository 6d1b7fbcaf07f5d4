using Spectre.Console;
using StorageOps.Local.Cli;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class ProgressDisplayTests
{
    private const char Escape = '\u001b';

    [Theory]
    [InlineData(true, null, "xterm-256color", true)]
    [InlineData(true, "", "xterm", true)]
    [InlineData(true, "1", "xterm", false)]
    [InlineData(true, "0", "xterm", false)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(false, null, "xterm", false)]
    public void ShouldBeLive_WhenGivenTheTerminalAndEnvironment_ShouldBeLiveOnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, ProgressDisplay.ShouldBeLive(terminal, noColor, term));
    }

    [Fact]
    public async Task TrackAsync_WhenLive_ShouldShowTheStateTheVirtualClockAndThePollsSoFar()
    {
        var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(written),
        });
        console.Profile.Width = 200;
        var display = ProgressDisplay.Live(console);
        var at = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

        var result = await display.TrackAsync("nightly-snapshots", observe =>
        {
            observe(new HistoryEvent(1, 0, at, HistoryEventType.TaskStateEntered, new StateEnteredEventDetails("CreateClusterSnapshot", "{}")));
            observe(new HistoryEvent(2, 1, at.AddSeconds(30), HistoryEventType.WaitStateEntered, new StateEnteredEventDetails("WaitForSnapshot", "{}")));
            return Task.FromResult(42);
        });

        var text = written.ToString();
        Assert.Equal(42, result);
        Assert.True(
            text.Contains(Escape, StringComparison.Ordinal) && text.Contains("WaitForSnapshot", StringComparison.Ordinal) && text.Contains("virtual clock", StringComparison.Ordinal)
                && text.Contains("2026-12-01 03:00:30", StringComparison.Ordinal) && text.Contains("1 poll(s)", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public async Task RunAsync_WhenOutputIsNotATerminal_ShouldPrintPlainLinesWithoutEscapes()
    {
        var output = new StringWriter();

        var exitCode = await StorageOpsCommandLine.RunAsync(
            ["run", "provision-file-system", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--template", RepositoryPaths.Combine("template.yaml")],
            output,
            TextWriter.Null,
            outputIsTerminal: false,
            CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(Escape, output.ToString());
        Assert.Contains("+00:00:45  DescribeFileSystem     Task", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>In a real pseudo-terminal (util-linux <c>script</c>): a live status, unless NO_COLOR is set.</summary>
    [Theory]
    [InlineData(null, true)]
    [InlineData("1", false)]
    public async Task Program_WhenStandardOutputIsATerminal_ShouldRenderLiveOnlyWithoutNoColor(string? noColor, bool live)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "storageops.dll");
        var command = $"dotnet '{program}' run provision-file-system --input '{RepositoryPaths.Combine("events", "provision-file-system.json")}' --template '{RepositoryPaths.Combine("template.yaml")}' --session '{Path.Combine(Path.GetTempPath(), "storageops-pty-session")}'";
        // Empty is unset (https://no-color.org), and overrides a NO_COLOR the test run itself may have.
        var environment = new Dictionary<string, string> { ["TERM"] = "xterm-256color", ["NO_COLOR"] = noColor ?? "" };

        var result = await ExternalProcess.RunAsync("script", ["-qec", command, "/dev/null"], environment: environment, timeout: TimeSpan.FromSeconds(90));

        // .NET itself writes the terminal's keypad mode (ESC[?1h) on a terminal, so what is asserted is the status and its styles.
        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("FileSystemProvisioned", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal((live, live, live), (
            result.StandardOutput.Contains("poll(s)", StringComparison.Ordinal),
            result.StandardOutput.Contains($"{Escape}[?25l", StringComparison.Ordinal),
            result.StandardOutput.Contains($"{Escape}[1m", StringComparison.Ordinal)));
    }
}
