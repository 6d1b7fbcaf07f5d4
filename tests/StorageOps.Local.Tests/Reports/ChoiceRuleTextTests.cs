using StorageOps.Local.Reports;
using StorageOps.StatesLanguage.Choice;
using StorageOps.StatesLanguage.Definition;

namespace StorageOps.Local.Tests.Reports;

public sealed class ChoiceRuleTextTests
{
    private static string TextOf(string rule)
    {
        var definition = StateMachineDefinition.Parse($$"""
            { "StartAt": "C", "States": { "C": { "Type": "Choice", "Choices": [ {{rule}} ], "Default": "D" }, "D": { "Type": "Succeed" } } }
            """);
        return ChoiceRuleText.Of(((StatesLanguage.States.ChoiceState)definition.States["C"]).Choices[0].Rule);
    }

    [Theory]
    [InlineData("""{ "Variable": "$.ready", "BooleanEquals": true, "Next": "D" }""", "$.ready == true")]
    [InlineData("""{ "Variable": "$.status", "StringEquals": "error", "Next": "D" }""", "$.status == \"error\"")]
    [InlineData("""{ "Variable": "$.elapsed", "NumericGreaterThanEqualsPath": "$.deadline", "Next": "D" }""", "$.elapsed >= $.deadline")]
    [InlineData("""{ "Variable": "$.tags", "IsPresent": false, "Next": "D" }""", "$.tags is not present")]
    [InlineData("""{ "Variable": "$.name", "StringMatches": "log-*", "Next": "D" }""", "$.name matches \"log-*\"")]
    [InlineData("""{ "Or": [{ "Variable": "$.a", "NumericLessThan": 1 }, { "Variable": "$.b", "IsNull": true }], "Next": "D" }""", "($.a < 1) || ($.b is null)")]
    public void Of_ShouldWriteTheRuleShort(string rule, string expected) => Assert.Equal(expected, TextOf(rule));

    [Fact]
    public void Shorten_WhenTheTextIsLong_ShouldCutItWithAnEllipsis()
    {
        var text = new string('x', 60);

        var shortened = ChoiceRuleText.Shorten(text);

        Assert.Equal(ChoiceRuleText.MaxLabelLength, shortened.Length);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.Equal("short", ChoiceRuleText.Shorten("short"));
    }

    [Fact]
    public void Of_ShouldNotDependOnTheRuleType()
    {
        Assert.Equal("$.ready == true", ChoiceRuleText.Of(new ComparisonRule(StatesLanguage.Paths.JsonPath.Parse("$.ready"), ComparisonOperator.All["BooleanEquals"], System.Text.Json.Nodes.JsonValue.Create(true), null)));
    }
}
