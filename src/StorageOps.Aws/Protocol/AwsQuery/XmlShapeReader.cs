using System.Globalization;
using System.Xml.Linq;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// Reads members of an awsQuery XML response shape by local name, as the official SDKs do: absent members read as null
/// (lists as empty); a member whose text is not of its type throws <see cref="ResponseMemberException"/> naming it.
/// </summary>
internal static class XmlShapeReader
{
    public static XElement? Child(this XElement shape, string name) =>
        shape.Elements().FirstOrDefault(element => element.Name.LocalName == name);

    public static string? String(this XElement shape, string name) => shape.Child(name)?.Value;

    public static bool? Boolean(this XElement shape, string name) =>
        shape.Scalar(name, "a boolean", text => text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => (bool?)null,
        });

    public static int? Int32(this XElement shape, string name) =>
        shape.Scalar(name, "a 32-bit integer", text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : (int?)null);

    public static long? Int64(this XElement shape, string name) =>
        shape.Scalar(name, "a 64-bit integer", text => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : (long?)null);

    /// <summary>A timestamp: ISO 8601 (the awsQuery default), read as UTC when it carries no offset.</summary>
    public static DateTimeOffset? Timestamp(this XElement shape, string name) =>
        shape.Scalar(name, "an ISO 8601 timestamp", text =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                ? time
                : (DateTimeOffset?)null);

    public static T? Object<T>(this XElement shape, string name, Func<XElement, T> read)
        where T : class =>
        shape.Child(name) is { } element ? ResponseMemberException.Reading(name, () => read(element)) : null;

    /// <summary>A non-flattened list: <c>&lt;name&gt;&lt;member/&gt;&lt;member/&gt;&lt;/name&gt;</c>, whatever the members are called.</summary>
    public static IReadOnlyList<T> List<T>(this XElement shape, string name, Func<XElement, T> read) =>
        shape.Child(name) is { } list
            ? [.. list.Elements().Select((element, index) => ResponseMemberException.Reading($"{name}[{index}]", () => read(element)))]
            : [];

    public static IReadOnlyList<string> StringList(this XElement shape, string name) => shape.List(name, element => element.Value);

    private static T? Scalar<T>(this XElement shape, string name, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (shape.Child(name) is not { } element)
        {
            return null;
        }

        var text = element.Value.Trim();
        return parse(text) ?? throw new ResponseMemberException(name, $"is \"{(text.Length <= 40 ? text : text[..40] + "…")}\", expected {expected}");
    }
}
