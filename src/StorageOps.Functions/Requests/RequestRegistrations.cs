using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Requests;

/// <summary>The SQS request router and what it is built from.</summary>
public static class RequestRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(RouteRequestsFunction.HandlerName, context => new RouteRequestsFunction(
            new RequestRouter(context.Clients.StepFunctions, RequestRouter.StateMachineArnsFrom(context.Environment)),
            context.Logger)),
    ];
}
