using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Choice;

/// <summary>A Boolean expression of a Choice state: a comparison or an And/Or/Not of nested rules.</summary>
public abstract class ChoiceRule
{
    /// <param name="input">The Choice state's effective input.</param>
    /// <param name="stateName">For error messages.</param>
    public abstract bool Evaluate(JsonNode? input, string stateName);
}
