using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.Rds.Wire;

/// <summary>Writes awsQuery XML the way RDS sends it: the <c>XResponse/XResult</c> envelope and the <c>ErrorResponse</c> document.</summary>
internal static class RdsXmlResponses
{
    public const string Namespace = "http://rds.amazonaws.com/doc/2014-10-31/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Async = false,
    };

    /// <summary>Writes <c>&lt;{action}Response&gt;</c>; <paramref name="writeResult"/> (if any) fills <c>&lt;{action}Result&gt;</c>.</summary>
    public static Task WriteAsync(HttpResponse response, string action, Action<XmlWriter>? writeResult) =>
        WriteDocumentAsync(response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartElement(action + "Response", Namespace);
            if (writeResult is not null)
            {
                writer.WriteStartElement(action + "Result");
                writeResult(writer);
                writer.WriteEndElement();
            }

            writer.WriteStartElement("ResponseMetadata");
            writer.WriteElementString("RequestId", RequestIdOf(response));
            writer.WriteEndElement();
            writer.WriteEndElement();
        });

    public static Task WriteErrorAsync(HttpResponse response, int statusCode, string errorCode, string message, string type = "Sender") =>
        WriteDocumentAsync(response, statusCode, writer =>
        {
            writer.WriteStartElement("ErrorResponse", Namespace);
            writer.WriteStartElement("Error");
            writer.WriteElementString("Type", type);
            writer.WriteElementString("Code", errorCode);
            writer.WriteElementString("Message", message);
            writer.WriteEndElement();
            writer.WriteElementString("RequestId", RequestIdOf(response));
            writer.WriteEndElement();
        });

    public static void WriteTimestamp(XmlWriter writer, string name, DateTimeOffset value) =>
        writer.WriteElementString(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    public static void WriteBoolean(XmlWriter writer, string name, bool value) => writer.WriteElementString(name, value ? "true" : "false");

    public static void WriteInteger(XmlWriter writer, string name, int value) =>
        writer.WriteElementString(name, value.ToString(CultureInfo.InvariantCulture));

    public static void WriteList(XmlWriter writer, string name, string memberName, IEnumerable<string> values)
    {
        writer.WriteStartElement(name);
        foreach (var value in values)
        {
            writer.WriteElementString(memberName, value);
        }

        writer.WriteEndElement();
    }

    public static void WriteTagList(XmlWriter writer, IEnumerable<RdsTag> tags)
    {
        writer.WriteStartElement("TagList");
        foreach (var tag in tags)
        {
            writer.WriteStartElement("Tag");
            writer.WriteElementString("Key", tag.Key);
            writer.WriteElementString("Value", tag.Value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string RequestIdOf(HttpResponse response) => response.Headers[AwsRequestDispatcher.RequestIdHeader].ToString();

    private static async Task WriteDocumentAsync(HttpResponse response, int statusCode, Action<XmlWriter> writeDocument)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writeDocument(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = "text/xml";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }
}
