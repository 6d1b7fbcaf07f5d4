namespace StorageOps.Local.Reports;

/// <summary>The page of the execution that started a child execution, as a link from the child's page.</summary>
public sealed record ParentPageLink(string Name, string Href);
