using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class CompletionCommandTests
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "storageops.dll");

    private static async Task<List<string>> SuggestAsync(string line)
    {
        var output = new StringWriter();
        var exitCode = await StorageOpsCommandLine.RunAsync([$"[suggest:{line.Length}]", line], output, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, exitCode);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    [Theory]
    [InlineData("sch", "schedule")]
    [InlineData("exec", "execution")]
    [InlineData("exec", "executions")]
    [InlineData("schedule --t", "--template")]
    [InlineData("schedule ", "nightly-snapshots")]
    [InlineData("schedule ", "replication-health")]
    [InlineData("executions --status ", "FAILED")]
    [InlineData("run x --output ", "json")]
    [InlineData("asl ", "validate")]
    [InlineData("completion ", "zsh")]
    public async Task SuggestDirective_WhenTheLineIsPartlyTyped_ShouldOfferWhatCanComeNext(string line, string expected)
    {
        var suggestions = await SuggestAsync(line);

        Assert.Contains(expected, suggestions);
    }

    [Fact]
    public async Task SuggestDirective_WhenACommandIsTyped_ShouldNotOfferOtherCommands()
    {
        var suggestions = await SuggestAsync("sch");

        Assert.Equal(["schedule"], suggestions);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _storageops_complete storageops")]
    [InlineData("zsh", "compdef _storageops storageops")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName storageops")]
    public async Task Completion_WhenGivenAShell_ShouldPrintAScriptThatAsksTheSuggestDirective(string shell, string registration)
    {
        var output = new StringWriter();

        var exitCode = await StorageOpsCommandLine.RunAsync(["completion", shell], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains(registration, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[suggest:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_WhenTheShellIsUnknown_ShouldExitTwoNamingTheShells()
    {
        var error = new StringWriter();

        var exitCode = await StorageOpsCommandLine.RunAsync(["completion", "fish"], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal((ExitCodes.Usage, "storageops: 'completion' takes one shell: bash, zsh or pwsh. Run 'storageops help' for usage."), (exitCode, error.ToString().TrimEnd()));
    }

    /// <summary>The bash script as bash runs it on Tab: COMP_LINE/COMP_POINT in, COMPREPLY out, through the real storageops process.</summary>
    [Fact]
    public async Task BashScript_WhenTabIsPressedAfterAPartialOption_ShouldReplyWithTheOption()
    {
        var script = $$"""
            storageops() { dotnet '{{Program}}' "$@"; }
            {{CompletionCommand.Bash}}
            COMP_LINE='storageops schedule nightly-snapshots --fl'
            COMP_POINT=${#COMP_LINE}
            COMP_WORDS=(storageops schedule nightly-snapshots --fl)
            COMP_CWORD=3
            _storageops_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """;

        var result = await ExternalProcess.RunAsync("bash", ["-c", script], timeout: TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal("--fleet", result.StandardOutput.Trim());
    }
}
