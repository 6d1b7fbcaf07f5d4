namespace StorageOps.Functions.Invocation;

/// <summary>Every handler of the deployed assembly, by the name the STORAGEOPS_HANDLER variable selects.</summary>
public sealed class FunctionCatalog
{
    private readonly Dictionary<string, ILambdaFunction> functions;

    public FunctionCatalog(IEnumerable<ILambdaFunction> functions)
    {
        this.functions = functions.ToDictionary(function => function.Name, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => functions.Keys;

    public ILambdaFunction Get(string name) =>
        functions.TryGetValue(name, out var function)
            ? function
            : throw new UnknownHandlerException(name, Names);
}
