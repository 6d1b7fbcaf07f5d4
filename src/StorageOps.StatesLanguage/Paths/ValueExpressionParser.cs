using StorageOps.StatesLanguage.Intrinsics;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>Parses the string value of a <c>.$</c> field into a path or an intrinsic function call.</summary>
public static class ValueExpressionParser
{
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValueExpression? expression, out string error)
    {
        expression = null;
        if (text.StartsWith('$'))
        {
            if (!JsonPath.TryParse(text, out var path, out error))
            {
                error = $"'{TextExcerpt.Of(text)}' is not a supported JSONPath: it {error}";
                return false;
            }

            expression = new PathExpression(path);
            return true;
        }

        if (text.StartsWith("States.", StringComparison.Ordinal))
        {
            if (!IntrinsicParser.TryParse(text, out var call, out error))
            {
                error = $"'{TextExcerpt.Of(text)}' is not a valid intrinsic function call: {error}";
                return false;
            }

            expression = call;
            return true;
        }

        error = $"'{TextExcerpt.Of(text)}' must be a JSONPath (starting with '$') or an intrinsic function (starting with 'States.')";
        return false;
    }
}
