using System.Net;
using StorageOps.Aws.Efs;

namespace StorageOps.Functions.Tests.ProvisionFileSystem;

/// <summary>
/// A small stand-in for EFS behind <see cref="IEfsClient"/>, so the domain logic is tested without HTTP
/// (the wire is tested in the Aws and EndToEnd suites). Honors creation tokens and records every call.
/// </summary>
internal sealed class InMemoryEfs : IEfsClient
{
    private readonly Dictionary<string, FileSystemDescription> fileSystems = [];
    private readonly TimeProvider time;

    public InMemoryEfs(TimeProvider time) => this.time = time;

    public List<string> Calls { get; } = [];

    public List<CreateFileSystemRequest> CreateRequests { get; } = [];

    public Exception? NextCreateFailure { get; set; }

    public void Add(FileSystemDescription fileSystem) => fileSystems[fileSystem.FileSystemId] = fileSystem;

    public void SetState(string fileSystemId, string lifeCycleState) =>
        fileSystems[fileSystemId] = fileSystems[fileSystemId] with { LifeCycleState = lifeCycleState };

    public Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("CreateFileSystem");
        CreateRequests.Add(request);
        if (NextCreateFailure is { } failure)
        {
            NextCreateFailure = null;
            throw failure;
        }

        if (fileSystems.Values.FirstOrDefault(existing => existing.CreationToken == request.CreationToken) is { } taken)
        {
            throw new FileSystemAlreadyExistsException("File system already exists.", "req-1", HttpStatusCode.Conflict, taken.FileSystemId);
        }

        var id = $"fs-{fileSystems.Count + 1:x17}";
        var created = new FileSystemDescription
        {
            FileSystemId = id,
            FileSystemArn = $"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{id}",
            CreationToken = request.CreationToken,
            CreationTime = time.GetUtcNow(),
            LifeCycleState = "creating",
            Tags = request.Tags ?? [],
        };
        fileSystems[id] = created;
        return Task.FromResult(created);
    }

    public Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("DescribeFileSystems");
        if (request.FileSystemId is { } id)
        {
            return fileSystems.TryGetValue(id, out var fileSystem)
                ? Task.FromResult(new DescribeFileSystemsResponse([fileSystem], null, null))
                : throw new FileSystemNotFoundException($"File system '{id}' does not exist.", "req-2", HttpStatusCode.NotFound);
        }

        return Task.FromResult(new DescribeFileSystemsResponse([.. fileSystems.Values], null, null));
    }
}
