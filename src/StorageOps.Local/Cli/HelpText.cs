namespace StorageOps.Local.Cli;

/// <summary>
/// System.CommandLine prints each subcommand's whole description in a command list; a description ends with its
/// examples (for <c>COMMAND --help</c>), so in the list only its first paragraph is kept.
/// </summary>
public static class HelpText
{
    public static string WithoutSubcommandExamples(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>();
        var inCommands = false;
        var inExamples = false;
        foreach (var line in lines)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                inCommands = line == "Commands:";
                inExamples = false;
                kept.Add(line);
                continue;
            }

            if (inCommands)
            {
                var text = line.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (text == "Examples:")
                {
                    inExamples = true;
                    continue;
                }

                // A command's row starts two spaces in; its description's other lines are indented to the description column.
                if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
                {
                    inExamples = false;
                }
                else if (inExamples)
                {
                    continue;
                }
            }

            kept.Add(line);
        }

        return string.Join(Environment.NewLine, kept).TrimEnd() + Environment.NewLine + Environment.NewLine;
    }
}
