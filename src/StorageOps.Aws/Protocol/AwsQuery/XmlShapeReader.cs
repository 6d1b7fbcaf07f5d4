using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>Reads members of an awsQuery XML response shape by local name; absent members read as null.</summary>
internal static class XmlShapeReader
{
    public static XElement? Child(this XElement shape, string name) =>
        shape.Elements().FirstOrDefault(element => element.Name.LocalName == name);

    public static string? String(this XElement shape, string name) => shape.Child(name)?.Value;

    public static string RequiredString(this XElement shape, string name) =>
        shape.String(name) ?? throw new FormatException($"The response element <{shape.Name.LocalName}> has no <{name}>.");

    public static bool? Boolean(this XElement shape, string name) =>
        shape.Child(name) is { } element ? XmlConvert.ToBoolean(element.Value.Trim()) : null;

    public static int? Int32(this XElement shape, string name) =>
        shape.Child(name) is { } element ? int.Parse(element.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    public static long? Int64(this XElement shape, string name) =>
        shape.Child(name) is { } element ? long.Parse(element.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>A timestamp: ISO 8601 (the awsQuery default), read as UTC when it carries no offset.</summary>
    public static DateTimeOffset? Timestamp(this XElement shape, string name) =>
        shape.Child(name) is { } element
            ? DateTimeOffset.Parse(element.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;

    public static T? Object<T>(this XElement shape, string name, Func<XElement, T> read)
        where T : class =>
        shape.Child(name) is { } element ? read(element) : null;

    /// <summary>A non-flattened list: <c>&lt;name&gt;&lt;member/&gt;&lt;member/&gt;&lt;/name&gt;</c>, whatever the members are called.</summary>
    public static IReadOnlyList<T> List<T>(this XElement shape, string name, Func<XElement, T> read) =>
        shape.Child(name) is { } list ? [.. list.Elements().Select(read)] : [];

    public static IReadOnlyList<string> StringList(this XElement shape, string name) => shape.List(name, element => element.Value);
}
