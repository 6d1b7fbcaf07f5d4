namespace StorageOps.Simulator.Faults;

/// <summary>
/// Rolls the dice of <see cref="FaultSettings"/> for each request. Every matching rule draws exactly two numbers per request,
/// whatever it decides, so one rule's outcome never shifts another's sequence. Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock gate = new();
    private readonly (FaultRule Rule, GlobPattern Operation, GlobPattern Resource, Random Dice)[] rules;

    // HashCode.Combine is randomised per process, so the per-rule seed is plain arithmetic.
    public FaultPlan(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        rules =
        [
            .. settings.Rules.Select((rule, index) => (rule, new GlobPattern(rule.Operation), new GlobPattern(rule.Resource), new Random(unchecked((settings.Seed * 397) + index)))),
        ];
    }

    public bool IsEmpty => rules.Length == 0;

    public FaultDecision Decide(FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var latency = TimeSpan.Zero;
        var kind = FaultKind.None;
        var ruleIndex = -1;
        lock (gate)
        {
            for (var index = 0; index < rules.Length; index++)
            {
                var (rule, operation, resource, dice) = rules[index];
                if (!Matches(rule, operation, resource, request))
                {
                    continue;
                }

                var throttleRoll = dice.NextDouble();
                var serverErrorRoll = dice.NextDouble();
                latency += rule.Latency;
                if (kind != FaultKind.None)
                {
                    continue;
                }

                if (throttleRoll < rule.ThrottleRate)
                {
                    (kind, ruleIndex) = (FaultKind.Throttling, index);
                }
                else if (serverErrorRoll < rule.ServerErrorRate)
                {
                    (kind, ruleIndex) = (FaultKind.ServerError, index);
                }
            }
        }

        return kind == FaultKind.None && latency == TimeSpan.Zero ? FaultDecision.None : new FaultDecision(kind, latency, ruleIndex);
    }

    private static bool Matches(FaultRule rule, GlobPattern operation, GlobPattern resource, FaultRequest request) =>
        (rule.Service is null || string.Equals(rule.Service, request.Service, StringComparison.Ordinal))
        && operation.IsMatch(request.Operation)
        && (resource.MatchesEverything || request.Resources.Any(resource.IsMatch));
}
