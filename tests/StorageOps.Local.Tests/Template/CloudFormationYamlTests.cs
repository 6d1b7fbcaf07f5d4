using StorageOps.Local.Template;

namespace StorageOps.Local.Tests.Template;

public sealed class CloudFormationYamlTests
{
    [Fact]
    public void Parse_WhenShortFormIntrinsicsAreUsed_ShouldReturnThemAsIntrinsics()
    {
        var root = CloudFormationYaml.Parse("""
            A: !Ref Thing
            B: !GetAtt Thing.Arn
            C: !Sub arn:${AWS::Partition}:s3:::bucket
            D: [1, two]
            """);

        Assert.Equal(new Intrinsic("Ref", "Thing"), root["A"]);
        Assert.Equal(new Intrinsic("Fn::GetAtt", "Thing.Arn"), root["B"]);
        Assert.Equal(new Intrinsic("Fn::Sub", "arn:${AWS::Partition}:s3:::bucket"), root["C"]);
        Assert.Equal(["1", "two"], Assert.IsType<List<object?>>(root["D"]));
    }

    [Fact]
    public void Parse_WhenLongFormIntrinsicIsUsed_ShouldReturnTheSameIntrinsic()
    {
        var root = CloudFormationYaml.Parse("""
            A:
              Ref: Thing
            B:
              Fn::GetAtt: [Thing, Arn]
            """);

        Assert.Equal(new Intrinsic("Ref", "Thing"), root["A"]);
        var getAtt = Assert.IsType<Intrinsic>(root["B"]);
        Assert.Equal(["Thing", "Arn"], Assert.IsType<List<object?>>(getAtt.Argument));
    }

    [Theory]
    [InlineData("- a\n- b")]
    [InlineData("just text")]
    public void Parse_WhenRootIsNotAMapping_ShouldThrowTemplateException(string yaml) =>
        Assert.Throws<TemplateException>(() => CloudFormationYaml.Parse(yaml));
}
