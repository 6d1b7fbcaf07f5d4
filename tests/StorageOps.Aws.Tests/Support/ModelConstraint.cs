namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// What the service model says about one request member: <see cref="Path"/> as <c>Tags[0].Key</c> (list element) or
/// <c>tags{key}</c>/<c>tags{value}</c> (map), its type, and its length, pattern, enum, range or count rules.
/// <see cref="Source"/> says where they come from: the shape's traits or its documented constraints.
/// </summary>
internal sealed record ModelConstraint(
    string Path,
    string Type,
    string Source,
    long? Min = null,
    long? Max = null,
    string? Pattern = null,
    IReadOnlyList<string>? Enum = null)
{
    public bool HasRules => Min is not null || Max is not null || Pattern is not null || Enum is not null;
}
