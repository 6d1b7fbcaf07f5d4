namespace StorageOps.Local.Cli;

/// <summary>A command, its positional arguments and its <c>--name value</c> / <c>--flag</c> options.</summary>
public sealed class CommandArguments
{
    /// <summary>Every command takes it: a failure prints its stack trace, and a run lists every AWS request.</summary>
    public const string VerboseFlag = "--verbose";

    private static readonly HashSet<string> Flags = ["--history", VerboseFlag];
    private readonly Dictionary<string, string?> options;

    private CommandArguments(string? command, IReadOnlyList<string> positional, Dictionary<string, string?> options)
    {
        Command = command;
        Positional = positional;
        this.options = options;
    }

    public string? Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The first argument is the command, except that <c>--verbose</c> may also come before it.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var commandIndex = args.TakeWhile(arg => arg == VerboseFlag).Count();
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (index == commandIndex)
            {
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
            }
            else if (options.ContainsKey(arg))
            {
                throw new UsageException($"Option {arg} is given twice.");
            }
            else if (Flags.Contains(arg))
            {
                options[arg] = null;
            }
            else if (index + 1 < args.Count)
            {
                options[arg] = args[++index];
            }
            else
            {
                throw new UsageException($"Option {arg} needs a value.");
            }
        }

        return new CommandArguments(commandIndex < args.Count ? args[commandIndex] : null, positional, options);
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => options.ContainsKey(name);

    public bool Verbose => Flag(VerboseFlag);

    public void AllowOnly(params string[] names)
    {
        if (options.Keys.FirstOrDefault(name => name != VerboseFlag && !names.Contains(name)) is { } unknown)
        {
            throw new UsageException($"'{Command}' does not take {unknown}.");
        }
    }
}
