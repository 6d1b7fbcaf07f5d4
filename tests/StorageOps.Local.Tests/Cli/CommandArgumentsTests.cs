using StorageOps.Local.Cli;

namespace StorageOps.Local.Tests.Cli;

public sealed class CommandArgumentsTests
{
    [Theory]
    [InlineData("--verbose run provision-file-system")]
    [InlineData("run --verbose provision-file-system")]
    [InlineData("run provision-file-system --verbose")]
    public void Parse_WhenVerboseIsAnywhere_ShouldSetItAndKeepTheCommand(string commandLine)
    {
        var arguments = CommandArguments.Parse(commandLine.Split(' '));

        Assert.Equal("run", arguments.Command);
        Assert.Equal(["provision-file-system"], arguments.Positional);
        Assert.True(arguments.Verbose);
        arguments.AllowOnly();
    }

    [Theory]
    [InlineData(new[] { "run", "--input", "a.json", "--input", "b.json" }, "Option --input is given twice.")]
    [InlineData(new[] { "run", "--history", "--history" }, "Option --history is given twice.")]
    [InlineData(new[] { "run", "--input" }, "Option --input needs a value.")]
    public void Parse_WhenAnOptionIsRepeatedOrIncomplete_ShouldThrowUsage(string[] args, string expected)
    {
        var usage = Assert.Throws<UsageException>(() => CommandArguments.Parse(args));

        Assert.Equal(expected, usage.Message);
    }

    [Fact]
    public void AllowOnly_WhenAnOptionIsNotTheCommands_ShouldThrowUsageNamingIt()
    {
        var arguments = CommandArguments.Parse(["validate", "--input", "a.json"]);

        var usage = Assert.Throws<UsageException>(() => arguments.AllowOnly("--template"));

        Assert.Equal("'validate' does not take --input.", usage.Message);
    }
}
