namespace StorageOps.Local.Reports;

/// <summary>Why one state can move to another: drawn alike except <see cref="Catch"/>, which is dashed.</summary>
public enum GraphEdgeKind
{
    /// <summary>A state's Next (and the Start and End markers' edges).</summary>
    Next,

    /// <summary>A Choice Rule's Next, labelled with the rule.</summary>
    Choice,

    /// <summary>A Choice state's Default.</summary>
    Default,

    /// <summary>A Catch's Next, labelled with the error names it catches.</summary>
    Catch,
}
