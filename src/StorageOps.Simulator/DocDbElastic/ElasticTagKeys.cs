namespace StorageOps.Simulator.DocDbElastic;

/// <summary>DocumentDB Elastic's TagKey shape: 1 to 128 characters, not starting with <c>aws:</c>.</summary>
internal static class ElasticTagKeys
{
    public static void Validate(IReadOnlyDictionary<string, string>? tags)
    {
        foreach (var key in tags?.Keys ?? Enumerable.Empty<string>())
        {
            if (key.Length is 0 or > 128 || key.StartsWith("aws:", StringComparison.Ordinal))
            {
                throw DocDbElasticException.Validation(
                    $"1 validation error detected: Value at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length between 1 and 128, Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$] (key '{key}').",
                    "tags");
            }
        }
    }
}
