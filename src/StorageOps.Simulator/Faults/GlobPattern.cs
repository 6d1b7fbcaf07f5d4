using System.Text.RegularExpressions;

namespace StorageOps.Simulator.Faults;

/// <summary>A glob where <c>*</c> matches any run of characters and <c>?</c> one character; everything else is literal.</summary>
internal sealed class GlobPattern
{
    private readonly Regex regex;

    public GlobPattern(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        Text = glob;
        var pattern = "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    public string Text { get; }

    public bool MatchesEverything => Text == "*";

    public bool IsMatch(string value) => regex.IsMatch(value);
}
