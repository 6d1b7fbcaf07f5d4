using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.History;

public sealed record LambdaFunctionSucceededEventDetails(string Output) : HistoryEventDetails
{
    public override JsonObject ToJson() => Payload("output", Output, new JsonObject());
}
