namespace StorageOps.StatesLanguage.Definition;

/// <summary>Fields of the States Language this engine recognises but does not run yet, with the message users see.</summary>
internal static class UnsupportedFeatures
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Assign"] = "is not supported yet: variables (Assign) are not implemented by this engine",
        ["Arguments"] = "is not supported yet: it belongs to the JSONata query language, which this engine does not implement",
        ["Output"] = "is not supported yet: it belongs to the JSONata query language, which this engine does not implement",
        ["Items"] = "is not supported yet: it belongs to the JSONata query language, which this engine does not implement",
        ["Credentials"] = "is not supported yet: cross-account task credentials are not implemented by this engine",
    };

    public static bool TryDescribe(string field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? message) =>
        Fields.TryGetValue(field, out message);

    public const string JsonataQueryLanguage = "is not supported yet: 'JSONata' is not implemented by this engine (use 'JSONPath')";
}
