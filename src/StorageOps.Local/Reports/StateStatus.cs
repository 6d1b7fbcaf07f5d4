namespace StorageOps.Local.Reports;

/// <summary>What happened to a state in one execution, as the graph colours it; later members are worse and win when a state ran more than once.</summary>
public enum StateStatus
{
    /// <summary>The execution never entered the state.</summary>
    NotReached,

    /// <summary>Every visit exited normally on its first attempt.</summary>
    Succeeded,

    /// <summary>An attempt failed and a Retry ran it again, which then succeeded.</summary>
    Retried,

    /// <summary>The state failed (after any retries) and a Catch moved on to its Next.</summary>
    Caught,

    /// <summary>The state failed and nothing caught it (or it is a Fail state that was entered).</summary>
    Failed,
}
