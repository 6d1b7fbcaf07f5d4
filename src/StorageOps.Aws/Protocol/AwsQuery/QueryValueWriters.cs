using System.Globalization;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>Writers for the awsQuery shapes: scalars, lists (<c>Tags.Tag.1.Key</c>) and structures.</summary>
internal static class QueryValueWriters
{
    /// <summary>
    /// A non-flattened list whose members are named <paramref name="memberName"/>: <c>prefix.memberName.1</c>,
    /// <c>prefix.memberName.2</c>… An empty list is sent as <c>prefix=</c>, as the official SDKs do.
    /// </summary>
    public static QueryValueWriter<IEnumerable<T>> List<T>(string memberName, QueryValueWriter<T> element) => (parameters, prefix, values) =>
    {
        var index = 0;
        foreach (var value in values)
        {
            index++;
            element(parameters, string.Create(CultureInfo.InvariantCulture, $"{prefix}.{memberName}.{index}"), value);
        }

        if (index == 0)
        {
            parameters.Add(new(prefix, string.Empty));
        }
    };

    public static void String(ICollection<KeyValuePair<string, string>> parameters, string prefix, string value) =>
        parameters.Add(new(prefix, value));

    public static void Boolean(ICollection<KeyValuePair<string, string>> parameters, string prefix, bool value) =>
        parameters.Add(new(prefix, value ? "true" : "false"));

    public static void Integer(ICollection<KeyValuePair<string, string>> parameters, string prefix, long value) =>
        parameters.Add(new(prefix, value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>ISO 8601 in UTC, milliseconds only when there are any (<c>2015-08-30T12:36:00Z</c>).</summary>
    public static void Timestamp(ICollection<KeyValuePair<string, string>> parameters, string prefix, DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var format = utc.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        parameters.Add(new(prefix, utc.ToString(format, CultureInfo.InvariantCulture)));
    }
}
