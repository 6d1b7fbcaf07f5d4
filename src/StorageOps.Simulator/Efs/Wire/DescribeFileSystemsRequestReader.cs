using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Reads the query string of <c>DescribeFileSystems</c>; parameters keep their model names.</summary>
internal static class DescribeFileSystemsRequestReader
{
    public static DescribeFileSystemsRequest Read(IQueryCollection query) => new()
    {
        FileSystemId = EfsQuery.Single(query, "FileSystemId"),
        CreationToken = EfsQuery.Single(query, "CreationToken"),
        Marker = EfsQuery.Single(query, "Marker"),
        MaxItems = EfsQuery.Integer(query, "MaxItems"),
    };
}
