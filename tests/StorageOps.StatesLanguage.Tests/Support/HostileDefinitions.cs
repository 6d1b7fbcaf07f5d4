using System.Text;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Tests.Support;

/// <summary>
/// Definitions and inputs an adversary would write: deep nesting of intrinsics, JSON and paths, values that grow past the
/// payload quota, waits past the end of representable time. Each names the error the engine must end with: a
/// definition problem (<see cref="DefinitionError"/>) or the execution's error.
/// </summary>
internal static class HostileDefinitions
{
    public const string DefinitionError = "(definition)";

    public const string Succeeded = "(succeeded)";

    /// <summary>A Lambda function the cases call: it answers at once.</summary>
    public const string EchoFunction = "echo";

    private static readonly string Big = new('x', 240_000);

    private static readonly Dictionary<string, (Func<string> Definition, Func<string> Input, string Error)> Cases = new(StringComparer.Ordinal)
    {
        ["intrinsic-array-nested-20000"] = (() => PassWithField(Nested("States.Array(", "1", ")", 20_000)), Empty, DefinitionError),
        ["intrinsic-array-nested-3000"] = (() => PassWithField(Nested("States.Array(", "1", ")", 3_000)), Empty, DefinitionError),
        ["intrinsic-array-nested-11"] = (() => PassWithField(Nested("States.Array(", "1", ")", 11)), Empty, DefinitionError),
        ["intrinsic-unclosed-nested-20000"] = (() => PassWithField(Repeat("States.Array(", 20_000)), Empty, DefinitionError),
        ["intrinsic-format-nested-20000"] = (() => PassWithField(Nested("States.Format('{}', ", "'x'", ")", 20_000)), Empty, DefinitionError),
        ["definition-objects-nested-100000"] = (() => PassWithParameters(Nested("{\"a\":", "1", "}", 100_000)), Empty, DefinitionError),
        ["definition-arrays-nested-100000"] = (() => PassWithParameters("{\"a\":" + Nested("[", "1", "]", 100_000) + "}"), Empty, DefinitionError),
        ["definition-parallel-nested-2000"] = (() => NestedParallel(2_000), Empty, DefinitionError),
        ["definition-map-nested-2000"] = (() => NestedMap(2_000), Empty, DefinitionError),
        ["definition-choice-not-nested-20000"] = (() => ChoiceWithRule(Nested("{\"Not\":", "{\"Variable\":\"$.a\",\"IsPresent\":true}", "}", 20_000)), Empty, DefinitionError),
        ["input-path-100000-steps"] = (() => State("""{"Type":"Pass","InputPath":"PATH","End":true}""".Replace("PATH", "$" + Repeat(".a", 100_000), StringComparison.Ordinal)), Empty, StatesErrorNames.Runtime),
        ["result-path-10000-steps"] = (() => State("""{"Type":"Pass","ResultPath":"PATH","End":true}""".Replace("PATH", "$" + Repeat(".a", 10_000), StringComparison.Ordinal)), Empty, StatesErrorNames.Runtime),
        ["array-nesting-over-deep-input"] = (() => PassWithField(Nested("States.Array(", "$.deep", ")", 10)), () => "{\"deep\":" + Nested("[", "1", "]", 60) + "}", StatesErrorNames.Runtime),
        ["json-to-string-nested-10-over-240KB"] = (() => PassWithField(Nested("States.JsonToString(", "$", ")", 10)), QuotesInput, StatesErrorNames.DataLimitExceeded),
        ["format-2000-copies-of-240KB"] = (() => PassWithField("States.Format('" + Repeat("{}", 2_000) + "'" + Repeat(", $.big", 2_000) + ")"), BigInput, StatesErrorNames.DataLimitExceeded),
        ["array-2000-copies-of-240KB"] = (() => PassWithField("States.Array(" + string.Join(", ", Enumerable.Repeat("$.big", 2_000)) + ")"), BigInput, StatesErrorNames.DataLimitExceeded),
        ["parameters-2000-copies-of-240KB"] = (() => PassWithParameters("{" + string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"\"f{i}.$\":\"$.big\"")) + "}"), BigInput, StatesErrorNames.DataLimitExceeded),
        ["json-merge-of-240KB-twice"] = (() => PassWithField("States.JsonMerge(States.StringToJson(States.Format('\\{\"a\":\"{}\"\\}', $.big)), States.StringToJson(States.Format('\\{\"b\":\"{}\"\\}', $.big)), false)"), BigInput, StatesErrorNames.DataLimitExceeded),
        ["string-split-into-120000-parts"] = (() => PassWithField("States.StringSplit($.csv, ',')"), () => "{\"csv\":\"" + Repeat("a,", 120_000) + "\"}", StatesErrorNames.DataLimitExceeded),
        ["array-partition-of-120000-items"] = (() => PassWithField("States.ArrayPartition($.items, 1)"), ManyItemsInput, StatesErrorNames.DataLimitExceeded),
        ["array-unique-of-120000-distinct-items"] = (() => PassWithField("States.ArrayGetItem(States.ArrayUnique($.items), 200000)"), DistinctItemsInput, StatesErrorNames.IntrinsicFailure),
        ["array-range-of-a-billion"] = (() => PassWithField("States.ArrayRange(0, 1000000000, 1)"), Empty, StatesErrorNames.IntrinsicFailure),
        ["string-to-json-nested-100000"] = (() => PassWithField("States.StringToJson($.text)"), () => "{\"text\":\"" + Nested("[", "1", "]", 100_000) + "\"}", StatesErrorNames.IntrinsicFailure),
        ["string-matches-many-stars-over-240KB"] = (() => State("""{"Type":"Choice","Choices":[{"Variable":"$.big","StringMatches":"PATTERN","Next":"Done"}]},"Done":{"Type":"Succeed"}""".Replace("PATTERN", Repeat("*x", 1_000) + "y", StringComparison.Ordinal)), BigInput, StatesErrorNames.NoChoiceMatched),
        ["wait-seconds-path-long-max"] = (() => State("""{"Type":"Wait","SecondsPath":"$.s","End":true}"""), () => """{"s":9223372036854775807}""", StatesErrorNames.Runtime),
        ["wait-seconds-path-1e30"] = (() => State("""{"Type":"Wait","SecondsPath":"$.s","End":true}"""), () => """{"s":1e30}""", StatesErrorNames.Runtime),
        ["wait-seconds-after-the-last-timestamp"] = (() => """{"StartAt":"Last","States":{"Last":{"Type":"Wait","Timestamp":"9999-12-31T23:59:59Z","Next":"More"},"More":{"Type":"Wait","Seconds":10,"End":true}}}""", Empty, StatesErrorNames.Runtime),
        ["wait-timestamp-path-past-the-last-timestamp"] = (() => State("""{"Type":"Wait","TimestampPath":"$.t","End":true}"""), () => """{"t":"9999-12-31T23:59:59-01:00"}""", StatesErrorNames.Runtime),
        ["task-timeout-timer-at-the-last-timestamp"] = (() => """{"StartAt":"Last","States":{"Last":{"Type":"Wait","Timestamp":"9999-12-31T23:59:59Z","Next":"Call"},"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","TimeoutSeconds":60,"HeartbeatSeconds":30,"Parameters":{"FunctionName":"echo"},"End":true}}}""", Empty, Succeeded),
        ["retry-backoff-past-the-end-of-time"] = (() => State("""{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":99999999,"MaxAttempts":99999999,"BackoffRate":1000}],"End":true}"""), Empty, StatesErrorNames.Runtime),
        ["math-add-past-the-largest-number"] = (() => PassWithField("States.MathAdd(79228162514264337593543950335, 79228162514264337593543950335)"), Empty, StatesErrorNames.IntrinsicFailure),
        ["array-partition-chunk-size-past-int"] = (() => PassWithField("States.ArrayGetItem(States.ArrayPartition($.items, 4294967297), 1)"), () => """{"items":[1,2,3]}""", StatesErrorNames.IntrinsicFailure),
        ["distributed-map-over-120000-items"] = (() => State("""{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}"""), ManyItemsInput, Succeeded),
        ["map-over-120000-items"] = (() => State("""{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}"""), ManyItemsInput, StatesErrorNames.Runtime),
    };

    public static IReadOnlyCollection<string> Names => Cases.Keys;

    public static string Definition(string name) => Cases[name].Definition();

    public static string Input(string name) => Cases[name].Input();

    public static string ExpectedError(string name) => Cases[name].Error;

    public static string Nested(string open, string inner, string close, int depth) => Repeat(open, depth) + inner + Repeat(close, depth);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Empty() => "{}";

    private static string BigInput() => new JsonObject { ["big"] = Big }.ToJsonString();

    /// <summary>240 KB of JSON whose text doubles in length with every JsonToString (each quote gains a backslash, each backslash another).</summary>
    private static string QuotesInput() => new JsonObject { ["quotes"] = new string('"', 120_000) }.ToJsonString();

    private static string ManyItemsInput() => "{\"items\":[" + string.Join(",", Enumerable.Repeat("0", 120_000)) + "]}";

    private static string DistinctItemsInput() => "{\"items\":[" + string.Join(",", Enumerable.Range(0, 40_000)) + "]}";

    private static string State(string stateJson) => "{\"StartAt\":\"S\",\"States\":{\"S\":" + stateJson + "}}";

    private static string PassWithField(string expression) => PassWithParameters(new JsonObject { ["value.$"] = expression }.ToJsonString());

    private static string PassWithParameters(string parameters) => State("{\"Type\":\"Pass\",\"Parameters\":" + parameters + ",\"End\":true}");

    private static string ChoiceWithRule(string rule) =>
        "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rule[..^1] + ",\"Next\":\"Done\"}],\"Default\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}";

    private static string NestedParallel(int depth) =>
        Nested("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[", "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}", "]}}}", depth);

    private static string NestedMap(int depth) =>
        Nested("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":", "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}", "}}}", depth);
}
