using StorageOps.StatesLanguage.Choice;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.Local.Reports;

/// <summary>
/// A Choice Rule written short, as an edge label: <c>$.ready == true</c>, <c>$.status == "error"</c>,
/// <c>$.elapsed &gt;= $.deadline</c>, <c>$.tags is present</c>, <c>($.a == 1) &amp;&amp; !($.b is null)</c>.
/// </summary>
public static class ChoiceRuleText
{
    /// <summary>How long a label may be before <see cref="Shorten"/> cuts it.</summary>
    public const int MaxLabelLength = 44;

    public static string Of(ChoiceRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule switch
        {
            AndRule and => string.Join(" && ", and.Rules.Select(Nested)),
            OrRule or => string.Join(" || ", or.Rules.Select(Nested)),
            NotRule not => "!" + Nested(not.Rule),
            ComparisonRule comparison => Comparison(comparison),
            _ => rule.GetType().Name,
        };
    }

    /// <summary>The text itself when it is short enough, else its start and an ellipsis.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxLabelLength ? text : text[..(MaxLabelLength - 1)] + "…";
    }

    private static string Nested(ChoiceRule rule) => $"({Of(rule)})";

    private static string Comparison(ComparisonRule rule)
    {
        var variable = rule.Variable.Text;
        var flag = rule.Literal?.ToJsonString() == "true";
        var operand = rule.OperandPath?.Text ?? JsonValues.Serialize(rule.Literal);
        return rule.Operator.Type switch
        {
            ComparisonType.IsPresent => $"{variable} is {(flag ? "" : "not ")}present",
            ComparisonType.IsNull => $"{variable} is {(flag ? "" : "not ")}null",
            ComparisonType.IsNumeric => $"{variable} is {(flag ? "" : "not ")}numeric",
            ComparisonType.IsString => $"{variable} is {(flag ? "" : "not ")}a string",
            ComparisonType.IsBoolean => $"{variable} is {(flag ? "" : "not ")}a boolean",
            ComparisonType.IsTimestamp => $"{variable} is {(flag ? "" : "not ")}a timestamp",
            ComparisonType.StringMatches => $"{variable} matches {operand}",
            _ => $"{variable} {Symbol(rule.Operator.Relation)} {operand}",
        };
    }

    private static string Symbol(ComparisonRelation relation) => relation switch
    {
        ComparisonRelation.Equals => "==",
        ComparisonRelation.LessThan => "<",
        ComparisonRelation.GreaterThan => ">",
        ComparisonRelation.LessThanEquals => "<=",
        ComparisonRelation.GreaterThanEquals => ">=",
        _ => "?",
    };
}
