using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace StorageOps.Local.Cli;

/// <summary>
/// Turns what System.CommandLine found wrong with a command line into one <see cref="UsageException"/> sentence, with
/// "Did you mean …?" for a mistyped command (System.CommandLine's typo corrections) or option (the nearest option names).
/// </summary>
public static class CommandLineProblems
{
    public static CommandInput Check(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var command = parseResult.CommandResult;
        var optionProblem = parseResult.Errors.Select(error => error.SymbolResult).OfType<OptionResult>().FirstOrDefault();
        if (optionProblem is not null)
        {
            var name = optionProblem.IdentifierToken?.Value ?? optionProblem.Option.Name;
            throw new UsageException(optionProblem.Tokens.Count == 0 ? $"Option {name} needs a value." : $"Option {name} is given twice.");
        }

        if (command.Parent is null)
        {
            if (parseResult.UnmatchedTokens.FirstOrDefault() is { } unknown)
            {
                throw new UsageException($"Unknown command '{unknown}'.{DidYouMean(TypoCorrections(parseResult))}");
            }

            if (parseResult.Errors.FirstOrDefault() is { } error)
            {
                throw new UsageException(error.Message);
            }
        }

        var positional = new List<string>();
        foreach (var argument in command.Command.Arguments)
        {
            switch (argument)
            {
                case Argument<string> single when command.GetValue(single) is { } value:
                    positional.Add(value);
                    break;
                case Argument<string[]> many when command.GetValue(many) is { } values:
                    positional.AddRange(values);
                    break;
            }
        }

        positional.AddRange(parseResult.UnmatchedTokens);
        var path = string.Join(' ', CommandPath(command));
        if (positional.FirstOrDefault(LooksLikeOption) is { } unknownOption)
        {
            throw new UsageException($"'{path}' does not take {unknownOption}.{DidYouMean(NearestOptions(command, unknownOption))}");
        }

        // Errors on a command itself (unmatched tokens, a missing subcommand) are the command's to word, from its positional arguments.
        if (parseResult.Errors.FirstOrDefault(error => error.SymbolResult is not CommandResult) is { } other)
        {
            throw new UsageException(other.Message);
        }

        return new CommandInput(parseResult, positional);
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);

    /// <summary>What System.CommandLine's parse error action suggests for the unmatched tokens, captured rather than printed with the help.</summary>
    private static List<string> TypoCorrections(ParseResult parseResult)
    {
        if (parseResult.Action is not ParseErrorAction action)
        {
            return [];
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        using var captured = new StringWriter();
        parseResult.Invoke(new InvocationConfiguration { Output = captured, Error = TextWriter.Null, EnableDefaultExceptionHandler = false });
        return captured.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.EndsWith('?'))
            .ToList();
    }

    private static List<string> NearestOptions(CommandResult command, string token)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult scope)
            {
                names.AddRange(scope.Command.Options.Where(option => !option.Hidden && (scope == command || option.Recursive)).Select(option => option.Name));
            }
        }

        var bare = token.TrimStart('-');
        var scored = names.Distinct(StringComparer.Ordinal).Select(name => (Name: name, Distance: Distance(bare, name.TrimStart('-')))).ToList();
        var limit = Math.Max(1, bare.Length / 3);
        var best = scored.Where(candidate => candidate.Distance <= limit).Select(candidate => candidate.Distance).DefaultIfEmpty(int.MaxValue).Min();
        return scored.Where(candidate => candidate.Distance == best).Select(candidate => candidate.Name).ToList();
    }

    private static string DidYouMean(List<string> suggestions) => suggestions.Count switch
    {
        0 => "",
        1 => $" Did you mean '{suggestions[0]}'?",
        _ => $" Did you mean one of {string.Join(", ", suggestions.Select(suggestion => $"'{suggestion}'"))}?",
    };

    private static IEnumerable<string> CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
