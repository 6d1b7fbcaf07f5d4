using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Efs;

public sealed partial class EfsBackend
{
    public const int DefaultTagsPerPage = 100;

    private const string DescribeTagsListing = "tags";
    private const string ListTagsListing = "resource-tags";

    /// <summary>Adds or overwrites tags (legacy <c>CreateTags</c> and <c>TagResource</c> alike); at most 50 per file system.</summary>
    public void TagResource(AccountRegion scope, string resourceId, IReadOnlyList<EfsTag> tags)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count == 0)
        {
            throw EfsException.BadRequest("Tags must contain at least one tag.");
        }

        CreateFileSystemValidator.ValidateTags(tags);
        lock (gate)
        {
            var fileSystem = RequireTaggable(Settle(scope), scope, resourceId);
            var merged = fileSystem.Tags.Where(existing => tags.All(tag => tag.Key != existing.Key)).Concat(tags).ToList();
            CreateFileSystemValidator.ValidateTags(merged);
            fileSystem.Tags.Clear();
            fileSystem.Tags.AddRange(merged);
        }
    }

    /// <summary>Removes the tags with these keys; keys the resource does not have are ignored, as EFS does.</summary>
    public void UntagResource(AccountRegion scope, string resourceId, IReadOnlyList<string> tagKeys)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ArgumentNullException.ThrowIfNull(tagKeys);
        if (tagKeys.Count == 0)
        {
            throw EfsException.BadRequest("TagKeys must contain at least one key.");
        }

        lock (gate)
        {
            var fileSystem = RequireTaggable(Settle(scope), scope, resourceId);
            fileSystem.Tags.RemoveAll(tag => tagKeys.Contains(tag.Key));
        }
    }

    public DescribeTagsResult DescribeTags(AccountRegion scope, string fileSystemId, int? maxItems = null, string? marker = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystemId);
        var pageSize = PageSizeOf(maxItems, "MaxItems");
        lock (gate)
        {
            var fileSystem = RequireFileSystem(Settle(scope), scope, fileSystemId);
            var (page, next) = PageToken.Paginate(fileSystem.Tags, DescribeTagsListing, marker, pageSize, "Marker");
            return new DescribeTagsResult(page, marker, next);
        }
    }

    public ListTagsForResourceResult ListTagsForResource(AccountRegion scope, string resourceId, int? maxResults = null, string? nextToken = null)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        var pageSize = PageSizeOf(maxResults, "MaxResults");
        lock (gate)
        {
            var fileSystem = RequireTaggable(Settle(scope), scope, resourceId);
            var (page, next) = PageToken.Paginate(fileSystem.Tags, ListTagsListing, nextToken, pageSize, "NextToken");
            return new ListTagsForResourceResult(page, next);
        }
    }

    private static int PageSizeOf(int? requested, string memberName) => requested switch
    {
        null => DefaultTagsPerPage,
        < 1 => throw EfsException.BadRequest($"{memberName} must be greater than 0."),
        _ => Math.Min(requested.Value, DefaultTagsPerPage),
    };

    /// <summary>The file system a ResourceId names; access points (<c>fsap-</c>) are not simulated, so none exists.</summary>
    private static FileSystem RequireTaggable(EfsRegionState state, AccountRegion scope, string resourceId)
    {
        if (resourceId.StartsWith("fsap-", StringComparison.Ordinal) || resourceId.Contains(":access-point/", StringComparison.Ordinal))
        {
            throw new EfsException(EfsErrorCodes.AccessPointNotFound, $"Access point '{resourceId}' does not exist.");
        }

        return RequireFileSystem(state, scope, resourceId);
    }
}
