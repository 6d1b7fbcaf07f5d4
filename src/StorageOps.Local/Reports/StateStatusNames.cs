namespace StorageOps.Local.Reports;

/// <summary>The names a status has in the page: a CSS class and data attribute (<c>not-reached</c>), and the legend's words.</summary>
public static class StateStatusNames
{
    public static IReadOnlyList<StateStatus> All { get; } = [StateStatus.Succeeded, StateStatus.Failed, StateStatus.Caught, StateStatus.Retried, StateStatus.NotReached];

    public static string Css(StateStatus status) => status switch
    {
        StateStatus.NotReached => "not-reached",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Words(StateStatus status) => status switch
    {
        StateStatus.Succeeded => "Succeeded",
        StateStatus.Failed => "Failed",
        StateStatus.Caught => "Caught error",
        StateStatus.Retried => "Retried, then succeeded",
        StateStatus.NotReached => "Not reached",
        _ => status.ToString(),
    };
}
