using System.CommandLine;
using System.CommandLine.Parsing;

namespace StorageOps.Local.Cli;

/// <summary>
/// A command line as System.CommandLine parsed it (<see cref="CommandTree"/>): the command, its positional arguments in
/// order, its options by name. Parse errors are turned into <see cref="UsageException"/> before a command sees it.
/// </summary>
public sealed class CommandInput
{
    private readonly ParseResult parseResult;

    internal CommandInput(ParseResult parseResult, IReadOnlyList<string> positional)
    {
        this.parseResult = parseResult;
        Positional = positional;
    }

    /// <summary>The command's path below the root, e.g. <c>run</c> or <c>asl run</c>.</summary>
    public string Command => string.Join(' ', Path());

    public IReadOnlyList<string> Positional { get; }

    public bool Verbose => Flag(CommandTree.VerboseOption);

    /// <summary><c>--output json</c>: one JSON document on standard output and nothing else.</summary>
    public bool JsonOutput => Option(CommandTree.OutputOption) switch
    {
        null or "text" => false,
        "json" => true,
        var other => throw new UsageException($"--output '{other}' is not an output format; use json (one JSON document, for scripts) or text (the default)."),
    };

    /// <summary>Where progress goes: nothing with <c>--output json</c>, else a live status on a terminal (<see cref="ProgressDisplay"/>).</summary>
    public ProgressDisplay Progress { get; internal set; } = ProgressDisplay.Plain;

    /// <summary>Parses <paramref name="args"/> as <c>storageops</c> does; for tests of one command.</summary>
    public static CommandInput Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return CommandLineProblems.Check(CommandTree.Build().Parse(args));
    }

    public string? Option(string name) =>
        FindOption(name) is Option<string> option ? parseResult.GetValue(option) : null;

    public bool Flag(string name) => FindOption(name) is Option<bool> option && parseResult.GetValue(option);

    private Option? FindOption(string name)
    {
        for (SymbolResult? result = parseResult.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command && command.Command.Options.FirstOrDefault(option => option.Name == name || option.Aliases.Contains(name)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private IEnumerable<string> Path()
    {
        var names = new Stack<string>();
        for (var result = parseResult.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
