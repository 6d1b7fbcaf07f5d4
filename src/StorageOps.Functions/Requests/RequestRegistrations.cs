using StorageOps.Functions.Composition;
using StorageOps.Functions.Hosting;

namespace StorageOps.Functions.Requests;

/// <summary>The SQS request router and what it is built from.</summary>
public static class RequestRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(RouteRequestsFunction.HandlerName, context => new RouteRequestsFunction(
            new RequestRouter(context.Clients.StepFunctions, RequestRouter.StateMachineArnsFrom(context.Environment)),
            new FunctionLog(context.Environment.Log, context.Time, RouteRequestsFunction.HandlerName))),
    ];
}
