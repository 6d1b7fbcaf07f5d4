using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Choice;

public sealed class AndRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public IReadOnlyList<ChoiceRule> Rules { get; } = rules;

    public override bool Evaluate(JsonNode? input, string stateName) => Rules.All(rule => rule.Evaluate(input, stateName));
}
