using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Definition;

/// <summary>Reads typed fields of one JSON object of a definition (a state, a retrier, a choice rule), reporting every problem with the state and field.</summary>
internal sealed class FieldReader(string? stateName, JsonObject json, DefinitionProblems problems, string fieldPrefix = "")
{
    public string? StateName { get; } = stateName;

    public JsonObject Json { get; } = json;

    public DefinitionProblems Problems { get; } = problems;

    public bool Has(string field) => Json.ContainsKey(field);

    public string FieldName(string field) => fieldPrefix + field;

    public void Report(string field, string text) => Problems.Report(StateName, FieldName(field), text);

    public void ReportState(string text) => Problems.Report(StateName, null, text);

    public FieldReader Nested(JsonObject nested, string prefix) => new(StateName, nested, Problems, fieldPrefix + prefix);

    public void RejectUnknownFields(string kind, IReadOnlyCollection<string> allowed)
    {
        foreach (var (field, _) in Json)
        {
            if (UnsupportedFeatures.TryDescribe(field, out var unsupported))
            {
                Report(field, unsupported);
            }
            else if (!allowed.Contains(field))
            {
                Report(field, $"is not allowed in {kind}");
            }
        }
    }

    public string? String(string field, bool required = false)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            if (required)
            {
                Report(field, "is required");
            }

            return null;
        }

        if (!JsonValues.TryGetString(value, out var text))
        {
            Report(field, "must be a string");
            return null;
        }

        return text;
    }

    public bool Boolean(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            return false;
        }

        if (!JsonValues.TryGetBoolean(value, out var flag))
        {
            Report(field, "must be a boolean");
        }

        return flag;
    }

    public int? Integer(string field, int minimum)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            return null;
        }

        if (!JsonValues.TryGetInteger(value, out var number) || number < minimum || number > int.MaxValue)
        {
            Report(field, minimum > 0 ? "must be a positive integer" : "must be a non-negative integer");
            return null;
        }

        return (int)number;
    }

    public double? Number(string field, double minimum, string requirement)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            return null;
        }

        if (!JsonValues.TryGetDouble(value, out var number) || number < minimum)
        {
            Report(field, requirement);
            return null;
        }

        return number;
    }

    public DateTimeOffset? Timestamp(string field)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (!Rfc3339Timestamp.TryParse(text, out var value))
        {
            Report(field, "must be an RFC 3339 timestamp such as 2026-01-01T00:00:00Z");
            return null;
        }

        return value;
    }

    /// <summary>A reference path: only <c>$</c>, <c>.name</c>, <c>['name']</c> and <c>[n]</c> steps, reading the input.</summary>
    public JsonPath? ReferencePath(string field, bool allowContext = false)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (!JsonPath.TryParse(text, out var path, out var error))
        {
            Report(field, $"must be a reference path: '{TextExcerpt.Of(text)}' {error}");
            return null;
        }

        if (path.IsContextPath && !allowContext)
        {
            Report(field, $"must be a reference path into the input, not the context object ('{TextExcerpt.Of(text)}')");
            return null;
        }

        return path;
    }

    public InputOutputPath InputOutputPath(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            return Paths.InputOutputPath.Default;
        }

        if (value is null)
        {
            return Paths.InputOutputPath.Null;
        }

        var path = ReferencePath(field);
        return path is null ? Paths.InputOutputPath.Default : Paths.InputOutputPath.Of(path);
    }

    public ResultPath ResultPath(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            return Paths.ResultPath.Default;
        }

        if (value is null)
        {
            return Paths.ResultPath.Discard;
        }

        var path = ReferencePath(field);
        return path is null ? Paths.ResultPath.Default : Paths.ResultPath.Of(path);
    }

    public PayloadTemplate? Template(string field)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            return null;
        }

        if (value is not JsonObject)
        {
            Report(field, "must be a JSON object");
            return null;
        }

        return PayloadTemplate.Create(value, FieldName(field), (location, text) => Problems.Report(StateName, location, text));
    }

    /// <summary>A field that may hold a literal string, or (with the <c>Path</c> suffix) a path or intrinsic function.</summary>
    public ValueExpression? Expression(string field)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (!ValueExpressionParser.TryParse(text, out var expression, out var error))
        {
            Report(field, error);
            return null;
        }

        return expression;
    }

    public JsonArray? Array(string field, bool required)
    {
        if (!Json.TryGetPropertyValue(field, out var value))
        {
            if (required)
            {
                Report(field, "is required");
            }

            return null;
        }

        if (value is not JsonArray array)
        {
            Report(field, "must be an array");
            return null;
        }

        return array;
    }

    public IReadOnlyList<string> StringArray(string field)
    {
        var array = Array(field, required: true);
        if (array is null)
        {
            return [];
        }

        if (array.Count == 0)
        {
            Report(field, "must not be empty");
        }

        var strings = new List<string>();
        foreach (var item in array)
        {
            if (JsonValues.TryGetString(item, out var text))
            {
                strings.Add(text);
            }
            else
            {
                Report(field, $"must contain only strings (found {JsonValues.KindOf(item).ToString().ToLowerInvariant()})");
            }
        }

        return strings;
    }
}
