using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Intrinsics;

/// <summary>Parses intrinsic function calls: <c>States.Name(arg, ...)</c> with string ('...'), number, boolean, null, path and nested call arguments.</summary>
public static class IntrinsicParser
{
    /// <summary>Step Functions allows up to 10 intrinsic functions nested within a field; deeper calls are a definition error.</summary>
    public const int MaxNestingDepth = 10;

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IntrinsicCall? call, out string error)
    {
        var position = 0;
        call = ParseCall(text, ref position, 1, out error);
        if (call is null)
        {
            return false;
        }

        SkipWhitespace(text, ref position);
        if (position != text.Length)
        {
            error = $"unexpected text after the closing parenthesis at position {position}";
            call = null;
            return false;
        }

        return true;
    }

    private static IntrinsicCall? ParseCall(string text, ref int position, int depth, out string error)
    {
        if (depth > MaxNestingDepth)
        {
            error = $"intrinsic functions are nested more than {MaxNestingDepth} deep (at position {position})";
            return null;
        }

        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '.'))
        {
            position++;
        }

        var name = text[start..position];
        if (!IntrinsicFunctionLibrary.IsKnown(name))
        {
            error = $"unknown intrinsic function '{name}'";
            return null;
        }

        SkipWhitespace(text, ref position);
        if (position >= text.Length || text[position] != '(')
        {
            error = $"expected '(' after '{name}'";
            return null;
        }

        position++;
        var arguments = new List<ValueExpression>();
        SkipWhitespace(text, ref position);
        if (position < text.Length && text[position] == ')')
        {
            position++;
            error = string.Empty;
            return new IntrinsicCall(name, arguments);
        }

        while (true)
        {
            SkipWhitespace(text, ref position);
            var argument = ParseArgument(text, ref position, depth, out error);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            SkipWhitespace(text, ref position);
            if (position >= text.Length)
            {
                error = $"missing ')' to close '{name}('";
                return null;
            }

            if (text[position] == ')')
            {
                position++;
                return new IntrinsicCall(name, arguments);
            }

            if (text[position] != ',')
            {
                error = $"expected ',' or ')' at position {position}";
                return null;
            }

            position++;
        }
    }

    private static ValueExpression? ParseArgument(string text, ref int position, int depth, out string error)
    {
        error = string.Empty;
        if (position >= text.Length)
        {
            error = "missing argument";
            return null;
        }

        var current = text[position];
        if (current == '\'')
        {
            return ParseString(text, ref position, out error);
        }

        if (current == '$')
        {
            var start = position;
            var bracketDepth = 0;
            char? quote = null;
            while (position < text.Length)
            {
                var c = text[position];
                if (quote is not null)
                {
                    if (c == quote)
                    {
                        quote = null;
                    }
                }
                else if (c is '\'' or '"' && bracketDepth > 0)
                {
                    quote = c;
                }
                else if (c == '[')
                {
                    bracketDepth++;
                }
                else if (c == ']')
                {
                    bracketDepth--;
                }
                else if (bracketDepth == 0 && (c is ',' or ')' || char.IsWhiteSpace(c)))
                {
                    break;
                }

                position++;
            }

            var pathText = text[start..position];
            if (!JsonPath.TryParse(pathText, out var path, out var pathError))
            {
                error = $"argument '{TextExcerpt.Of(pathText)}' is not a supported JSONPath: it {pathError}";
                return null;
            }

            return new PathExpression(path);
        }

        if (text.AsSpan(position).StartsWith("States.", StringComparison.Ordinal))
        {
            return ParseCall(text, ref position, depth + 1, out error);
        }

        var tokenStart = position;
        while (position < text.Length && text[position] is not (',' or ')') && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var token = text[tokenStart..position];
        switch (token)
        {
            case "true":
                return new LiteralExpression(JsonValue.Create(true));
            case "false":
                return new LiteralExpression(JsonValue.Create(false));
            case "null":
                return new LiteralExpression(null);
        }

        if (decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new LiteralExpression(JsonValues.FromNumber(number));
        }

        error = $"unexpected argument '{TextExcerpt.Of(token)}' (strings are written in single quotes)";
        return null;
    }

    private static LiteralExpression? ParseString(string text, ref int position, out string error)
    {
        error = string.Empty;
        var value = new StringBuilder();
        position++;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\\' && position + 1 < text.Length)
            {
                var next = text[position + 1];
                // \{ and \} stay escaped so that States.Format can tell literal braces from placeholders.
                if (next is '{' or '}')
                {
                    value.Append(c);
                }

                value.Append(next);
                position += 2;
                continue;
            }

            if (c == '\'')
            {
                position++;
                return new LiteralExpression(JsonValue.Create(value.ToString()));
            }

            value.Append(c);
            position++;
        }

        error = "unterminated string literal";
        return null;
    }

    private static void SkipWhitespace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
