namespace StorageOps.Simulator.Ec2;

/// <summary>The EC2 error codes the simulator returns, spelled as EC2 spells them.</summary>
internal static class Ec2ErrorCodes
{
    public const string InvalidSubnetIdNotFound = "InvalidSubnetID.NotFound";
    public const string InvalidSubnetIdMalformed = "InvalidSubnetID.Malformed";
    public const string InvalidGroupNotFound = "InvalidGroup.NotFound";
    public const string InvalidGroupIdMalformed = "InvalidGroupId.Malformed";
    public const string InvalidNetworkInterfaceIdNotFound = "InvalidNetworkInterfaceID.NotFound";
    public const string InvalidNetworkInterfaceIdMalformed = "InvalidNetworkInterfaceID.Malformed";
    public const string InvalidVpcIdNotFound = "InvalidVpcID.NotFound";
    public const string InvalidVpcIdMalformed = "InvalidVpcID.Malformed";
    public const string InvalidParameterValue = "InvalidParameterValue";
    public const string InvalidParameterCombination = "InvalidParameterCombination";
    public const string InvalidFilter = "InvalidFilter";
    public const string InvalidPaginationToken = "InvalidPaginationToken";
    public const string InvalidAction = "InvalidAction";
    public const string MissingAction = "MissingAction";
    public const string DryRunOperation = "DryRunOperation";
}
