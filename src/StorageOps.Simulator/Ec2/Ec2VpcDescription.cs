namespace StorageOps.Simulator.Ec2;

public sealed record Ec2VpcDescription(string VpcId, string OwnerId, string CidrBlock, bool IsDefault, string DhcpOptionsId, string CidrBlockAssociationId);
