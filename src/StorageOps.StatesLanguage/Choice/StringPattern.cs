namespace StorageOps.StatesLanguage.Choice;

/// <summary>StringMatches patterns: <c>*</c> matches any run of characters; <c>\*</c> is a literal star and <c>\\</c> a literal backslash.</summary>
public static class StringPattern
{
    public static bool Matches(string pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        var tokens = Tokenize(pattern);
        return Match(tokens, 0, value, 0, new Dictionary<(int, int), bool>());
    }

    // Each token is either a literal character or null for a wildcard.
    private static List<char?> Tokenize(string pattern)
    {
        var tokens = new List<char?>();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                tokens.Add(pattern[++i]);
            }
            else
            {
                tokens.Add(pattern[i] == '*' ? null : pattern[i]);
            }
        }

        return tokens;
    }

    private static bool Match(List<char?> tokens, int tokenIndex, string value, int valueIndex, Dictionary<(int, int), bool> memo)
    {
        if (memo.TryGetValue((tokenIndex, valueIndex), out var known))
        {
            return known;
        }

        bool result;
        if (tokenIndex == tokens.Count)
        {
            result = valueIndex == value.Length;
        }
        else if (tokens[tokenIndex] is null)
        {
            result = Match(tokens, tokenIndex + 1, value, valueIndex, memo)
                || (valueIndex < value.Length && Match(tokens, tokenIndex, value, valueIndex + 1, memo));
        }
        else
        {
            result = valueIndex < value.Length && tokens[tokenIndex] == value[valueIndex]
                && Match(tokens, tokenIndex + 1, value, valueIndex + 1, memo);
        }

        memo[(tokenIndex, valueIndex)] = result;
        return result;
    }
}
