using StorageOps.Aws.Protocol.AwsQuery;

namespace StorageOps.Aws.Tests.Protocol.AwsQuery;

public sealed class QueryValueWritersTests
{
    [Fact]
    public void List_WhenStructuresWithNestedLists_ShouldNumberMembersFromOneUnderTheMemberName()
    {
        var parameters = new List<KeyValuePair<string, string>>();
        var values = QueryValueWriters.List<string>("Value", QueryValueWriters.String);
        QueryValueWriter<(string Name, string[] Values)> filter = (p, prefix, f) =>
        {
            p.Add(new($"{prefix}.Name", f.Name));
            values(p, $"{prefix}.Values", f.Values);
        };

        QueryValueWriters.List("Filter", filter)(parameters, "Filters", [("engine", ["a", "b"]), ("id", [])]);

        Assert.Equal(
            [
                new("Filters.Filter.1.Name", "engine"),
                new("Filters.Filter.1.Values.Value.1", "a"),
                new("Filters.Filter.1.Values.Value.2", "b"),
                new("Filters.Filter.2.Name", "id"),
                new("Filters.Filter.2.Values", string.Empty),
            ],
            parameters);
    }

    [Fact]
    public void List_WhenEmpty_ShouldSendTheMemberWithAnEmptyValue()
    {
        var parameters = new List<KeyValuePair<string, string>>();

        QueryValueWriters.List<string>("Tag", QueryValueWriters.String)(parameters, "Tags", []);

        Assert.Equal([new("Tags", string.Empty)], parameters);
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Boolean_WhenWritten_ShouldBeLowerCaseLiteral(bool value, string expected)
    {
        var parameters = new List<KeyValuePair<string, string>>();

        QueryValueWriters.Boolean(parameters, "CopyTags", value);

        Assert.Equal([new("CopyTags", expected)], parameters);
    }

    [Theory]
    [InlineData(0, "2015-08-30T12:36:00Z")]
    [InlineData(250, "2015-08-30T12:36:00.250Z")]
    public void Timestamp_WhenWritten_ShouldBeIso8601InUtc(int milliseconds, string expected)
    {
        var parameters = new List<KeyValuePair<string, string>>();

        QueryValueWriters.Timestamp(parameters, "StartTime", new DateTimeOffset(2015, 8, 30, 14, 36, 0, milliseconds, TimeSpan.FromHours(2)));

        Assert.Equal([new("StartTime", expected)], parameters);
    }

    [Fact]
    public void FormBody_WhenValuesHaveReservedCharacters_ShouldPercentEncodeAsRfc3986()
    {
        var body = AwsQueryRequestMarshaller<object, object>.FormBody([new("Action", "X"), new("Tags.Tag.1.Value", "a b+c/d=e&f*g~h_i.j-k(l)!ü")]);

        Assert.Equal("Action=X&Tags.Tag.1.Value=a%20b%2Bc%2Fd%3De%26f%2Ag~h_i.j-k%28l%29%21%C3%BC", body);
    }
}
