namespace StorageOps.Simulator.SeedFile;

/// <summary>A fleet seed file that cannot be used, naming the JSON path of the problem (for example <c>$.rdsClusters[1].engine</c>).</summary>
public sealed class SeedFileException : Exception
{
    public SeedFileException()
    {
        JsonPath = "$";
    }

    public SeedFileException(string message)
        : base(message)
    {
        JsonPath = "$";
    }

    public SeedFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        JsonPath = "$";
    }

    public SeedFileException(string jsonPath, string problem, Exception? innerException = null)
        : base($"{jsonPath}: {problem}", innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>Where in the file the problem is, as a JSON path rooted at <c>$</c>.</summary>
    public string JsonPath { get; }
}
