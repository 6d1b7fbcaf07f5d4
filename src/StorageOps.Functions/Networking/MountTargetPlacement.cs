using System.Text.Json.Serialization;

namespace StorageOps.Functions.Networking;

/// <summary>A request's mount targets, checked: the one VPC they share and, in request order, where each goes.</summary>
/// <param name="VpcId">Null when no mount targets were requested; written even then, so a state machine's <c>$.vpcId</c> always resolves.</param>
public sealed record MountTargetPlacement(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? VpcId,
    IReadOnlyList<PlacedMountTarget> MountTargets);
