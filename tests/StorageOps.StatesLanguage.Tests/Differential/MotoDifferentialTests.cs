namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>Every case moto can run through moto_server's own interpreter: it agrees with the expected outcome or deviates only as recorded.</summary>
public sealed class MotoDifferentialTests(MotoStepFunctions moto) : IClassFixture<MotoStepFunctions>
{
    private const string Reference = "moto";

    public static TheoryData<string> Cases() => [.. DifferentialCase.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Moto_ShouldAgreeOrDeviateOnlyAsRecorded(string name)
    {
        var testCase = DifferentialCase.Load(name);
        if (testCase.Deviation(Reference) is { } deviation && (bool?)deviation["runs"] == false)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)deviation["reason"]), $"{name}: a case moto cannot run must say why");
            return;
        }

        ReferenceComparison.AssertAgreesOrDeviatesAsRecorded(testCase, Reference, await moto.RunAsync(name, testCase.Definition, testCase.Input));
    }
}
