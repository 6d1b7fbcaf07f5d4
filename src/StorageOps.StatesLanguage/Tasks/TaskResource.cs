using System.Text.RegularExpressions;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>A Task state's Resource, classified into the integration that runs it.</summary>
public sealed partial record TaskResource(string Arn, TaskResourceKind Kind)
{
    public const string LambdaInvokeArn = "arn:aws:states:::lambda:invoke";

    /// <summary>The optimised integrations run through <see cref="Integrations.IServiceIntegrationInvoker"/>.</summary>
    public static IReadOnlyList<string> ServiceIntegrationArns { get; } =
        ["arn:aws:states:::sns:publish", "arn:aws:states:::events:putEvents", "arn:aws:states:::states:startExecution"];

    /// <summary>For a service integration, the service ("sns") and action ("publish"); empty otherwise.</summary>
    public (string Service, string Action) ServiceAction
    {
        get
        {
            if (Kind is not (TaskResourceKind.ServiceIntegration or TaskResourceKind.LambdaInvoke))
            {
                return (string.Empty, string.Empty);
            }

            var serviceAndAction = Arn["arn:aws:states:::".Length..].Split(':');
            return (serviceAndAction[0], serviceAndAction[1]);
        }
    }

    /// <summary>Classifies <paramref name="arn"/>; returns false with a reason when it can never be run.</summary>
    public static bool TryParse(string arn, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TaskResource? resource, out string error)
    {
        ArgumentNullException.ThrowIfNull(arn);
        resource = null;
        error = string.Empty;
        if (arn == LambdaInvokeArn)
        {
            resource = new TaskResource(arn, TaskResourceKind.LambdaInvoke);
            return true;
        }

        if (ServiceIntegrationArns.Contains(arn))
        {
            resource = new TaskResource(arn, TaskResourceKind.ServiceIntegration);
            return true;
        }

        if (arn.EndsWith(".waitForTaskToken", StringComparison.Ordinal) || arn.EndsWith(".sync", StringComparison.Ordinal) || arn.Contains(".sync:", StringComparison.Ordinal))
        {
            error = $"'{arn}' is not supported yet: the callback (.waitForTaskToken) and run-a-job (.sync) patterns are not implemented by this engine";
            return false;
        }

        if (FunctionArn().IsMatch(arn))
        {
            resource = new TaskResource(arn, TaskResourceKind.LambdaFunction);
            return true;
        }

        if (arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            resource = new TaskResource(arn, TaskResourceKind.Unsupported);
            return true;
        }

        error = $"must be an ARN (e.g. '{LambdaInvokeArn}' or 'arn:aws:lambda:REGION:ACCOUNT:function:NAME'), but is '{arn}'";
        return false;
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionArn();
}
