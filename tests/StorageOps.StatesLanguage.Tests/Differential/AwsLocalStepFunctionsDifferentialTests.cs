namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>Every case through aws-local-stepfunctions (node): it agrees with the expected outcome or deviates only as recorded.</summary>
public sealed class AwsLocalStepFunctionsDifferentialTests(AwsLocalStepFunctionsRuns awsLocalStepFunctions) : IClassFixture<AwsLocalStepFunctionsRuns>
{
    private const string Reference = "aws-local-stepfunctions";

    public static TheoryData<string> Cases() => [.. DifferentialCase.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void AwsLocalStepFunctions_ShouldAgreeOrDeviateOnlyAsRecorded(string name)
    {
        var testCase = DifferentialCase.Load(name);

        ReferenceComparison.AssertAgreesOrDeviatesAsRecorded(testCase, Reference, awsLocalStepFunctions[name]);
    }
}
