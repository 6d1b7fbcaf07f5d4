using System.Text;
using Spectre.Console;

namespace StorageOps.Local.Cli;

/// <summary>A TextWriter over a Spectre console, so lines written while a live status shows scroll above it rather than through it.</summary>
public sealed class AnsiConsoleWriter(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder line = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            if (value == '\n')
            {
                console.WriteLine(line.ToString().TrimEnd('\r'), Style.Plain);
                line.Clear();
            }
            else
            {
                line.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (var character in value ?? "")
        {
            Write(character);
        }
    }

    public override void Flush()
    {
        lock (gate)
        {
            if (line.Length > 0)
            {
                console.Write(line.ToString(), Style.Plain);
                line.Clear();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
