using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.Ec2.Wire;

/// <summary>
/// Writes EC2 query XML: <c>&lt;{Action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"&gt;</c> with a <c>requestId</c> and the result
/// members directly inside, lists as <c>&lt;fooSet&gt;&lt;item&gt;</c>; errors as <c>Response/Errors/Error</c> with <c>RequestID</c>.
/// </summary>
internal static class Ec2XmlResponses
{
    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static Task WriteAsync(HttpResponse response, string action, Action<XmlWriter> writeMembers) =>
        WriteDocumentAsync(response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartElement(action + "Response", Namespace);
            writer.WriteElementString("requestId", RequestIdOf(response));
            writeMembers(writer);
            writer.WriteEndElement();
        });

    public static Task WriteErrorAsync(HttpResponse response, int statusCode, string errorCode, string message) =>
        WriteDocumentAsync(response, statusCode, writer =>
        {
            writer.WriteStartElement("Response");
            writer.WriteStartElement("Errors");
            writer.WriteStartElement("Error");
            writer.WriteElementString("Code", errorCode);
            writer.WriteElementString("Message", message);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteElementString("RequestID", RequestIdOf(response));
            writer.WriteEndElement();
        });

    public static void WriteSet<TItem>(XmlWriter writer, string name, IEnumerable<TItem> items, Action<XmlWriter, TItem> writeItem)
    {
        writer.WriteStartElement(name);
        foreach (var item in items)
        {
            writer.WriteStartElement("item");
            writeItem(writer, item);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    public static void WriteBoolean(XmlWriter writer, string name, bool value) => writer.WriteElementString(name, value ? "true" : "false");

    private static string RequestIdOf(HttpResponse response) => response.Headers[AwsRequestDispatcher.RequestIdHeader].ToString();

    private static async Task WriteDocumentAsync(HttpResponse response, int statusCode, Action<XmlWriter> writeDocument)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writeDocument(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = "text/xml;charset=UTF-8";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }
}
