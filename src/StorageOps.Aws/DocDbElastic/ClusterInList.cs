namespace StorageOps.Aws.DocDbElastic;

/// <summary>One item of ListClusters (model shape <c>ClusterInList</c>).</summary>
public sealed record ClusterInList(string? ClusterArn, string? ClusterName, string? Status);
