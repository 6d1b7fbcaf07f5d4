using System.Xml;
using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Rds.Wire;

/// <summary>
/// Reads an awsQuery request's parameters, from a form body or (as presigned URLs carry them) the query string, and rejects
/// what RDS cannot read: a form past the reader's limits, or a value holding characters XML cannot carry back.
/// </summary>
internal static class RdsQueryForm
{
    private static readonly object FailureKey = new();

    public static async Task<IFormCollection> ReadAsync(HttpRequest request)
    {
        if (request.HttpContext.Items.TryGetValue(FailureKey, out var earlier))
        {
            throw (RdsException)earlier!;
        }

        try
        {
            var form = request.HasFormContentType
                ? await ReadBodyAsync(request)
                : new FormCollection(request.Query.ToDictionary(parameter => parameter.Key, parameter => parameter.Value, StringComparer.Ordinal));
            RejectCharactersXmlCannotCarry(form);
            return form;
        }
        catch (RdsException error)
        {
            // The body is gone once read, so a second reader (routing, then the handler) must see the same failure.
            request.HttpContext.Items[FailureKey] = error;
            throw;
        }
    }

    private static async Task<IFormCollection> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException error)
        {
            throw new RdsException(RdsErrorCodes.MalformedQueryString, $"The request could not be read as a query string: {error.Message}");
        }
    }

    private static void RejectCharactersXmlCannotCarry(IFormCollection form)
    {
        foreach (var (key, values) in form)
        {
            foreach (var text in values.Prepend(key))
            {
                try
                {
                    XmlConvert.VerifyXmlChars(text ?? string.Empty);
                }
                catch (XmlException)
                {
                    throw RdsException.InvalidParameterValue($"The parameter {Printable(key)} holds characters that are not allowed.");
                }
            }
        }
    }

    private static string Printable(string key) => string.Concat(key.Select(character => XmlConvert.IsXmlChar(character) ? character : '?'));
}
