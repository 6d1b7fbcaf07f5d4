namespace StorageOps.Simulator.EventBridge.Wire;

/// <summary>The operations of the EventBridge model (API version 2015-10-07); only PutEvents is simulated.</summary>
internal static class EventBridgeOperations
{
    public const string PutEvents = "PutEvents";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "ActivateEventSource", "CancelReplay", "CreateApiDestination", "CreateArchive", "CreateConnection", "CreateEndpoint",
        "CreateEventBus", "CreatePartnerEventSource", "DeactivateEventSource", "DeauthorizeConnection", "DeleteApiDestination",
        "DeleteArchive", "DeleteConnection", "DeleteEndpoint", "DeleteEventBus", "DeletePartnerEventSource", "DeleteRule",
        "DescribeApiDestination", "DescribeArchive", "DescribeConnection", "DescribeEndpoint", "DescribeEventBus",
        "DescribeEventSource", "DescribePartnerEventSource", "DescribeReplay", "DescribeRule", "DisableRule", "EnableRule",
        "ListApiDestinations", "ListArchives", "ListConnections", "ListEndpoints", "ListEventBuses", "ListEventSources",
        "ListPartnerEventSourceAccounts", "ListPartnerEventSources", "ListReplays", "ListRuleNamesByTarget", "ListRules",
        "ListTagsForResource", "ListTargetsByRule", PutEvents, "PutPartnerEvents", "PutPermission", "PutRule", "PutTargets",
        "RemovePermission", "RemoveTargets", "StartReplay", "TagResource", "TestEventPattern", "UntagResource",
        "UpdateApiDestination", "UpdateArchive", "UpdateConnection", "UpdateEndpoint", "UpdateEventBus",
    };
}
