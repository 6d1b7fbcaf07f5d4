using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Invocation;

public sealed class UnknownHandlerException : ConfigurationException
{
    public UnknownHandlerException(string name, IEnumerable<string> knownNames)
        : base($"No handler is named '{name}'. Known handlers: {string.Join(", ", knownNames.Order(StringComparer.Ordinal))}.")
    {
        Name = name;
    }

    public string Name { get; }
}
