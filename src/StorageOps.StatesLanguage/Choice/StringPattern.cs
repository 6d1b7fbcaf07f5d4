namespace StorageOps.StatesLanguage.Choice;

/// <summary>StringMatches patterns: <c>*</c> matches any run of characters; <c>\*</c> is a literal star and <c>\\</c> a literal backslash.</summary>
public static class StringPattern
{
    public static bool Matches(string pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        var segments = LiteralSegments(pattern);
        if (segments.Count == 1)
        {
            return string.Equals(segments[0], value, StringComparison.Ordinal);
        }

        // The literals between stars: the first must start the value, the last must end it, and each one in between
        // is taken at its leftmost place after the previous one (taking it any later can never help). Linear space,
        // no recursion, whatever the pattern and value.
        var first = segments[0];
        var last = segments[^1];
        if (first.Length + last.Length > value.Length
            || !value.StartsWith(first, StringComparison.Ordinal)
            || !value.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var position = first.Length;
        var end = value.Length - last.Length;
        for (var i = 1; i < segments.Count - 1; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                continue;
            }

            var found = value.IndexOf(segment, position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + segment.Length;
        }

        return true;
    }

    /// <summary>The pattern split at its unescaped stars, escapes resolved: one segment more than there are wildcards.</summary>
    private static List<string> LiteralSegments(string pattern)
    {
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                current.Append(pattern[++i]);
            }
            else if (pattern[i] == '*')
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(pattern[i]);
            }
        }

        segments.Add(current.ToString());
        return segments;
    }
}
