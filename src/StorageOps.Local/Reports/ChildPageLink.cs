using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Reports;

/// <summary>
/// One child execution of a Map Run, as its parent's page lists it: a link to its own page (relative to the parent's
/// page), or no link when its page could not be drawn (the Map state is not in the definition the report was given).
/// </summary>
public sealed record ChildPageLink(string Name, int Index, ExecutionStatus Status, string? Href, string? Error, string? Cause);
