using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Composition;

/// <summary>One deployable handler: the name STORAGEOPS_HANDLER selects it by, and how to build it alone.</summary>
public sealed record FunctionRegistration(string Name, Func<FunctionContext, ILambdaFunction> Build);
