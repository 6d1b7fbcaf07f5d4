namespace StorageOps.StatesLanguage.Errors;

/// <summary>Decides whether a retrier's or catcher's ErrorEquals list covers an error name.</summary>
internal static class ErrorMatcher
{
    public static bool IsRecoverable(string error) => error != StatesErrorNames.Runtime;

    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        if (!IsRecoverable(error))
        {
            return false;
        }

        foreach (var name in errorEquals)
        {
            if (name == error)
            {
                return true;
            }

            // States.ALL does not match the terminal States.DataLimitExceeded (nor States.Runtime, excluded above).
            if (name == StatesErrorNames.All && error != StatesErrorNames.DataLimitExceeded)
            {
                return true;
            }

            // States.TaskFailed is a wildcard for every error except States.Timeout (and the terminal ones).
            if (name == StatesErrorNames.TaskFailed && error != StatesErrorNames.Timeout && error != StatesErrorNames.DataLimitExceeded)
            {
                return true;
            }
        }

        return false;
    }
}
