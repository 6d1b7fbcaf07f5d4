using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Choice;

public sealed class NotRule(ChoiceRule rule) : ChoiceRule
{
    public ChoiceRule Rule { get; } = rule;

    public override bool Evaluate(JsonNode? input, string stateName) => !Rule.Evaluate(input, stateName);
}
