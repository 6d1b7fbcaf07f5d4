using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.Composition;

public sealed class RegionalClientsTests
{
    private readonly List<string> createdFor = [];
    private readonly RegionalClients<object> clients;

    public RegionalClientsTests()
    {
        clients = new RegionalClients<object>("eu-west-1", region =>
        {
            createdFor.Add(region);
            return new object();
        });
    }

    [Fact]
    public void Constructor_WhenNoClientIsAskedFor_ShouldCreateNone()
    {
        Assert.Equal("eu-west-1", clients.HomeRegion);
        Assert.Empty(createdFor);
    }

    [Fact]
    public void Home_WhenAskedForTwice_ShouldCreateOneClientForTheHomeRegion()
    {
        var first = clients.Home;
        var second = clients.Home;

        Assert.Same(first, second);
        Assert.Equal(["eu-west-1"], createdFor);
    }

    [Fact]
    public void In_WhenAskedForASecondRegion_ShouldCreateASeparateClientForIt()
    {
        var home = clients.Home;
        var destination = clients.In("us-west-2");

        Assert.NotSame(home, destination);
        Assert.Same(destination, clients.In("us-west-2"));
        Assert.Equal(["eu-west-1", "us-west-2"], createdFor);
    }
}
