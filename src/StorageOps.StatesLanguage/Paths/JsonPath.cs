using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>
/// A JSONPath in the subset the engine evaluates today: <c>$</c> or <c>$$</c> (the context object) followed by
/// <c>.name</c>, <c>['name']</c> and <c>[index]</c> steps. Every path of this subset is also a reference path.
/// Wildcards, slices, filters and recursive descent are rejected with a message saying so.
/// </summary>
public sealed class JsonPath
{
    private JsonPath(string text, bool isContextPath, IReadOnlyList<JsonPathSegment> segments)
    {
        Text = text;
        IsContextPath = isContextPath;
        Segments = segments;
    }

    public string Text { get; }

    /// <summary>True for paths starting with <c>$$</c>, which read the context object rather than the input.</summary>
    public bool IsContextPath { get; }

    public IReadOnlyList<JsonPathSegment> Segments { get; }

    public bool IsRoot => Segments.Count == 0;

    public static JsonPath Root { get; } = new("$", isContextPath: false, []);

    public override string ToString() => Text;

    public static JsonPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new FormatException(error);

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonPath? path, out string error)
    {
        path = null;
        error = string.Empty;
        if (string.IsNullOrEmpty(text) || text[0] != '$')
        {
            error = "must start with '$'";
            return false;
        }

        var isContext = text.StartsWith("$$", StringComparison.Ordinal);
        var position = isContext ? 2 : 1;
        var segments = new List<JsonPathSegment>();
        while (position < text.Length)
        {
            var current = text[position];
            if (current == '.')
            {
                position++;
                if (position < text.Length && text[position] == '.')
                {
                    error = "recursive descent ('..') is not supported";
                    return false;
                }

                var start = position;
                while (position < text.Length && text[position] != '.' && text[position] != '[')
                {
                    position++;
                }

                var name = text[start..position];
                if (name.Length == 0)
                {
                    error = "has an empty property name";
                    return false;
                }

                if (name == "*")
                {
                    error = "wildcards ('*') are not supported yet";
                    return false;
                }

                if (name.Any(char.IsWhiteSpace) || name.Contains(']', StringComparison.Ordinal) || name.Contains('\'', StringComparison.Ordinal))
                {
                    error = $"has an invalid property name '{name}' (use ['...'] for names with special characters)";
                    return false;
                }

                segments.Add(new JsonPathSegment(name, null));
            }
            else if (current == '[')
            {
                if (!TryParseBracket(text, ref position, segments, out error))
                {
                    return false;
                }
            }
            else
            {
                error = $"has an unexpected character '{current}' at position {position}";
                return false;
            }
        }

        path = new JsonPath(text, isContext, segments);
        return true;
    }

    private static bool TryParseBracket(string text, ref int position, List<JsonPathSegment> segments, out string error)
    {
        error = string.Empty;
        position++;
        if (position >= text.Length)
        {
            error = "has an unterminated '['";
            return false;
        }

        var opener = text[position];
        if (opener is '\'' or '"')
        {
            position++;
            var name = new StringBuilder();
            while (position < text.Length && text[position] != opener)
            {
                if (text[position] == '\\' && position + 1 < text.Length)
                {
                    position++;
                }

                name.Append(text[position]);
                position++;
            }

            if (position + 1 >= text.Length || text[position + 1] != ']')
            {
                error = "has an unterminated quoted property name";
                return false;
            }

            position += 2;
            segments.Add(new JsonPathSegment(name.ToString(), null));
            return true;
        }

        var close = text.IndexOf(']', position);
        if (close < 0)
        {
            error = "has an unterminated '['";
            return false;
        }

        var inside = text[position..close];
        if (inside.StartsWith('?'))
        {
            error = "filter expressions ('[?(...)]') are not supported";
            return false;
        }

        if (inside == "*")
        {
            error = "wildcards ('[*]') are not supported yet";
            return false;
        }

        if (inside.Contains(':', StringComparison.Ordinal) || inside.Contains(',', StringComparison.Ordinal))
        {
            error = "slices and unions ('[a:b]', '[a,b]') are not supported yet";
            return false;
        }

        if (!int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            error = $"has an invalid index '[{inside}]' (expected a non-negative integer)";
            return false;
        }

        position = close + 1;
        segments.Add(new JsonPathSegment(null, index));
        return true;
    }

    /// <summary>Reads the value the path points at; false when any step is missing.</summary>
    public bool TryEvaluate(JsonNode? root, out JsonNode? value)
    {
        var current = root;
        foreach (var segment in Segments)
        {
            if (segment.Property is { } property)
            {
                if (current is not JsonObject obj || !obj.TryGetPropertyValue(property, out current))
                {
                    value = null;
                    return false;
                }
            }
            else if (current is JsonArray array && segment.Index is { } index && index < array.Count)
            {
                current = array[index];
            }
            else
            {
                value = null;
                return false;
            }
        }

        value = current;
        return true;
    }
}
