using StorageOps.Local.Runner;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;

namespace EndToEnd.Tests;

/// <summary>File systems put straight into the simulator for a workflow to act on, as if made earlier (by StorageOps or by someone else).</summary>
internal static class SimulatedFileSystems
{
    public const string AccountId = "123456789012";
    public const string HomeRegion = "us-east-1";
    public static readonly AccountRegion Home = new(AccountId, HomeRegion);
    public static readonly EfsTag ManagedBy = new("storageops:managed-by", "storageops");

    public static FileSystemDescription Create(LocalEnvironment environment, AccountRegion scope, string creationToken, bool ownedByStorageOps, params EfsTag[] tags) =>
        environment.Simulator.Efs.CreateFileSystem(scope, new CreateFileSystemRequest
        {
            CreationToken = creationToken,
            Encrypted = true,
            ThroughputMode = "elastic",
            Tags = ownedByStorageOps ? [ManagedBy, new EfsTag("storageops:request-id", creationToken), .. tags] : [.. tags],
        });

    /// <summary>Lets virtual time pass (file systems and mount targets settle) while no execution runs.</summary>
    public static async Task LetTimePassAsync(LocalEnvironment environment, TimeSpan duration)
    {
        using var activity = environment.Clock.BeginActivity();
        await environment.Clock.WaitAsync(duration, CancellationToken.None);
    }

    public static FileSystemDescription Find(LocalEnvironment environment, AccountRegion scope, string fileSystemId) =>
        environment.Simulator.Efs.PeekFileSystems(scope).Single(fileSystem => fileSystem.FileSystemId == fileSystemId);
}
