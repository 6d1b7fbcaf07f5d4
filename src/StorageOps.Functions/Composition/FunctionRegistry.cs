using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Composition;

/// <summary>Handlers by name; the names are known without building anything, and <see cref="Build"/> builds only the one asked for.</summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, FunctionRegistration> registrations;

    public FunctionRegistry(IEnumerable<FunctionRegistration> registrations)
    {
        this.registrations = registrations.ToDictionary(registration => registration.Name, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => registrations.Keys;

    public ILambdaFunction Build(string name, FunctionEnvironment environment)
    {
        if (!registrations.TryGetValue(name, out var registration))
        {
            throw new UnknownHandlerException(name, Names);
        }

        var function = registration.Build(new FunctionContext(environment, new AwsClients(environment.Aws, environment.Region)));
        return new Logging.LogScopedFunction(function, Logging.ColdStart.Process);
    }
}
