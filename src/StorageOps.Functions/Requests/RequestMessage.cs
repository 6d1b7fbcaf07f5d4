using System.Text.Json.Nodes;

namespace StorageOps.Functions.Requests;

/// <summary>A validated request message: its action, its request id and the state machine input (the message without <c>action</c>).</summary>
public sealed record RequestMessage(string Action, string RequestId, JsonObject Input);
