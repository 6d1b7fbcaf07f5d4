using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Paths;

public sealed class PathExpression(JsonPath path) : ValueExpression
{
    public JsonPath Path { get; } = path;

    public override JsonNode? Evaluate(ExpressionScope scope, string field)
    {
        var root = Path.IsContextPath ? scope.Context : scope.Input;
        if (!Path.TryEvaluate(root, out var value))
        {
            var where = Path.IsContextPath ? "the context object" : "the input";
            throw StateFailedException.Runtime(
                $"State '{scope.StateName}': the JSONPath '{TextExcerpt.Of(Path.Text)}' specified for the field '{field}' could not be found in {where}");
        }

        return JsonValues.Copy(value);
    }
}
