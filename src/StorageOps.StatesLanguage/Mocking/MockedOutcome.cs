using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Mocking;

/// <summary>One entry of a mocked response: <c>Return</c> a value, or <c>Throw</c> an error with a cause.</summary>
public sealed record MockedOutcome(JsonNode? Return, string? Error, string? Cause)
{
    public bool Throws => Error is not null;
}
