using StorageOps.Local.Template;

namespace StorageOps.Local.Tests.Template;

/// <summary>The IAM actions template.yaml allows each function, read from its Policies (inline statements and SAM policy templates).</summary>
/// <param name="SqsTriggeredFunctions">Functions with an SQS event source, whose role Lambda's poller uses (<see cref="SqsPollerActions"/>).</param>
/// <param name="EventSourceMappedFunctions">Functions an AWS::Lambda::EventSourceMapping feeds from an SQS queue (<see cref="EventSourceMappingPollerActions"/>).</param>
public sealed record TemplateGrants(
    IReadOnlyDictionary<string, IReadOnlySet<string>> ActionsByFunction,
    IReadOnlySet<string> SqsTriggeredFunctions,
    IReadOnlyList<string> Problems,
    IReadOnlySet<string> EventSourceMappedFunctions)
{
    private const string FunctionType = "AWS::Serverless::Function";

    /// <summary>The actions of the SAM policy templates our functions use (github.com/aws/serverless-application-model, policy_templates.json).</summary>
    private static readonly IReadOnlyDictionary<string, string[]> PolicyTemplates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["StepFunctionsExecutionPolicy"] = ["states:StartExecution"],
        ["LambdaInvokePolicy"] = ["lambda:InvokeFunction"],
    };

    /// <summary>
    /// What Lambda's SQS poller calls with the function's role for an SQS event source; SAM grants them itself
    /// (AWSLambdaSQSQueueExecutionRole), so they count as both needed and granted.
    /// </summary>
    /// <summary>
    /// What Lambda's poller calls with the function's role for an AWS::Lambda::EventSourceMapping on an SQS queue
    /// (Lambda developer guide, "Execution role permissions" for Amazon SQS); the role grants them itself.
    /// </summary>
    public static readonly IReadOnlyList<string> EventSourceMappingPollerActions =
        ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"];

    public static readonly IReadOnlyList<string> SqsPollerActions =
        ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"];

    public static TemplateGrants Parse(string yaml)
    {
        var root = CloudFormationYaml.Parse(yaml);
        var actions = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var problems = new List<string>();
        var polled = new SortedSet<string>(StringComparer.Ordinal);
        var resources = root.TryGetValue("Resources", out var value) && value is IReadOnlyDictionary<string, object?> mapping ? mapping : new Dictionary<string, object?>();
        foreach (var (logicalId, resource) in resources)
        {
            if (resource is not IReadOnlyDictionary<string, object?> body || body.GetValueOrDefault("Type") as string != FunctionType)
            {
                continue;
            }

            var granted = new SortedSet<string>(StringComparer.Ordinal);
            var properties = body.GetValueOrDefault("Properties") as IReadOnlyDictionary<string, object?>;
            foreach (var policy in properties?.GetValueOrDefault("Policies") as IReadOnlyList<object?> ?? [])
            {
                AddPolicy(logicalId, policy, granted, problems);
            }

            var events = properties?.GetValueOrDefault("Events") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            if (events.Values.Any(source => (source as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("Type") as string == "SQS"))
            {
                granted.UnionWith(SqsPollerActions);
                polled.Add(logicalId);
            }

            actions[logicalId] = granted;
        }

        return new TemplateGrants(actions, polled, problems, QueueMappedFunctions(resources));
    }

    private static void AddPolicy(string function, object? policy, SortedSet<string> granted, List<string> problems)
    {
        if (policy is not IReadOnlyDictionary<string, object?> document)
        {
            problems.Add($"{function}: policy '{policy}' is a managed policy whose actions this check cannot see; use an inline Statement.");
            return;
        }

        foreach (var (name, content) in document)
        {
            if (name == "Statement")
            {
                foreach (var statement in content as IReadOnlyList<object?> ?? [])
                {
                    AddStatement(function, statement as IReadOnlyDictionary<string, object?>, granted, problems);
                }
            }
            else if (PolicyTemplates.TryGetValue(name, out var templateActions))
            {
                granted.UnionWith(templateActions);
            }
            else
            {
                problems.Add($"{function}: SAM policy template {name} is unknown to this check; add its actions to TemplateGrants.PolicyTemplates.");
            }
        }
    }

    private static void AddStatement(string function, IReadOnlyDictionary<string, object?>? statement, SortedSet<string> granted, List<string> problems)
    {
        if (statement is null || statement.GetValueOrDefault("Effect") as string != "Allow")
        {
            return;
        }

        var actions = statement.GetValueOrDefault("Action") switch
        {
            string single => [single],
            IReadOnlyList<object?> many => many.OfType<string>().ToList(),
            _ => new List<string>(),
        };
        if (statement.ContainsKey("NotAction"))
        {
            problems.Add($"{function}: NotAction grants every other action; list the actions instead.");
        }

        granted.UnionWith(actions);
    }

    private static SortedSet<string> QueueMappedFunctions(IReadOnlyDictionary<string, object?> resources)
    {
        var mapped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources.Values.OfType<IReadOnlyDictionary<string, object?>>())
        {
            if (resource.GetValueOrDefault("Type") as string != "AWS::Lambda::EventSourceMapping"
                || resource.GetValueOrDefault("Properties") is not IReadOnlyDictionary<string, object?> properties
                || properties.GetValueOrDefault("FunctionName") is not Intrinsic { Function: "Ref", Argument: string function }
                || properties.GetValueOrDefault("EventSourceArn") is not Intrinsic { Function: "Fn::GetAtt" } source
                || QueueOf(source) is not { } queue
                || (resources.GetValueOrDefault(queue) as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("Type") as string != "AWS::SQS::Queue")
            {
                continue;
            }

            mapped.Add(function);
        }

        return mapped;
    }

    /// <summary>The logical id of <c>!GetAtt Queue.Arn</c> (string form) or <c>[Queue, Arn]</c> (list form).</summary>
    private static string? QueueOf(Intrinsic getAtt) => getAtt.Argument switch
    {
        string text => text.Split('.')[0],
        IReadOnlyList<object?> parts when parts.Count > 0 => parts[0] as string,
        _ => null,
    };
}
