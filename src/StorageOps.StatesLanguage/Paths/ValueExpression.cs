using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>The value of a <c>.$</c> field: a path or an intrinsic function call.</summary>
public abstract class ValueExpression
{
    /// <param name="field">The field being computed, for error messages (e.g. "Parameters.Payload.$").</param>
    public abstract JsonNode? Evaluate(ExpressionScope scope, string field);
}
