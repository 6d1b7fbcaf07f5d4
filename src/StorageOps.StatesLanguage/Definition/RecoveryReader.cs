using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Definition;

/// <summary>Reads Retry and Catch, enforcing that States.ALL appears alone and in the last entry.</summary>
internal static class RecoveryReader
{
    private static readonly string[] RetrierFields = ["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"];
    private static readonly string[] CatcherFields = ["ErrorEquals", "Next", "ResultPath", "Comment"];

    public static RecoveryPolicy Read(FieldReader state)
    {
        var retriers = new List<Retrier>();
        var retry = state.Array("Retry", required: false);
        for (var i = 0; retry is not null && i < retry.Count; i++)
        {
            if (Entry(state, retry, "Retry", i) is { } entry && ReadRetrier(entry, i == retry.Count - 1) is { } retrier)
            {
                retriers.Add(retrier);
            }
        }

        var catchers = new List<Catcher>();
        var catchArray = state.Array("Catch", required: false);
        for (var i = 0; catchArray is not null && i < catchArray.Count; i++)
        {
            if (Entry(state, catchArray, "Catch", i) is { } entry && ReadCatcher(entry, i == catchArray.Count - 1) is { } catcher)
            {
                catchers.Add(catcher);
            }
        }

        return retriers.Count == 0 && catchers.Count == 0 ? RecoveryPolicy.None : new RecoveryPolicy(retriers, catchers);
    }

    private static FieldReader? Entry(FieldReader state, JsonArray array, string field, int index)
    {
        if (array[index] is JsonObject json)
        {
            return state.Nested(json, $"{field}[{index}].");
        }

        state.Report($"{field}[{index}]", "must be a JSON object");
        return null;
    }

    private static Retrier? ReadRetrier(FieldReader retrier, bool isLast)
    {
        retrier.RejectUnknownFields("a Retrier", RetrierFields);
        var errorEquals = ReadErrorEquals(retrier, isLast);
        var interval = retrier.Integer("IntervalSeconds", minimum: 1) ?? Retrier.DefaultIntervalSeconds;
        var maxAttempts = retrier.Integer("MaxAttempts", minimum: 0) ?? Retrier.DefaultMaxAttempts;
        var backoff = retrier.Number("BackoffRate", 1.0, "must be a number greater than or equal to 1.0") ?? Retrier.DefaultBackoffRate;
        var maxDelay = retrier.Integer("MaxDelaySeconds", minimum: 1);
        var jitter = JitterStrategy.None;
        switch (retrier.String("JitterStrategy"))
        {
            case null or "NONE":
                break;
            case "FULL":
                jitter = JitterStrategy.Full;
                break;
            case var other:
                retrier.Report("JitterStrategy", $"must be \"FULL\" or \"NONE\", but is \"{other}\"");
                break;
        }

        return new Retrier(errorEquals, interval, maxAttempts, backoff, maxDelay, jitter);
    }

    private static Catcher? ReadCatcher(FieldReader catcher, bool isLast)
    {
        catcher.RejectUnknownFields("a Catcher", CatcherFields);
        var errorEquals = ReadErrorEquals(catcher, isLast);
        var next = catcher.String("Next", required: true);
        var resultPath = catcher.ResultPath("ResultPath");
        return next is null ? null : new Catcher(errorEquals, next, resultPath);
    }

    private static IReadOnlyList<string> ReadErrorEquals(FieldReader entry, bool isLast)
    {
        var errorEquals = entry.StringArray("ErrorEquals");
        if (errorEquals.Contains(StatesErrorNames.All))
        {
            if (errorEquals.Count > 1)
            {
                entry.Report("ErrorEquals", $"must contain '{StatesErrorNames.All}' alone");
            }

            if (!isLast)
            {
                entry.Report("ErrorEquals", $"may contain '{StatesErrorNames.All}' only in the last entry");
            }
        }

        return errorEquals;
    }
}
