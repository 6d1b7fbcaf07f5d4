using System.Text.RegularExpressions;

namespace StorageOps.Aws.Protocol.Validation;

/// <summary>Documented constraints shared by the services, checked before any request is sent.</summary>
internal static partial class RequestRules
{
    public static string Required(string parameter, string? value) =>
        string.IsNullOrEmpty(value) ? throw new AwsRequestValidationException(parameter, "is required.") : value;

    public static void Length(string parameter, string? value, int min, int max)
    {
        if (value is not null && (value.Length < min || value.Length > max))
        {
            throw new AwsRequestValidationException(parameter, $"must be {min} to {max} characters long (is {value.Length}).");
        }
    }

    /// <summary>The value matches the model's <c>pattern</c> (unanchored unless the pattern anchors itself, as in the models).</summary>
    public static void Matches(string parameter, string? value, Regex pattern, string expected)
    {
        if (value is not null && !pattern.IsMatch(value))
        {
            throw new AwsRequestValidationException(parameter, $"must be {expected} (is '{value}').");
        }
    }

    /// <summary>Length and the models' <c>.+</c> pattern: at least one character that is not a line feed.</summary>
    public static void Text(string parameter, string? value, int min, int max)
    {
        Length(parameter, value, min, max);
        Matches(parameter, value, AnyText(), "text with a character other than a line feed");
    }

    public static void Ascii(string parameter, string? value)
    {
        if (value is not null && !System.Text.Ascii.IsValid(value))
        {
            throw new AwsRequestValidationException(parameter, "must contain ASCII characters only.");
        }
    }

    public static void OneOf(string parameter, string? value, params string[] allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new AwsRequestValidationException(parameter, $"must be one of {string.Join(", ", allowed)} (is '{value}').");
        }
    }

    public static void AtLeast(string parameter, int? value, int min)
    {
        if (value < min)
        {
            throw new AwsRequestValidationException(parameter, $"must be at least {min} (is {value}).");
        }
    }

    public static void AtLeast(string parameter, double? value, double min)
    {
        if (value < min || (value is { } number && double.IsNaN(number)))
        {
            throw new AwsRequestValidationException(parameter, $"must be at least {min} (is {value}).");
        }
    }

    public static void NotBoth(string first, object? firstValue, string second, object? secondValue)
    {
        if (firstValue is not null && secondValue is not null)
        {
            throw new AwsRequestValidationException(second, $"cannot be combined with {first}.");
        }
    }

    /// <summary>Tag keys: 1–128 characters of letters, digits, spaces and <c>_.:/=+-@</c>, not starting with <c>aws:</c>.</summary>
    public static void TagKey(string parameter, string? key)
    {
        Required(parameter, key);
        Length(parameter, key, 1, 128);
        if (key!.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            throw new AwsRequestValidationException(parameter, "cannot start with 'aws:' (reserved for AWS).");
        }

        if (!TagCharacters().IsMatch(key))
        {
            throw new AwsRequestValidationException(parameter, "may contain only letters, digits, spaces and _ . : / = + - @.");
        }
    }

    /// <summary>Tag values: up to 256 characters of letters, digits, spaces and <c>_.:/=+-@</c>.</summary>
    public static void TagValue(string parameter, string? value)
    {
        if (value is null)
        {
            throw new AwsRequestValidationException(parameter, "is required (use an empty string for no value).");
        }

        Length(parameter, value, 0, 256);
        if (value.Length > 0 && !TagCharacters().IsMatch(value))
        {
            throw new AwsRequestValidationException(parameter, "may contain only letters, digits, spaces and _ . : / = + - @.");
        }
    }

    /// <summary>A KMS key: key id (GUID or <c>mrk-</c> multi-Region id), key ARN, <c>alias/name</c> or alias ARN.</summary>
    public static void KmsKeyId(string parameter, string? value)
    {
        if (value is null)
        {
            return;
        }

        Length(parameter, value, 1, 2048);
        if (!KmsKey().IsMatch(value))
        {
            throw new AwsRequestValidationException(
                parameter,
                "must be a key id (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN, an alias (alias/name) or an alias ARN.");
        }
    }

    [GeneratedRegex(".+")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$")]
    private static partial Regex TagCharacters();

    [GeneratedRegex(@"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+|(arn:aws[-a-z]*:kms:[a-z0-9-]+:\d{12}:((key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(key/mrk-[0-9a-f]{32})|(alias/[a-zA-Z0-9/_-]+))))$")]
    private static partial Regex KmsKey();
}
