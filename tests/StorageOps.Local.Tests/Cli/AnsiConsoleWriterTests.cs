using Spectre.Console;
using StorageOps.Local.Cli;

namespace StorageOps.Local.Tests.Cli;

public sealed class AnsiConsoleWriterTests
{
    private readonly StringWriter throughConsole = new();
    private readonly StringWriter raw = new();

    private AnsiConsoleWriter Writer()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(throughConsole) });
        console.Profile.Width = 40;
        return new AnsiConsoleWriter(console, raw);
    }

    [Fact]
    public void WriteLine_WhenNoStatusIsLive_ShouldWriteTheLineWholeEvenPastTheTerminalWidth()
    {
        using var writer = Writer();
        var line = "\"fileSystemArn\": \"" + new string('a', 120) + "\"";

        writer.WriteLine(line);

        Assert.Equal(line + Environment.NewLine, raw.ToString());
        Assert.Equal("", throughConsole.ToString());
    }

    [Fact]
    public void WriteLine_WhileAStatusIsLive_ShouldGoThroughTheConsole()
    {
        using var writer = Writer();
        writer.Live = true;

        writer.WriteLine("  +00:00:45  DescribeFileSystem     Task");

        Assert.Equal("", raw.ToString());
        Assert.Contains("DescribeFileSystem", throughConsole.ToString(), StringComparison.Ordinal);
    }
}
