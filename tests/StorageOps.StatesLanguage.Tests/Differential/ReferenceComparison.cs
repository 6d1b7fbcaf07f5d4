namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>A reference implementation either agrees with the expected outcome or does exactly what its recorded deviation says, with the reason.</summary>
internal static class ReferenceComparison
{
    public static void AssertAgreesOrDeviatesAsRecorded(DifferentialCase testCase, string reference, Outcome observed)
    {
        if (testCase.Deviation(reference) is not { } deviation)
        {
            Assert.True(observed.SameAs(testCase.Expected), $"{testCase.Name}: {reference} gave {observed}, the specification calls for {testCase.Expected}");
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace((string?)deviation["reason"]), $"{testCase.Name}: a recorded deviation of {reference} must say why");
        var recorded = Outcome.FromJson(deviation["observed"] ?? throw new InvalidOperationException($"{testCase.Name}: {reference} deviation has no 'observed'"));
        Assert.True(observed.SameAs(recorded), $"{testCase.Name}: {reference} gave {observed}, its recorded deviation is {recorded}");
        Assert.False(recorded.SameAs(testCase.Expected), $"{testCase.Name}: {reference} now agrees with the specification; remove the recorded deviation");
    }
}
