using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// Strings of a chosen length that match a service model's <c>pattern</c> (and strings that do not), generated from the
/// pattern itself so boundary values follow the model. Handles the regex features the models use: literals, escapes
/// (<c>\d \p{L} \p{N} \p{Z} \p{ASCII}</c>), classes with ranges, groups, alternation, quantifiers and anchors;
/// lookarounds are checked, not generated. Every result is verified with <see cref="Regex"/>.
/// </summary>
internal static class ModelPattern
{
    private const int Unbounded = int.MaxValue / 4;

    /// <summary>A string of exactly <paramref name="length"/> characters matching <paramref name="pattern"/>, or null if there is none to find.</summary>
    public static string? Sample(string? pattern, int length)
    {
        if (length < 0)
        {
            return null;
        }

        if (pattern is null)
        {
            return new string('a', length);
        }

        var node = new Parser(pattern).Parse();
        var sample = Generate(node, length);
        return sample is not null && sample.Length == length && IsMatch(sample, pattern) ? sample : null;
    }

    /// <summary>Matches as the model means it: unanchored, with Java's <c>\p{ASCII}</c> spelled as .NET understands it.</summary>
    public static bool IsMatch(string value, string pattern) =>
        Regex.IsMatch(value, pattern.Replace(@"\p{ASCII}", @"[\x00-\x7F]", StringComparison.Ordinal));

    /// <summary>The longest length up to <paramref name="maxLength"/> (and at least <paramref name="minLength"/>) a sample exists for.</summary>
    public static int? LongestUpTo(string? pattern, int minLength, int maxLength)
    {
        if (pattern is null)
        {
            return maxLength;
        }

        var node = new Parser(pattern).Parse();
        for (var length = Math.Min(maxLength, node.Max); length >= minLength; length--)
        {
            if (Sample(pattern, length) is not null)
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>The shortest length from <paramref name="minLength"/> (up to <paramref name="maxLength"/>) a sample exists for.</summary>
    public static int? ShortestFrom(string? pattern, int minLength, int maxLength)
    {
        if (pattern is null)
        {
            return minLength;
        }

        var node = new Parser(pattern).Parse();
        for (var length = Math.Max(minLength, node.Min); length <= maxLength && length <= node.Max; length++)
        {
            if (Sample(pattern, length) is not null)
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>A string as long as <paramref name="valid"/> that does not match <paramref name="pattern"/>, or null if every probe matches.</summary>
    public static string? Breaking(string pattern, string valid)
    {
        char[] probes = ['!', '#', ' ', '\n', '\u0001', 'Z', '0', 'é', '-', ':', '*'];
        var positions = Enumerable.Range(0, valid.Length).Take(6).Concat(Enumerable.Range(Math.Max(0, valid.Length - 6), Math.Min(6, valid.Length))).Distinct();
        foreach (var position in positions)
        {
            foreach (var probe in probes)
            {
                var candidate = string.Concat(valid.AsSpan(0, position), probe.ToString(), valid.AsSpan(position + 1));
                if (!IsMatch(candidate, pattern))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? Generate(Node node, int length)
    {
        if (length < node.Min || length > node.Max)
        {
            return null;
        }

        switch (node)
        {
            case Single single:
                return length == 1 ? single.Character.ToString() : null;
            case Empty:
                return length == 0 ? string.Empty : null;
            case Alternation alternation:
                return alternation.Options.Select(option => Generate(option, length)).FirstOrDefault(sample => sample is not null);
            case Sequence sequence:
                return GenerateSequence(sequence.Items, 0, length);
            case Repeat repeat:
                return GenerateRepeat(repeat, length);
            default:
                throw new InvalidOperationException($"Unknown node {node}.");
        }
    }

    private static string? GenerateSequence(IReadOnlyList<Node> items, int index, int length)
    {
        if (index == items.Count)
        {
            return length == 0 ? string.Empty : null;
        }

        var restMin = items.Skip(index + 1).Sum(item => (long)item.Min);
        var restMax = items.Skip(index + 1).Aggregate(0L, (sum, item) => Math.Min(Unbounded, sum + item.Max));
        var item = items[index];
        var upper = (int)Math.Min(item.Max, length - restMin);
        var lower = (int)Math.Max(item.Min, length - restMax);
        for (var own = upper; own >= lower; own--)
        {
            if (Generate(item, own) is { } head && GenerateSequence(items, index + 1, length - own) is { } tail)
            {
                return head + tail;
            }
        }

        return null;
    }

    private static string? GenerateRepeat(Repeat repeat, int length)
    {
        if (length == 0)
        {
            return repeat.MinCount == 0 || repeat.Inner.Min == 0 ? string.Empty : null;
        }

        var innerMin = Math.Max(1, repeat.Inner.Min);
        for (var count = Math.Max(1, repeat.MinCount); count <= repeat.MaxCount && count <= length / innerMin; count++)
        {
            if ((long)count * repeat.Inner.Max < length)
            {
                continue;
            }

            var builder = new StringBuilder();
            for (var index = 0; index < count; index++)
            {
                var share = (length / count) + (index < length % count ? 1 : 0);
                if (Generate(repeat.Inner, share) is not { } part)
                {
                    builder = null;
                    break;
                }

                builder.Append(part);
            }

            if (builder is not null)
            {
                return builder.ToString();
            }
        }

        return null;
    }

    private abstract record Node(int Min, int Max);

    private sealed record Single(char Character) : Node(1, 1);

    private sealed record Empty() : Node(0, 0);

    private sealed record Alternation(IReadOnlyList<Node> Options) : Node(Options.Min(option => option.Min), Options.Max(option => option.Max));

    private sealed record Sequence(IReadOnlyList<Node> Items)
        : Node((int)Math.Min(Unbounded, Items.Sum(item => (long)item.Min)), (int)Math.Min(Unbounded, Items.Sum(item => (long)item.Max)));

    private sealed record Repeat(Node Inner, int MinCount, int MaxCount)
        : Node((int)Math.Min(Unbounded, (long)Inner.Min * MinCount), (int)Math.Min(Unbounded, (long)Inner.Max * MaxCount));

    private sealed class Parser(string pattern)
    {
        private int position;

        public Node Parse()
        {
            var node = ParseAlternation();
            return position == pattern.Length ? node : throw new FormatException($"Unexpected '{pattern[position]}' at {position} in {pattern}.");
        }

        private Node ParseAlternation()
        {
            var options = new List<Node> { ParseSequence() };
            while (Peek() == '|')
            {
                position++;
                options.Add(ParseSequence());
            }

            return options.Count == 1 ? options[0] : new Alternation(options);
        }

        private Sequence ParseSequence()
        {
            var items = new List<Node>();
            while (position < pattern.Length && Peek() is not ('|' or ')'))
            {
                items.Add(ParseQuantifier(ParseAtom()));
            }

            return new Sequence(items);
        }

        private Node ParseAtom()
        {
            var character = pattern[position++];
            switch (character)
            {
                case '^' or '$':
                    return new Empty();
                case '.':
                    return new Single('a');
                case '[':
                    return ParseClass();
                case '\\':
                    return new Single(Escape());
                case '(':
                    var lookaround = false;
                    if (Peek() == '?')
                    {
                        position++;
                        if (Peek() == '<')
                        {
                            position++;
                        }

                        lookaround = Peek() is '!' or '=';
                        position++;
                    }

                    var inner = ParseAlternation();
                    Expect(')');
                    return lookaround ? new Empty() : inner;
                default:
                    return new Single(character);
            }
        }

        private Node ParseQuantifier(Node atom)
        {
            (int Min, int Max)? range = Peek() switch
            {
                '*' => (0, Unbounded),
                '+' => (1, Unbounded),
                '?' => (0, 1),
                '{' => null,
                _ => (-1, -1),
            };
            if (range is (-1, -1))
            {
                return atom;
            }

            if (range is null)
            {
                var close = pattern.IndexOf('}', position);
                var parts = pattern[(position + 1)..close].Split(',');
                var min = int.Parse(parts[0], CultureInfo.InvariantCulture);
                var max = parts.Length == 1 ? min : parts[1].Length == 0 ? Unbounded : int.Parse(parts[1], CultureInfo.InvariantCulture);
                position = close + 1;
                range = (min, max);
            }
            else
            {
                position++;
            }

            if (Peek() == '?')
            {
                position++;
            }

            return new Repeat(atom, range.Value.Min, range.Value.Max);
        }

        private Single ParseClass()
        {
            var negated = Peek() == '^';
            if (negated)
            {
                position++;
            }

            var candidates = new List<char>();
            var first = true;
            while (first || Peek() != ']')
            {
                first = false;
                var start = pattern[position++] == '\\' ? Escape() : pattern[position - 1];
                if (Peek() == '-' && position + 1 < pattern.Length && pattern[position + 1] != ']')
                {
                    position++;
                    _ = pattern[position++] == '\\' ? Escape() : pattern[position - 1];
                }

                candidates.Add(start);
            }

            Expect(']');
            return new Single(negated ? 'a' : candidates.FirstOrDefault(char.IsAsciiLetterOrDigit, candidates[0]));
        }

        private char Escape()
        {
            var escaped = pattern[position++];
            switch (escaped)
            {
                case 'd':
                    return '0';
                case 'w':
                    return 'a';
                case 's':
                    return ' ';
                case 'p':
                    var close = pattern.IndexOf('}', position);
                    var category = pattern[(position + 1)..close];
                    position = close + 1;
                    return category switch { "N" => '0', "Z" => ' ', _ => 'a' };
                default:
                    return escaped;
            }
        }

        private char? Peek() => position < pattern.Length ? pattern[position] : null;

        private void Expect(char expected)
        {
            if (Peek() != expected)
            {
                throw new FormatException($"Expected '{expected}' at {position} in {pattern}.");
            }

            position++;
        }
    }
}
