namespace StorageOps.Functions.Composition;

/// <summary>
/// One AWS client per region, each created on first use: a function that never calls AWS never pays for a client,
/// and one that reaches a second region (a replication destination) gets a client signed for that region.
/// </summary>
public sealed class RegionalClients<TClient>
    where TClient : class
{
    private readonly Func<string, TClient> create;
    private readonly Dictionary<string, TClient> created = new(StringComparer.Ordinal);
    private readonly Lock createLock = new();

    public RegionalClients(string homeRegion, Func<string, TClient> create)
    {
        HomeRegion = homeRegion;
        this.create = create;
    }

    /// <summary>The region the function runs in.</summary>
    public string HomeRegion { get; }

    public TClient Home => In(HomeRegion);

    public TClient In(string region)
    {
        lock (createLock)
        {
            if (!created.TryGetValue(region, out var client))
            {
                client = create(region);
                created[region] = client;
            }

            return client;
        }
    }
}
