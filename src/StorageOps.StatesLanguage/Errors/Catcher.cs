using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Errors;

/// <summary>One entry of a state's Catch field.</summary>
public sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, ResultPath ResultPath);
