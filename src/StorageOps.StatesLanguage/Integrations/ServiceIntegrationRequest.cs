using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Integrations;

/// <summary>One call of a service integration: e.g. Service "sns", Action "publish", with the state's effective Parameters.</summary>
public sealed record ServiceIntegrationRequest(
    string Resource,
    string Service,
    string Action,
    JsonNode? Parameters,
    string Region,
    string Account,
    string ExecutionArn,
    string StateName);
