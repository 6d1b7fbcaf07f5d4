namespace StorageOps.Simulator.Faults;

/// <summary>The fault rules that backends apply to their own state: eventual consistency after create and forced terminal states.</summary>
internal sealed class ResourceFaults
{
    private readonly (FaultRule Rule, GlobPattern Operation, GlobPattern Resource)[] rules;

    public ResourceFaults(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        rules =
        [
            .. settings.Rules
                .Where(rule => rule.NotFoundAfterCreate > TimeSpan.Zero || rule.ForcedState is not null)
                .Select(rule => (rule, new GlobPattern(rule.Operation), new GlobPattern(rule.Resource))),
        ];
    }

    /// <summary>Whether a describe of a resource created <paramref name="age"/> ago must still answer not-found.</summary>
    public bool HidesNewResource(string service, string operation, TimeSpan age, params string[] resourceIds) =>
        rules.Any(entry => entry.Rule.NotFoundAfterCreate > age
            && ServiceMatches(entry.Rule, service)
            && entry.Operation.IsMatch(operation)
            && resourceIds.Any(entry.Resource.IsMatch));

    /// <summary>The state a new resource must settle into instead of its healthy one, or null.</summary>
    public string? ForcedStateOf(string service, params string[] resourceIds) =>
        rules.FirstOrDefault(entry => entry.Rule.ForcedState is not null
            && ServiceMatches(entry.Rule, service)
            && resourceIds.Any(entry.Resource.IsMatch)).Rule?.ForcedState;

    private static bool ServiceMatches(FaultRule rule, string service) =>
        rule.Service is null || string.Equals(rule.Service, service, StringComparison.Ordinal);
}
