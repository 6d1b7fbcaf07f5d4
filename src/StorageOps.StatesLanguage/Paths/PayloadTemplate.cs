using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>
/// A Parameters or ResultSelector template: a JSON object copied as written, except that a field whose name ends in
/// <c>.$</c> is renamed without the suffix and gets the value of its path or intrinsic function.
/// Nested objects, including objects inside arrays, follow the same rule.
/// </summary>
public sealed class PayloadTemplate
{
    private const string DynamicSuffix = ".$";

    private readonly JsonNode _template;
    private readonly Dictionary<string, ValueExpression> _expressions;

    private PayloadTemplate(JsonNode template, Dictionary<string, ValueExpression> expressions)
    {
        _template = template;
        _expressions = expressions;
    }

    public JsonNode Template => _template;

    /// <param name="reportProblem">Receives (field path, message) for every invalid <c>.$</c> field.</param>
    public static PayloadTemplate Create(JsonNode template, string fieldName, Action<string, string> reportProblem)
    {
        var expressions = new Dictionary<string, ValueExpression>(StringComparer.Ordinal);
        Collect(template, fieldName, expressions, reportProblem);
        return new PayloadTemplate(template.DeepClone(), expressions);
    }

    public JsonNode? Evaluate(ExpressionScope scope) => Evaluate(_template, scope);

    private JsonNode? Evaluate(JsonNode? node, ExpressionScope scope)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key.EndsWith(DynamicSuffix, StringComparison.Ordinal))
                    {
                        var expression = _expressions[value!.GetValue<string>()];
                        result[key[..^DynamicSuffix.Length]] = expression.Evaluate(scope, key);
                    }
                    else
                    {
                        result[key] = Evaluate(value, scope);
                    }
                }

                return result;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Evaluate(item, scope))]);
            default:
                return JsonValues.Copy(node);
        }
    }

    private static void Collect(JsonNode? node, string location, Dictionary<string, ValueExpression> expressions, Action<string, string> reportProblem)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Collect(array[i], $"{location}[{i}]", expressions, reportProblem);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var (key, value) in obj)
        {
            var field = $"{location}.{key}";
            if (!key.EndsWith(DynamicSuffix, StringComparison.Ordinal))
            {
                Collect(value, field, expressions, reportProblem);
                continue;
            }

            if (!JsonValues.TryGetString(value, out var text))
            {
                reportProblem(field, "must be a string holding a JSONPath or an intrinsic function");
                continue;
            }

            if (expressions.ContainsKey(text))
            {
                continue;
            }

            if (ValueExpressionParser.TryParse(text, out var expression, out var error))
            {
                expressions[text] = expression;
            }
            else
            {
                reportProblem(field, error);
            }
        }
    }
}
