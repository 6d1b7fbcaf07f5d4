using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.States;

namespace StorageOps.StatesLanguage.Tests.Definition;

public sealed class StateMachineDefinitionTests
{
    private static IReadOnlyList<string> ProblemsOf(string json) =>
        [.. Assert.Throws<InvalidDefinitionException>(() => StateMachineDefinition.Parse(json)).Problems.Select(problem => problem.Message)];

    [Fact]
    public void Parse_WhenDefinitionIsValid_ShouldExposeTypedStates()
    {
        var definition = StateMachineDefinition.Parse("""
            {"Comment":"c","StartAt":"A","TimeoutSeconds":60,"States":{
              "A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Wait","Seconds":1,"Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Variable":"$.x","IsPresent":true,"Next":"D"}],"Default":"E"},
              "D":{"Type":"Succeed"},
              "E":{"Type":"Fail","Error":"E"}}}
            """);

        Assert.Equal("A", definition.StartAt);
        Assert.Equal(60, definition.TimeoutSeconds);
        Assert.Equal(["Pass", "Wait", "Choice", "Succeed", "Fail"], definition.States.Values.Select(state => state.Type));
        Assert.IsType<ChoiceState>(definition.States["C"]);
    }

    [Fact]
    public void Parse_WhenJsonIsMalformed_ShouldReportItIsNotJson()
    {
        var problems = ProblemsOf("{\"StartAt\":");

        Assert.Single(problems);
        Assert.StartsWith("The definition is not valid JSON", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenStartAtIsMissing_ShouldNameTheField()
    {
        Assert.Equal(["Field 'StartAt' is required"], ProblemsOf("""{"States":{"A":{"Type":"Succeed"}}}"""));
    }

    [Fact]
    public void Parse_WhenStartAtNamesNoState_ShouldSaySo()
    {
        Assert.Equal(["Field 'StartAt' refers to state 'Nope', which does not exist"], ProblemsOf("""{"StartAt":"Nope","States":{"A":{"Type":"Succeed"}}}"""));
    }

    [Fact]
    public void Parse_WhenNextNamesNoState_ShouldNameStateAndField()
    {
        Assert.Equal(
            ["State 'A': field 'Next' refers to state 'Missing', which does not exist"],
            ProblemsOf("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}"""));
    }

    [Fact]
    public void Parse_WhenSecondsPathIsNotAReferencePath_ShouldNameStateAndField()
    {
        var problems = ProblemsOf("""{"StartAt":"Wait1","States":{"Wait1":{"Type":"Wait","SecondsPath":"$..delay","End":true}}}""");

        Assert.Equal(["State 'Wait1': field 'SecondsPath' must be a reference path: '$..delay' recursive descent ('..') is not supported"], problems);
    }

    [Fact]
    public void Parse_WhenSeveralThingsAreWrong_ShouldReportEveryProblemAtOnce()
    {
        var problems = ProblemsOf("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Next":"C","End":true},
              "C":{"Type":"Choice","Choices":[]},
              "D":{"Type":"Wait","Next":"A"},
              "E":{"Type":"Bogus"}}}
            """);

        Assert.Equal(
            [
                "State 'A': must have either 'Next' or 'End': true",
                "State 'B': must not have both 'Next' and 'End': true",
                "State 'B': field 'Parameters' is required for 'arn:aws:states:::lambda:invoke' and must contain FunctionName",
                "State 'C': field 'Choices' must contain at least one Choice Rule",
                "State 'D': must have exactly one of 'Seconds', 'SecondsPath', 'Timestamp' or 'TimestampPath'",
                "State 'E': field 'Type' must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map, but is 'Bogus'",
            ],
            problems);
    }

    [Fact]
    public void Parse_WhenChoiceHasNoChoicesField_ShouldSayItIsRequired()
    {
        Assert.Equal(["State 'C': field 'Choices' is required"], ProblemsOf("""{"StartAt":"C","States":{"C":{"Type":"Choice","Default":"C"}}}"""));
    }

    [Fact]
    public void Parse_WhenAStateIsUnreachable_ShouldAcceptIt()
    {
        var definition = StateMachineDefinition.Parse("""{"StartAt":"A","States":{"A":{"Type":"Succeed"},"Orphan":{"Type":"Succeed"}}}""");

        Assert.Equal(2, definition.States.Count);
    }

    [Fact]
    public void Parse_WhenQueryLanguageIsJsonata_ShouldRejectAsNotSupportedYet()
    {
        Assert.Equal(
            ["Field 'QueryLanguage' is not supported yet: 'JSONata' is not implemented by this engine (use 'JSONPath')"],
            ProblemsOf("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Succeed"}}}"""));
    }

    [Fact]
    public void Parse_WhenAStateUsesAssign_ShouldRejectAsNotSupportedYet()
    {
        Assert.Equal(
            ["State 'A': field 'Assign' is not supported yet: variables (Assign) are not implemented by this engine"],
            ProblemsOf("""{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1},"End":true}}}"""));
    }

    [Theory]
    [InlineData("ItemReader")]
    [InlineData("ResultWriter")]
    public void Parse_WhenAMapReadsOrWritesS3_ShouldRejectWithNotSupportedYet(string field)
    {
        var definition = """{"StartAt":"A","States":{"A":{"Type":"Map","FIELD":{},"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";

        Assert.Equal(
            [$"State 'A': field '{field}' is not supported yet: {field} reads or writes Amazon S3, which this engine does not do; pass the items in the state input (ItemsPath) and take the results from the Map's output"],
            ProblemsOf(definition.Replace("FIELD", field, StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_WhenAFieldIsUnknownForTheStateType_ShouldNameIt()
    {
        Assert.Equal(
            ["State 'A': field 'Resource' is not allowed in a Pass state"],
            ProblemsOf("""{"StartAt":"A","States":{"A":{"Type":"Pass","Resource":"x","End":true}}}"""));
    }

    [Fact]
    public void Parse_WhenTerminalStateHasNext_ShouldRejectTheField()
    {
        Assert.Equal(
            ["State 'A': field 'Next' is not allowed in a Succeed state (it ends the execution)"],
            ProblemsOf("""{"StartAt":"A","States":{"A":{"Type":"Succeed","Next":"A"}}}"""));
    }

    [Fact]
    public void Parse_WhenChoiceHasEnd_ShouldRejectTheField()
    {
        Assert.Equal(
            ["State 'C': field 'End' is not allowed in a Choice state (transitions are in Choices and Default)"],
            ProblemsOf("""{"StartAt":"C","States":{"C":{"Type":"Choice","End":true,"Choices":[{"Variable":"$.a","IsNull":true,"Next":"C"}]}}}"""));
    }

    [Fact]
    public void Parse_WhenStatesAllIsNotAloneOrNotLast_ShouldReportBoth()
    {
        var problems = ProblemsOf("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:F","End":true,
              "Retry":[{"ErrorEquals":["States.ALL","X"]},{"ErrorEquals":["Y"]}],
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"T"},{"ErrorEquals":["Z"],"Next":"T"}]}}}
            """);

        Assert.Equal(
            [
                "State 'T': field 'Retry[0].ErrorEquals' must contain 'States.ALL' alone",
                "State 'T': field 'Retry[0].ErrorEquals' may contain 'States.ALL' only in the last entry",
                "State 'T': field 'Catch[0].ErrorEquals' may contain 'States.ALL' only in the last entry",
            ],
            problems);
    }

    [Fact]
    public void Parse_WhenRetrierFieldsAreOutOfRange_ShouldNameEachField()
    {
        var problems = ProblemsOf("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:F","End":true,
              "Retry":[{"ErrorEquals":["X"],"IntervalSeconds":0,"MaxAttempts":-1,"BackoffRate":0.5,"JitterStrategy":"SOME"}]}}}
            """);

        Assert.Equal(
            [
                "State 'T': field 'Retry[0].IntervalSeconds' must be a positive integer",
                "State 'T': field 'Retry[0].MaxAttempts' must be a non-negative integer",
                "State 'T': field 'Retry[0].BackoffRate' must be a number greater than or equal to 1.0",
                "State 'T': field 'Retry[0].JitterStrategy' must be \"FULL\" or \"NONE\", but is \"SOME\"",
            ],
            problems);
    }

    [Fact]
    public void Parse_WhenChoiceRuleIsMalformed_ShouldNameTheRuleField()
    {
        var problems = ProblemsOf("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[
              {"Variable":"$.a","NumericEquals":"one","Next":"C"},
              {"Variable":"$.a","Next":"C"},
              {"And":[{"Variable":"$.a","IsNull":true,"Next":"C"}],"Next":"C"},
              {"Variable":"$.a","TimestampEquals":"yesterday","Next":"C"},
              {"Variable":"$.a","StringEqualsPath":"not a path","Next":"C"}]}}}
            """);

        Assert.Equal(
            [
                "State 'C': field 'Choices[0].NumericEquals' must be a number",
                "State 'C': Choice Rule 'Choices[1]' must have exactly one comparison operator or And/Or/Not",
                "State 'C': field 'Choices[2].And[0].Next' is only allowed on top-level Choice Rules, not inside And, Or or Not",
                "State 'C': field 'Choices[3].TimestampEquals' must be an RFC 3339 timestamp string such as 2026-01-01T00:00:00Z",
                "State 'C': field 'Choices[4].StringEqualsPath' must be a reference path: 'not a path' must start with '$'",
            ],
            problems);
    }

    [Fact]
    public void Parse_WhenParametersHasAnInvalidDynamicField_ShouldNameTheFieldPath()
    {
        var problems = ProblemsOf("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","End":true,"Parameters":{"outer":{"a.$":"$.items[?(@.x)]","b.$":"States.Nope(1)","c.$":"plain"}}}}}
            """);

        Assert.Equal(
            [
                "State 'P': field 'Parameters.outer.a.$' '$.items[?(@.x)]' is not a supported JSONPath: it filter expressions ('[?(...)]') are not supported",
                "State 'P': field 'Parameters.outer.b.$' 'States.Nope(1)' is not a valid intrinsic function call: unknown intrinsic function 'States.Nope'",
                "State 'P': field 'Parameters.outer.c.$' 'plain' must be a JSONPath (starting with '$') or an intrinsic function (starting with 'States.')",
            ],
            problems);
    }

    [Fact]
    public void Parse_WhenResourceIsNotAnArn_ShouldNameTheResource()
    {
        Assert.Equal(
            ["State 'T': field 'Resource' must be an ARN (e.g. 'arn:aws:states:::lambda:invoke' or 'arn:aws:lambda:REGION:ACCOUNT:function:NAME'), but is 'my-function'"],
            ProblemsOf("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"my-function","End":true}}}"""));
    }

    [Fact]
    public void Parse_WhenFailHasBothErrorAndErrorPath_ShouldRejectIt()
    {
        Assert.Equal(
            ["State 'F': must not have both 'Error' and 'ErrorPath'"],
            ProblemsOf("""{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","ErrorPath":"$.e"}}}"""));
    }

    [Fact]
    public void Parse_WhenTimeoutAndHeartbeatConflict_ShouldRejectThem()
    {
        var problems = ProblemsOf("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:F","End":true,
              "TimeoutSeconds":10,"HeartbeatSeconds":10,"TimeoutSecondsPath":"$.t"}}}
            """);

        Assert.Equal(
            [
                "State 'T': must not have both 'TimeoutSeconds' and 'TimeoutSecondsPath'",
                "State 'T': field 'HeartbeatSeconds' must be smaller than TimeoutSeconds (10)",
            ],
            problems);
    }

    [Fact]
    public void Validate_WhenDefinitionIsValid_ShouldReturnNoProblems()
    {
        Assert.Empty(StateMachineDefinition.Validate("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}"""));
    }

    [Fact]
    public void Problems_WhenReported_ShouldCarryStateAndFieldSeparately()
    {
        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => StateMachineDefinition.Parse(
            """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":-1,"End":true}}}""")).Problems);

        Assert.Equal(("W", "Seconds", "State 'W': field 'Seconds' must be a non-negative integer"), (problem.StateName, problem.Field, problem.Message));
    }

    [Fact]
    public void Parse_WhenTopLevelHasAnUnknownField_ShouldNameIt()
    {
        Assert.Equal(["Field 'Startat' is not allowed in a state machine", "Field 'StartAt' is required"], ProblemsOf("""{"Startat":"A","States":{"A":{"Type":"Succeed"}}}"""));
    }

    [Fact]
    public void Parse_WhenAStateSelectsJsonata_ShouldRejectAsNotSupportedYet()
    {
        Assert.Equal(
            ["State 'A': field 'QueryLanguage' is not supported yet: 'JSONata' is not implemented by this engine (use 'JSONPath')"],
            ProblemsOf("""{"StartAt":"A","States":{"A":{"Type":"Succeed","QueryLanguage":"JSONata"}}}"""));
    }

    [Fact]
    public void Parse_WhenAStateIsNotAnObject_ShouldSaySo()
    {
        Assert.Equal(["State 'A': must be a JSON object"], ProblemsOf("""{"StartAt":"A","States":{"A":"Succeed"}}"""));
    }

    [Fact]
    public void Parse_WhenResourceUsesTheCallbackPattern_ShouldRejectAsNotSupportedYet()
    {
        Assert.Equal(
            ["State 'T': field 'Resource' 'arn:aws:states:::lambda:invoke.waitForTaskToken' is not supported yet: the callback (.waitForTaskToken) and run-a-job (.sync) patterns are not implemented by this engine"],
            ProblemsOf("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken","Parameters":{"FunctionName":"F"},"End":true}}}"""));
    }

    [Fact]
    public void Parse_WhenCatchNextNamesNoState_ShouldNameTheCatcherField()
    {
        Assert.Equal(
            ["State 'T': field 'Catch[0].Next' refers to state 'Gone', which does not exist"],
            ProblemsOf("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:F","End":true,"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Gone"}]}}}"""));
    }

    [Fact]
    public void FromJson_WhenTheDefinitionNestsDeeperThanJsonAllows_ShouldReportItWithoutDescendingIt()
    {
        JsonNode deep = new JsonObject();
        for (var level = 0; level < 100_000; level++)
        {
            deep = new JsonObject { ["a"] = deep };
        }

        var root = new JsonObject { ["StartAt"] = "S", ["States"] = new JsonObject { ["S"] = new JsonObject { ["Type"] = "Pass", ["Parameters"] = deep, ["End"] = true } } };

        var problems = Assert.Throws<InvalidDefinitionException>(() => StateMachineDefinition.FromJson(root)).Problems;

        Assert.Equal(["The definition nests objects and arrays more than 64 levels deep"], problems.Select(problem => problem.Message));
    }

    [Fact]
    public void Parse_WhenAnIntrinsicNestsMoreThanTenDeep_ShouldReportTheStateAndField()
    {
        var expression = string.Concat(Enumerable.Repeat("States.Array(", 11)) + "1" + new string(')', 11);

        var definition = new JsonObject { ["StartAt"] = "S", ["States"] = new JsonObject { ["S"] = new JsonObject { ["Type"] = "Pass", ["Parameters"] = new JsonObject { ["v.$"] = expression }, ["End"] = true } } };

        var problems = ProblemsOf(definition.ToJsonString());

        var problem = Assert.Single(problems);
        Assert.StartsWith("State 'S': field 'Parameters.v.$' ", problem, StringComparison.Ordinal);
        Assert.EndsWith("is not a valid intrinsic function call: intrinsic functions are nested more than 10 deep (at position 130)", problem, StringComparison.Ordinal);
    }
}
