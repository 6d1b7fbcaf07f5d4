using System.Globalization;
using Spectre.Console;
using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Cli;

/// <summary>
/// The live status line of a running workflow (Spectre.Console): the state being run, the virtual clock and the polls
/// (Wait states entered) so far. Live only on a terminal and never with NO_COLOR (https://no-color.org); otherwise
/// <see cref="Plain"/>, which shows nothing beyond the plain transition lines.
/// </summary>
public sealed class ProgressDisplay
{
    private readonly IAnsiConsole? console;
    private AnsiConsoleWriter? lines;

    private ProgressDisplay(IAnsiConsole? console) => this.console = console;

    public static ProgressDisplay Plain { get; } = new(null);

    public bool IsLive => console is not null;

    /// <summary>Where transition lines go while the status is live: through the console, so they scroll above it.</summary>
    public TextWriter Lines(TextWriter output) => console is null ? output : lines = new AnsiConsoleWriter(console, output);

    public static ProgressDisplay Live(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new(console);
    }

    /// <summary>True only for a terminal (not a pipe or file), with NO_COLOR unset or empty, and TERM not <c>dumb</c>.</summary>
    public static bool ShouldBeLive(bool outputIsTerminal, string? noColor, string? term) =>
        outputIsTerminal && string.IsNullOrEmpty(noColor) && term != "dumb";

    /// <summary>Runs <paramref name="work"/>, which reports each history event to the callback it is given.</summary>
    public async Task<T> TrackAsync<T>(string title, Func<Action<HistoryEvent>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (console is null)
        {
            return await work(_ => { });
        }

        var result = default(T)!;
        lines?.Live = true;
        try
        {
            await StatusAsync(title, work, value => result = value);
        }
        finally
        {
            lines?.Live = false;
        }

        return result;
    }

    private async Task StatusAsync<T>(string title, Func<Action<HistoryEvent>, Task<T>> work, Action<T> done)
    {
        await console!.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(title), async context =>
        {
            var polls = 0;
            var state = "";
            done(await work(historyEvent =>
            {
                if (historyEvent.Type == HistoryEventType.WaitStateEntered)
                {
                    polls++;
                }

                if (historyEvent.Details is StateEnteredEventDetails entered)
                {
                    state = entered.Name;
                }

                context.Status(Status(title, state, historyEvent.Timestamp, polls));
            }));
        });
    }

    internal static string Status(string title, string state, DateTimeOffset clock, int polls) =>
        $"{Markup.Escape(title)}  [bold]{Markup.Escape(state)}[/]  virtual clock [blue]{clock.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}[/]  {polls.ToString(CultureInfo.InvariantCulture)} poll(s)";
}
