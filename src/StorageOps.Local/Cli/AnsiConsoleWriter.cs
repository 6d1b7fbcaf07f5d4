using System.Text;
using Spectre.Console;

namespace StorageOps.Local.Cli;

/// <summary>
/// Standard output while a live status may show: while it does (<see cref="Live"/>), each line goes through the Spectre
/// console so it scrolls above the status rather than through it; otherwise straight to <paramref name="raw"/>, so
/// long lines (the output JSON) are not folded at the terminal's width.
/// </summary>
public sealed class AnsiConsoleWriter(IAnsiConsole console, TextWriter raw) : TextWriter
{
    private readonly StringBuilder line = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public bool Live { get; set; }

    public override void Write(char value)
    {
        lock (gate)
        {
            if (!Live && line.Length == 0)
            {
                raw.Write(value);
                return;
            }

            if (value == '\n')
            {
                if (Live)
                {
                    console.WriteLine(line.ToString().TrimEnd('\r'), Style.Plain);
                }
                else
                {
                    raw.WriteLine(line.ToString().TrimEnd('\r'));
                }

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
                raw.Write(line.ToString());
                line.Clear();
            }

            raw.Flush();
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
