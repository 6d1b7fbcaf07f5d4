using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Choice;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Definition;

/// <summary>Reads the Choices of a Choice state: top-level rules carry Next, nested rules (inside And/Or/Not) must not.</summary>
internal static class ChoiceRuleReader
{
    private static readonly string[] Combinators = ["And", "Or", "Not"];

    public static IReadOnlyList<ChoiceBranch> ReadBranches(FieldReader state)
    {
        var array = state.Array("Choices", required: true);
        if (array is null)
        {
            return [];
        }

        if (array.Count == 0)
        {
            state.Report("Choices", "must contain at least one Choice Rule");
        }

        var branches = new List<ChoiceBranch>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject ruleJson)
            {
                state.Report($"Choices[{i}]", "must be a JSON object");
                continue;
            }

            var rule = state.Nested(ruleJson, $"Choices[{i}].");
            var next = rule.String("Next", required: true);
            var parsed = ReadRule(rule, isTopLevel: true);
            if (parsed is not null && next is not null)
            {
                branches.Add(new ChoiceBranch(parsed, next));
            }
        }

        return branches;
    }

    private static ChoiceRule? ReadRule(FieldReader rule, bool isTopLevel)
    {
        if (!isTopLevel && rule.Has("Next"))
        {
            rule.Report("Next", "is only allowed on top-level Choice Rules, not inside And, Or or Not");
        }

        var operators = rule.Json.Select(pair => pair.Key)
            .Where(key => ComparisonOperator.All.ContainsKey(key) || Combinators.Contains(key))
            .ToList();
        foreach (var (key, _) in rule.Json)
        {
            if (key is not ("Next" or "Variable" or "Comment") && !operators.Contains(key))
            {
                rule.Report(key, UnsupportedFeatures.TryDescribe(key, out var unsupported) ? unsupported : "is not a Choice Rule field or comparison operator");
            }
        }

        if (operators.Count != 1)
        {
            rule.ReportState(operators.Count == 0
                ? $"Choice Rule '{rule.FieldName(string.Empty).TrimEnd('.')}' must have exactly one comparison operator or And/Or/Not"
                : $"Choice Rule '{rule.FieldName(string.Empty).TrimEnd('.')}' has more than one comparison operator ({string.Join(", ", operators)})");
            return null;
        }

        var operatorName = operators[0];
        return operatorName switch
        {
            "And" or "Or" => ReadCombination(rule, operatorName),
            "Not" => ReadNot(rule),
            _ => ReadComparison(rule, ComparisonOperator.All[operatorName]),
        };
    }

    private static ChoiceRule? ReadCombination(FieldReader rule, string name)
    {
        if (rule.Has("Variable"))
        {
            rule.Report("Variable", $"is not allowed next to '{name}'");
        }

        var array = rule.Array(name, required: true);
        if (array is null)
        {
            return null;
        }

        if (array.Count == 0)
        {
            rule.Report(name, "must contain at least one Choice Rule");
        }

        var rules = new List<ChoiceRule>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject nested)
            {
                rule.Report($"{name}[{i}]", "must be a JSON object");
                continue;
            }

            if (ReadRule(rule.Nested(nested, $"{name}[{i}]."), isTopLevel: false) is { } parsed)
            {
                rules.Add(parsed);
            }
        }

        return name == "And" ? new AndRule(rules) : new OrRule(rules);
    }

    private static NotRule? ReadNot(FieldReader rule)
    {
        if (rule.Json["Not"] is not JsonObject nested)
        {
            rule.Report("Not", "must be a JSON object holding one Choice Rule");
            return null;
        }

        var inner = ReadRule(rule.Nested(nested, "Not."), isTopLevel: false);
        return inner is null ? null : new NotRule(inner);
    }

    private static ComparisonRule? ReadComparison(FieldReader rule, ComparisonOperator comparison)
    {
        var variable = rule.ReferencePath("Variable", allowContext: false);
        if (!rule.Has("Variable"))
        {
            rule.Report("Variable", $"is required with '{comparison.Name}'");
        }

        var operand = rule.Json[comparison.Name];
        JsonPath? operandPath = null;
        if (comparison.ComparesWithPath)
        {
            operandPath = rule.ReferencePath(comparison.Name, allowContext: false);
        }
        else if (!OperandHasRightType(comparison, operand))
        {
            rule.Report(comparison.Name, ExpectedOperand(comparison));
        }

        return variable is null ? null : new ComparisonRule(variable, comparison, operand?.DeepClone(), operandPath);
    }

    private static bool OperandHasRightType(ComparisonOperator comparison, JsonNode? operand) => comparison.Type switch
    {
        ComparisonType.String or ComparisonType.StringMatches => JsonValues.IsString(operand),
        ComparisonType.Numeric => JsonValues.IsNumber(operand),
        ComparisonType.Timestamp => JsonValues.TryGetString(operand, out var text) && Rfc3339Timestamp.TryParse(text, out _),
        _ => JsonValues.IsBoolean(operand),
    };

    private static string ExpectedOperand(ComparisonOperator comparison) => comparison.Type switch
    {
        ComparisonType.String or ComparisonType.StringMatches => "must be a string",
        ComparisonType.Numeric => "must be a number",
        ComparisonType.Timestamp => "must be an RFC 3339 timestamp string such as 2026-01-01T00:00:00Z",
        _ => "must be a boolean",
    };
}
