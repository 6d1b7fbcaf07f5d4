using System.Text;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Hosting;

/// <summary>
/// An event's bytes as text, strictly: a lenient decoder would turn bytes that are not UTF-8 into U+FFFD and the
/// handler would act on text the sender never wrote.
/// </summary>
public static class EventText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] utf8, string functionName)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException invalid)
        {
            throw new InvalidInputException($"{functionName}: the event is not valid UTF-8 (byte {invalid.Index} of {utf8.Length}).", invalid);
        }
    }
}
