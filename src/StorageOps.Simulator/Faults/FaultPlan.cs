namespace StorageOps.Simulator.Faults;

/// <summary>
/// Rolls the dice of <see cref="FaultSettings"/> for each request. Every matching rule draws exactly two numbers per request,
/// whatever it decides, so one rule's outcome never shifts another's sequence. Rules with a
/// <see cref="FaultRule.ThrottleRatePerSecond"/> also take a token from their bucket for the request's service and operation,
/// on <c>clock</c>, unless an earlier rule has already failed the request. Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock gate = new();
    private readonly (FaultRule Rule, GlobPattern Operation, GlobPattern Resource, Random Dice)[] rules;
    private readonly Dictionary<(int RuleIndex, string Service, string Operation), TokenBucket> buckets = [];
    private readonly TimeProvider clock;

    // HashCode.Combine is randomised per process, so the per-rule seed is plain arithmetic.
    public FaultPlan(FaultSettings settings, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.clock = clock ?? TimeProvider.System;
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
                else if (rule.ThrottleRatePerSecond > 0 && !TakeToken(index, rule, request))
                {
                    (kind, ruleIndex) = (FaultKind.Throttling, index);
                }
            }
        }

        return kind == FaultKind.None && latency == TimeSpan.Zero ? FaultDecision.None : new FaultDecision(kind, latency, ruleIndex);
    }

    private bool TakeToken(int ruleIndex, FaultRule rule, FaultRequest request)
    {
        var now = clock.GetUtcNow();
        var key = (ruleIndex, request.Service, request.Operation);
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new TokenBucket(rule.ThrottleRatePerSecond, rule.EffectiveThrottleBurst, now);
            buckets.Add(key, bucket);
        }

        return bucket.TryTake(now);
    }

    private static bool Matches(FaultRule rule, GlobPattern operation, GlobPattern resource, FaultRequest request) =>
        (rule.Service is null || string.Equals(rule.Service, request.Service, StringComparison.Ordinal))
        && operation.IsMatch(request.Operation)
        && (resource.MatchesEverything || request.Resources.Any(resource.IsMatch));
}
