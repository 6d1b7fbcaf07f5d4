namespace StorageOps.Simulator.Accounts;

/// <summary>The account and region a resource lives in; every backend keeps its state per pair.</summary>
public readonly record struct AccountRegion(string AccountId, string Region);
