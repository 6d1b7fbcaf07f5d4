namespace StorageOps.Aws.Protocol;

/// <summary>
/// A response member present with the wrong type, thrown by the shape readers and turned into
/// <see cref="AwsResponseFormatException"/> by the unmarshallers. Each enclosing structure or list adds its part of the
/// path on the way out (<see cref="Within"/>), so <see cref="Member"/> ends up as e.g. <c>FileSystems[0].SizeInBytes.Value</c>.
/// </summary>
internal sealed class ResponseMemberException : Exception
{
    public ResponseMemberException(string? member, string reason, Exception? innerException = null)
        : base($"{member ?? "(value)"}: {reason}", innerException)
    {
        Member = member;
        Reason = reason;
    }

    public ResponseMemberException()
        : this(null, "has the wrong type")
    {
    }

    public ResponseMemberException(string message)
        : this(null, message)
    {
    }

    public ResponseMemberException(string message, Exception innerException)
        : this(null, message, innerException)
    {
    }

    /// <summary>The member path below the shape being read; null for the value itself (a list element, a map value).</summary>
    public string? Member { get; }

    public string Reason { get; }

    /// <summary>The same error, seen from the shape that holds <paramref name="parent"/> (a member name or <c>name[index]</c>).</summary>
    public ResponseMemberException Within(string parent) =>
        new(string.IsNullOrEmpty(Member) ? parent : $"{parent}.{Member}", Reason, InnerException);

    /// <summary>Runs <paramref name="read"/> on one member; an error inside it gets <paramref name="parent"/> prepended to its path.</summary>
    public static T Reading<T>(string parent, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ResponseMemberException inner)
        {
            throw inner.Within(parent);
        }
    }
}
