namespace StorageOps.Simulator.Efs.Wire;

internal sealed record EfsRouteMatch(string Operation, IReadOnlyDictionary<string, string> PathParameters)
{
    public string Parameter(string name) => PathParameters[name];
}
