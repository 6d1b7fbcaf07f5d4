using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Choice;

/// <summary>
/// Compares the value at <see cref="Variable"/> with a literal or with the value at another path.
/// Values of the wrong type never match; a Variable (or operand path) that matches nothing is a States.Runtime error,
/// except for IsPresent, which exists to test exactly that.
/// </summary>
public sealed class ComparisonRule(JsonPath variable, ComparisonOperator comparison, JsonNode? literal, JsonPath? operandPath) : ChoiceRule
{
    public JsonPath Variable { get; } = variable;

    public ComparisonOperator Operator { get; } = comparison;

    public JsonNode? Literal { get; } = literal;

    public JsonPath? OperandPath { get; } = operandPath;

    public override bool Evaluate(JsonNode? input, string stateName)
    {
        var present = Variable.TryEvaluate(input, out var value);
        if (Operator.Type == ComparisonType.IsPresent)
        {
            return present == ExpectedFlag();
        }

        if (!present)
        {
            throw StateFailedException.Runtime(
                $"State '{stateName}': Invalid path '{TextExcerpt.Of(Variable.Text)}': the choice rule's Variable matched nothing in the input");
        }

        var operand = Literal;
        if (OperandPath is not null && !OperandPath.TryEvaluate(input, out operand))
        {
            throw StateFailedException.Runtime(
                $"State '{stateName}': Invalid path '{TextExcerpt.Of(OperandPath.Text)}': the choice rule's {Operator.Name} matched nothing in the input");
        }

        return Operator.Type switch
        {
            ComparisonType.IsNull => (value is null) == ExpectedFlag(),
            ComparisonType.IsNumeric => JsonValues.IsNumber(value) == ExpectedFlag(),
            ComparisonType.IsString => JsonValues.IsString(value) == ExpectedFlag(),
            ComparisonType.IsBoolean => JsonValues.IsBoolean(value) == ExpectedFlag(),
            ComparisonType.IsTimestamp => (JsonValues.TryGetString(value, out var text) && Rfc3339Timestamp.TryParse(text, out _)) == ExpectedFlag(),
            ComparisonType.StringMatches => JsonValues.TryGetString(value, out var actual) && JsonValues.TryGetString(operand, out var pattern) && StringPattern.Matches(pattern, actual),
            _ => Compare(value, operand) is { } order && Satisfies(order),
        };
    }

    private bool ExpectedFlag() => JsonValues.TryGetBoolean(Literal, out var flag) && flag;

    private int? Compare(JsonNode? value, JsonNode? operand)
    {
        switch (Operator.Type)
        {
            case ComparisonType.String when JsonValues.TryGetString(value, out var left) && JsonValues.TryGetString(operand, out var right):
                return Math.Sign(string.CompareOrdinal(left, right));
            case ComparisonType.Numeric when JsonValues.IsNumber(value) && JsonValues.IsNumber(operand):
                return JsonValues.CompareNumbers(value!, operand!);
            case ComparisonType.Boolean when JsonValues.TryGetBoolean(value, out var left) && JsonValues.TryGetBoolean(operand, out var right):
                return left == right ? 0 : 1;
            case ComparisonType.Timestamp
                when JsonValues.TryGetString(value, out var left) && Rfc3339Timestamp.TryParse(left, out var leftTime)
                && JsonValues.TryGetString(operand, out var right) && Rfc3339Timestamp.TryParse(right, out var rightTime):
                return leftTime.CompareTo(rightTime);
            default:
                return null;
        }
    }

    private bool Satisfies(int order) => Operator.Relation switch
    {
        ComparisonRelation.Equals => order == 0,
        ComparisonRelation.LessThan => order < 0,
        ComparisonRelation.GreaterThan => order > 0,
        ComparisonRelation.LessThanEquals => order <= 0,
        ComparisonRelation.GreaterThanEquals => order >= 0,
        _ => false,
    };
}
