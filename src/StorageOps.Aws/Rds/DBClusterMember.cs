namespace StorageOps.Aws.Rds;

/// <summary>A DB instance in a DB cluster.</summary>
public sealed record DBClusterMember(string? DBInstanceIdentifier, bool? IsClusterWriter, string? DBClusterParameterGroupStatus, int? PromotionTier);
