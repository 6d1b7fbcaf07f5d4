using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Intrinsics;

/// <summary>A literal intrinsic argument: a string, number, boolean or null.</summary>
public sealed class LiteralExpression(JsonNode? value) : ValueExpression
{
    public JsonNode? Value { get; } = value;

    public override JsonNode? Evaluate(ExpressionScope scope, string field) => JsonValues.Copy(Value);
}
