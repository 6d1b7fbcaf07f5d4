using System.Text.RegularExpressions;

namespace StorageOps.Simulator.DocDbElastic;

/// <summary>The snapshot name rule: 1 to 63 letters, digits or hyphens, a letter first, no trailing or double hyphen.</summary>
internal static partial class ElasticSnapshotNames
{
    public static void Validate(string fieldName, string? name)
    {
        if (name is null)
        {
            throw DocDbElasticException.Validation($"{fieldName} is required.", fieldName);
        }

        if (!NamePattern().IsMatch(name) || name.EndsWith('-') || name.Contains("--", StringComparison.Ordinal))
        {
            throw DocDbElasticException.Validation(
                $"Invalid {fieldName} '{name}': it must contain from 1 to 63 letters, numbers, or hyphens, start with a letter, and not end with a hyphen or contain two consecutive hyphens.",
                fieldName);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
