namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Every EFS operation's HTTP binding from the 2015-02-01 service model, so a request can be named even when it is not simulated.</summary>
internal static class EfsOperationRoutes
{
    public const string PathPrefix = "/2015-02-01/";

    private static readonly (string Method, string[] Segments, string Operation)[] Routes =
    [
        .. new (string Method, string Template, string Operation)[]
        {
            ("POST", "/2015-02-01/access-points", "CreateAccessPoint"),
            ("GET", "/2015-02-01/access-points", "DescribeAccessPoints"),
            ("DELETE", "/2015-02-01/access-points/{AccessPointId}", "DeleteAccessPoint"),
            ("GET", "/2015-02-01/account-preferences", "DescribeAccountPreferences"),
            ("PUT", "/2015-02-01/account-preferences", "PutAccountPreferences"),
            ("POST", "/2015-02-01/create-tags/{FileSystemId}", "CreateTags"),
            ("POST", "/2015-02-01/delete-tags/{FileSystemId}", "DeleteTags"),
            ("POST", "/2015-02-01/file-systems", "CreateFileSystem"),
            ("GET", "/2015-02-01/file-systems", "DescribeFileSystems"),
            ("GET", "/2015-02-01/file-systems/replication-configurations", "DescribeReplicationConfigurations"),
            ("DELETE", "/2015-02-01/file-systems/{FileSystemId}", "DeleteFileSystem"),
            ("PUT", "/2015-02-01/file-systems/{FileSystemId}", "UpdateFileSystem"),
            ("GET", "/2015-02-01/file-systems/{FileSystemId}/backup-policy", "DescribeBackupPolicy"),
            ("PUT", "/2015-02-01/file-systems/{FileSystemId}/backup-policy", "PutBackupPolicy"),
            ("GET", "/2015-02-01/file-systems/{FileSystemId}/lifecycle-configuration", "DescribeLifecycleConfiguration"),
            ("PUT", "/2015-02-01/file-systems/{FileSystemId}/lifecycle-configuration", "PutLifecycleConfiguration"),
            ("DELETE", "/2015-02-01/file-systems/{FileSystemId}/policy", "DeleteFileSystemPolicy"),
            ("GET", "/2015-02-01/file-systems/{FileSystemId}/policy", "DescribeFileSystemPolicy"),
            ("PUT", "/2015-02-01/file-systems/{FileSystemId}/policy", "PutFileSystemPolicy"),
            ("PUT", "/2015-02-01/file-systems/{FileSystemId}/protection", "UpdateFileSystemProtection"),
            ("POST", "/2015-02-01/file-systems/{SourceFileSystemId}/replication-configuration", "CreateReplicationConfiguration"),
            ("DELETE", "/2015-02-01/file-systems/{SourceFileSystemId}/replication-configuration", "DeleteReplicationConfiguration"),
            ("POST", "/2015-02-01/mount-targets", "CreateMountTarget"),
            ("GET", "/2015-02-01/mount-targets", "DescribeMountTargets"),
            ("DELETE", "/2015-02-01/mount-targets/{MountTargetId}", "DeleteMountTarget"),
            ("GET", "/2015-02-01/mount-targets/{MountTargetId}/security-groups", "DescribeMountTargetSecurityGroups"),
            ("PUT", "/2015-02-01/mount-targets/{MountTargetId}/security-groups", "ModifyMountTargetSecurityGroups"),
            ("GET", "/2015-02-01/resource-tags/{ResourceId}", "ListTagsForResource"),
            ("POST", "/2015-02-01/resource-tags/{ResourceId}", "TagResource"),
            ("DELETE", "/2015-02-01/resource-tags/{ResourceId}", "UntagResource"),

            // The model has a trailing slash here that some SDKs drop; matching ignores trailing slashes.
            ("GET", "/2015-02-01/tags/{FileSystemId}/", "DescribeTags"),
        }.Select(route => (route.Method, SegmentsOf(route.Template), route.Operation)),
    ];

    /// <summary>The operation name for a method and raw (still percent-encoded) path, or null when EFS has no such operation.</summary>
    public static string? OperationFor(string method, string rawPath) => Match(method, rawPath)?.Operation;

    /// <summary>
    /// The operation and its decoded path parameters for a method and raw path, or null when EFS has no such operation.
    /// The path is split before decoding, so an encoded <c>/</c> inside an ARN stays inside its parameter.
    /// </summary>
    public static EfsRouteMatch? Match(string method, string rawPath)
    {
        var segments = SegmentsOf(rawPath);
        foreach (var (routeMethod, routeSegments, operation) in Routes)
        {
            if (routeMethod == method && Matches(routeSegments, segments))
            {
                var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (template, actual) in routeSegments.Zip(segments))
                {
                    if (template.StartsWith('{'))
                    {
                        parameters[template.Trim('{', '}')] = Uri.UnescapeDataString(actual);
                    }
                }

                return new EfsRouteMatch(operation, parameters);
            }
        }

        return null;
    }

    private static bool Matches(string[] template, string[] path) =>
        template.Length == path.Length
        && template.Zip(path).All(pair => pair.First.StartsWith('{') ? pair.Second.Length > 0 : pair.First == pair.Second);

    private static string[] SegmentsOf(string path) => path.Trim('/').Split('/');
}
