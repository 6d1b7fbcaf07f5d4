using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Choice;

public sealed class ChoiceOperatorTests
{
    private const string Input = """
        {"s":"banana","s2":"cherry","sSame":"banana","n":10,"n2":10.5,"nSame":10.0,"b":true,"b2":false,
         "t":"2026-01-01T12:00:00Z","t2":"2026-01-02T00:00:00Z","tSame":"2026-01-01T14:00:00+02:00",
         "nul":null,"notTime":"2026-01-01 12:00:00","obj":{"a":1}}
        """;

    private static async Task<bool> Matches(string rule)
    {
        var definition = """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[RULE,"Next":"Yes"}],"Default":"No"},
              "Yes":{"Type":"Pass","Result":"yes","End":true},
              "No":{"Type":"Pass","Result":"no","End":true}}}
            """.Replace("RULE", rule[..^1], StringComparison.Ordinal);
        var result = await new EngineHarness().RunAsync(definition, Input);
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        return EngineHarness.Output(result) == "\"yes\"";
    }

    [Theory]
    [InlineData("""{"Variable":"$.s","StringEquals":"banana"}""", true)]
    [InlineData("""{"Variable":"$.s","StringEquals":"Banana"}""", false)]
    [InlineData("""{"Variable":"$.n","StringEquals":"10"}""", false)]
    [InlineData("""{"Variable":"$.s","StringLessThan":"cherry"}""", true)]
    [InlineData("""{"Variable":"$.s","StringLessThan":"banana"}""", false)]
    [InlineData("""{"Variable":"$.s","StringGreaterThan":"apple"}""", true)]
    [InlineData("""{"Variable":"$.s","StringGreaterThan":"banana"}""", false)]
    [InlineData("""{"Variable":"$.s","StringLessThanEquals":"banana"}""", true)]
    [InlineData("""{"Variable":"$.s","StringLessThanEquals":"apple"}""", false)]
    [InlineData("""{"Variable":"$.s","StringGreaterThanEquals":"banana"}""", true)]
    [InlineData("""{"Variable":"$.s","StringGreaterThanEquals":"cherry"}""", false)]
    [InlineData("""{"Variable":"$.s","StringEqualsPath":"$.sSame"}""", true)]
    [InlineData("""{"Variable":"$.s","StringEqualsPath":"$.s2"}""", false)]
    [InlineData("""{"Variable":"$.s","StringLessThanPath":"$.s2"}""", true)]
    [InlineData("""{"Variable":"$.s","StringGreaterThanPath":"$.s2"}""", false)]
    [InlineData("""{"Variable":"$.s","StringLessThanEqualsPath":"$.sSame"}""", true)]
    [InlineData("""{"Variable":"$.s2","StringGreaterThanEqualsPath":"$.s"}""", true)]
    public async Task Evaluate_WhenStringOperatorIsUsed_ShouldCompareOrdinally(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Theory]
    [InlineData("""{"Variable":"$.n","NumericEquals":10}""", true)]
    [InlineData("""{"Variable":"$.n","NumericEquals":10.0}""", true)]
    [InlineData("""{"Variable":"$.s","NumericEquals":10}""", false)]
    [InlineData("""{"Variable":"$.n","NumericLessThan":10.5}""", true)]
    [InlineData("""{"Variable":"$.n","NumericLessThan":10}""", false)]
    [InlineData("""{"Variable":"$.n","NumericGreaterThan":9.99}""", true)]
    [InlineData("""{"Variable":"$.n","NumericGreaterThan":10}""", false)]
    [InlineData("""{"Variable":"$.n","NumericLessThanEquals":10}""", true)]
    [InlineData("""{"Variable":"$.n","NumericLessThanEquals":9}""", false)]
    [InlineData("""{"Variable":"$.n","NumericGreaterThanEquals":10}""", true)]
    [InlineData("""{"Variable":"$.n","NumericGreaterThanEquals":11}""", false)]
    [InlineData("""{"Variable":"$.n","NumericEqualsPath":"$.nSame"}""", true)]
    [InlineData("""{"Variable":"$.n","NumericEqualsPath":"$.n2"}""", false)]
    [InlineData("""{"Variable":"$.n","NumericLessThanPath":"$.n2"}""", true)]
    [InlineData("""{"Variable":"$.n","NumericGreaterThanPath":"$.n2"}""", false)]
    [InlineData("""{"Variable":"$.n","NumericLessThanEqualsPath":"$.nSame"}""", true)]
    [InlineData("""{"Variable":"$.n2","NumericGreaterThanEqualsPath":"$.n"}""", true)]
    [InlineData("""{"Variable":"$.n","NumericEqualsPath":"$.s"}""", false)]
    public async Task Evaluate_WhenNumericOperatorIsUsed_ShouldCompareNumbers(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Theory]
    [InlineData("""{"Variable":"$.b","BooleanEquals":true}""", true)]
    [InlineData("""{"Variable":"$.b","BooleanEquals":false}""", false)]
    [InlineData("""{"Variable":"$.s","BooleanEquals":true}""", false)]
    [InlineData("""{"Variable":"$.b","BooleanEqualsPath":"$.b2"}""", false)]
    [InlineData("""{"Variable":"$.b2","BooleanEqualsPath":"$.b2"}""", true)]
    public async Task Evaluate_WhenBooleanOperatorIsUsed_ShouldCompareBooleans(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Theory]
    [InlineData("""{"Variable":"$.t","TimestampEquals":"2026-01-01T12:00:00Z"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampEquals":"2026-01-01T12:00:00.000Z"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampEquals":"2026-01-01T13:00:00+01:00"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampLessThan":"2026-01-01T12:00:01Z"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampLessThan":"2026-01-01T12:00:00Z"}""", false)]
    [InlineData("""{"Variable":"$.t","TimestampGreaterThan":"2025-12-31T23:59:59Z"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampGreaterThan":"2026-01-01T12:00:00Z"}""", false)]
    [InlineData("""{"Variable":"$.t","TimestampLessThanEquals":"2026-01-01T12:00:00Z"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampGreaterThanEquals":"2026-01-01T12:00:01Z"}""", false)]
    [InlineData("""{"Variable":"$.notTime","TimestampEquals":"2026-01-01T12:00:00Z"}""", false)]
    [InlineData("""{"Variable":"$.t","TimestampEqualsPath":"$.tSame"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampLessThanPath":"$.t2"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampGreaterThanPath":"$.t2"}""", false)]
    [InlineData("""{"Variable":"$.t","TimestampLessThanEqualsPath":"$.tSame"}""", true)]
    [InlineData("""{"Variable":"$.t","TimestampGreaterThanEqualsPath":"$.t2"}""", false)]
    public async Task Evaluate_WhenTimestampOperatorIsUsed_ShouldCompareInstants(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Theory]
    [InlineData("""{"Variable":"$.s","StringMatches":"ban*"}""", true)]
    [InlineData("""{"Variable":"$.s","StringMatches":"*an*na"}""", true)]
    [InlineData("""{"Variable":"$.s","StringMatches":"b*x"}""", false)]
    [InlineData("""{"Variable":"$.s","StringMatches":"*"}""", true)]
    [InlineData("""{"Variable":"$.n","StringMatches":"*"}""", false)]
    public async Task Evaluate_WhenStringMatchesIsUsed_ShouldMatchWildcards(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Theory]
    [InlineData("""{"Variable":"$.s","IsPresent":true}""", true)]
    [InlineData("""{"Variable":"$.missing","IsPresent":true}""", false)]
    [InlineData("""{"Variable":"$.missing","IsPresent":false}""", true)]
    [InlineData("""{"Variable":"$.nul","IsPresent":true}""", true)]
    [InlineData("""{"Variable":"$.nul","IsNull":true}""", true)]
    [InlineData("""{"Variable":"$.s","IsNull":true}""", false)]
    [InlineData("""{"Variable":"$.s","IsNull":false}""", true)]
    [InlineData("""{"Variable":"$.n2","IsNumeric":true}""", true)]
    [InlineData("""{"Variable":"$.s","IsNumeric":true}""", false)]
    [InlineData("""{"Variable":"$.s","IsString":true}""", true)]
    [InlineData("""{"Variable":"$.obj","IsString":true}""", false)]
    [InlineData("""{"Variable":"$.b2","IsBoolean":true}""", true)]
    [InlineData("""{"Variable":"$.nul","IsBoolean":true}""", false)]
    [InlineData("""{"Variable":"$.t","IsTimestamp":true}""", true)]
    [InlineData("""{"Variable":"$.notTime","IsTimestamp":true}""", false)]
    [InlineData("""{"Variable":"$.notTime","IsTimestamp":false}""", true)]
    public async Task Evaluate_WhenTypeTestIsUsed_ShouldTestTheValue(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Theory]
    [InlineData("""{"And":[{"Variable":"$.n","NumericGreaterThan":5},{"Variable":"$.s","StringEquals":"banana"}]}""", true)]
    [InlineData("""{"And":[{"Variable":"$.n","NumericGreaterThan":5},{"Variable":"$.s","StringEquals":"apple"}]}""", false)]
    [InlineData("""{"Or":[{"Variable":"$.n","NumericGreaterThan":50},{"Variable":"$.s","StringEquals":"banana"}]}""", true)]
    [InlineData("""{"Or":[{"Variable":"$.n","NumericGreaterThan":50},{"Variable":"$.s","StringEquals":"apple"}]}""", false)]
    [InlineData("""{"Not":{"Variable":"$.s","StringEquals":"apple"}}""", true)]
    [InlineData("""{"Not":{"And":[{"Variable":"$.b","BooleanEquals":true},{"Not":{"Variable":"$.nul","IsNull":true}}]}}""", true)]
    public async Task Evaluate_WhenRulesAreCombined_ShouldApplyBooleanLogic(string rule, bool expected) =>
        Assert.Equal(expected, await Matches(rule));

    [Fact]
    public async Task Run_WhenNoRuleMatchesAndThereIsNoDefault_ShouldFailWithNoChoiceMatched()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"Done"}]},"Done":{"Type":"Succeed"}}}
            """, """{"n":2}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("States.NoChoiceMatched", "State 'C': no Choice Rule matched the input and there is no Default"), (result.Error, result.Cause));
        Assert.Equal(["ExecutionStarted", "ChoiceStateEntered:C", "ExecutionFailed"], EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenTheVariableMatchesNothing_ShouldFailWithStatesRuntime()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.missing","NumericEquals":1,"Next":"Done"}],"Default":"Done"},"Done":{"Type":"Succeed"}}}
            """);

        Assert.Equal(("States.Runtime", "State 'C': Invalid path '$.missing': the choice rule's Variable matched nothing in the input"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenFirstMatchingRuleWins_ShouldTakeItsNextAndExitWithInput()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","InputPath":"$.in","OutputPath":"$.v","Choices":[
                {"Variable":"$.v","NumericGreaterThan":0,"Next":"First"},
                {"Variable":"$.v","NumericGreaterThan":1,"Next":"Second"}]},
              "First":{"Type":"Succeed"},"Second":{"Type":"Succeed"}}}
            """, """{"in":{"v":5}}""");

        Assert.Equal(["ExecutionStarted", "ChoiceStateEntered:C", "ChoiceStateExited:C", "SucceedStateEntered:First", "SucceedStateExited:First", "ExecutionSucceeded"], EngineHarness.Trace(result));
        Assert.Equal("5", EngineHarness.Output(result));
    }
}
