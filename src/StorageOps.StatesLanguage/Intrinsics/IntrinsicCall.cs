using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Intrinsics;

/// <summary>A call such as <c>States.Format('{}', $.name)</c>; arguments may be literals, paths or nested calls.</summary>
public sealed class IntrinsicCall(string functionName, IReadOnlyList<ValueExpression> arguments) : ValueExpression
{
    public string FunctionName { get; } = functionName;

    public IReadOnlyList<ValueExpression> Arguments { get; } = arguments;

    public override JsonNode? Evaluate(ExpressionScope scope, string field)
    {
        var values = Arguments.Select(argument => argument.Evaluate(scope, field)).ToList();
        return IntrinsicFunctionLibrary.Invoke(FunctionName, values, scope);
    }
}
