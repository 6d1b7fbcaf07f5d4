namespace StorageOps.StatesLanguage.Paths;

/// <summary>One step of a reference path: a property name or an array index.</summary>
public sealed record JsonPathSegment(string? Property, int? Index)
{
    public override string ToString() => Property is not null ? $"['{Property}']" : $"[{Index}]";
}
