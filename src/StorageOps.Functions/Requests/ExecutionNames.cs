using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace StorageOps.Functions.Requests;

/// <summary>
/// The Step Functions execution name of a request: the request id itself when Step Functions allows it (1–80 of
/// A–Z a–z 0–9 - _, the characters that are also safe in CloudWatch log names), otherwise the allowed characters
/// kept, shortened, and a hash of the whole request id appended, so two distinct request ids never share a name.
/// </summary>
public static partial class ExecutionNames
{
    public const int MaxLength = 80;
    private const int HashLength = 16;

    public static string For(string requestId)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        if (AllowedName().IsMatch(requestId))
        {
            return requestId;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requestId)))[..HashLength];
        var kept = DisallowedCharacter().Replace(requestId, "_");
        var prefix = kept[..Math.Min(kept.Length, MaxLength - HashLength - 1)];
        return $"{prefix}-{hash}";
    }

    /// <summary>The execution ARN Step Functions gives the execution named <paramref name="name"/> of <paramref name="stateMachineArn"/>.</summary>
    public static string ExecutionArn(string stateMachineArn, string name) =>
        $"{stateMachineArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal)}:{name}";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}\\z")]
    private static partial Regex AllowedName();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex DisallowedCharacter();
}
