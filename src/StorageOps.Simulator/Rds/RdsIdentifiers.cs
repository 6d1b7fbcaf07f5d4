using System.Text.RegularExpressions;

namespace StorageOps.Simulator.Rds;

/// <summary>The RDS identifier rule: 1 to 63 letters, digits or hyphens, a letter first, no trailing or double hyphen.</summary>
internal static partial class RdsIdentifiers
{
    public static void Validate(string parameterName, string? identifier)
    {
        if (identifier is null)
        {
            throw RdsException.MissingParameter(parameterName);
        }

        if (!IdentifierPattern().IsMatch(identifier) || identifier.EndsWith('-') || identifier.Contains("--", StringComparison.Ordinal))
        {
            throw RdsException.InvalidParameterValue(
                $"The parameter {parameterName} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
