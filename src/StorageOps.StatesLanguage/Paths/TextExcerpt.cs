namespace StorageOps.StatesLanguage.Paths;

/// <summary>Definition text quoted in a problem message: long enough to recognise, never the whole of a huge field.</summary>
internal static class TextExcerpt
{
    private const int MaxLength = 120;

    public static string Of(string text) =>
        text.Length <= MaxLength ? text : $"{text[..MaxLength]}… ({text.Length} characters)";
}
