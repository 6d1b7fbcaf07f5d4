using StorageOps.Local.Cli;

namespace StorageOps.Local.Tests.Cli;

public sealed class CommandInputTests
{
    [Theory]
    [InlineData("--verbose run provision-file-system")]
    [InlineData("run --verbose provision-file-system")]
    [InlineData("run provision-file-system --verbose")]
    public void Parse_WhenVerboseIsAnywhere_ShouldSetItAndKeepTheCommand(string commandLine)
    {
        var input = CommandInput.Parse(commandLine.Split(' '));

        Assert.Equal("run", input.Command);
        Assert.Equal(["provision-file-system"], input.Positional);
        Assert.True(input.Verbose);
    }

    [Fact]
    public void Parse_WhenASubcommandHasOptions_ShouldNameItsPathAndReadThem()
    {
        var input = CommandInput.Parse(["asl", "run", "definition.asl.json", "--input", "in.json", "--history", "--output", "json"]);

        Assert.Equal(("asl run", "in.json", true, true, false), (input.Command, input.Option("--input"), input.Flag("--history"), input.JsonOutput, input.Verbose));
        Assert.Equal(["definition.asl.json"], input.Positional);
        Assert.Null(input.Option("--mock-config"));
    }

    [Theory]
    [InlineData(new[] { "run", "--input", "a.json", "--input", "b.json" }, "Option --input is given twice.")]
    [InlineData(new[] { "run", "--input" }, "Option --input needs a value.")]
    [InlineData(new[] { "shedule" }, "Unknown command 'shedule'. Did you mean 'schedule'?")]
    [InlineData(new[] { "executoins" }, "Unknown command 'executoins'. Did you mean 'executions'?")]
    [InlineData(new[] { "deploy" }, "Unknown command 'deploy'. Did you mean 'demo'?")]
    [InlineData(new[] { "schedule", "nightly-snapshots", "--tmplate", "t.yaml" }, "'schedule' does not take --tmplate. Did you mean '--template'?")]
    [InlineData(new[] { "run", "x", "--histroy" }, "'run' does not take --histroy. Did you mean '--history'?")]
    [InlineData(new[] { "asl", "run", "d.json", "--mock-confg", "m.json" }, "'asl run' does not take --mock-confg. Did you mean '--mock-config'?")]
    [InlineData(new[] { "demo", "--colour", "yes" }, "'demo' does not take --colour.")]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'.")]
    public void Parse_WhenTheCommandLineIsWrong_ShouldThrowUsageWithTheProblemAndTheNearestName(string[] args, string expected)
    {
        var usage = Assert.Throws<UsageException>(() => CommandInput.Parse(args));

        Assert.Equal(expected, usage.Message);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("JSON ")]
    public void JsonOutput_WhenTheFormatIsNeitherJsonNorText_ShouldThrowUsage(string format)
    {
        var input = CommandInput.Parse(["validate", "--output", format]);

        var usage = Assert.Throws<UsageException>(() => input.JsonOutput);

        Assert.Equal($"--output '{format}' is not an output format; use json (one JSON document, for scripts) or text (the default).", usage.Message);
    }
}
