using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Reports;

/// <summary>
/// A Map Run as its parent's page lists it: its counts and its children's pages, failed ones first, and the page listing
/// them all when there are more than the parent's page lists (hrefs relative to the parent's page).
/// </summary>
public sealed record MapRunLinks(
    string StateName,
    string MapRunArn,
    ExecutionStatus Status,
    int TotalChildren,
    int Succeeded,
    int Failed,
    int Aborted,
    IReadOnlyList<ChildPageLink> Children,
    string? AllChildrenHref = null);
