using System.Xml.Linq;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// One awsQuery operation, declared from its service model entry: the input members in form-parameter order, how to
/// read the <c>&lt;{Name}Result&gt;</c> element, which error codes it lists, and the validation run before anything is sent.
/// </summary>
/// <example>
/// <code>
/// AwsQueryOperation&lt;DeleteDBClusterSnapshotRequest, DBClusterSnapshot?&gt;
///     .Define("DeleteDBClusterSnapshot")
///     .Member("DBClusterSnapshotIdentifier", r =&gt; r.DBClusterSnapshotIdentifier)
///     .Output(result =&gt; result.Object("DBClusterSnapshot", RdsShapes.ReadDBClusterSnapshot))
///     .Errors("DBClusterSnapshotNotFoundFault", "InvalidDBClusterSnapshotStateFault");
/// </code>
/// </example>
internal sealed class AwsQueryOperation<TInput, TOutput> : IOperationDefinition
    where TInput : class
{
    private readonly List<Action<TInput, ICollection<KeyValuePair<string, string>>>> members = [];
    private readonly List<string> errors = [];
    private readonly List<Action<TInput>> validations = [];
    private Func<XElement, TOutput>? output;

    private AwsQueryOperation(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<string> ErrorCodes => errors;

    public static AwsQueryOperation<TInput, TOutput> Define(string name) => new(name);

    public AwsQueryOperation<TInput, TOutput> Member(string name, Func<TInput, string?> value) => Member(name, value, QueryValueWriters.String);

    public AwsQueryOperation<TInput, TOutput> Member(string name, Func<TInput, bool?> value) => Scalar(name, value, QueryValueWriters.Boolean);

    public AwsQueryOperation<TInput, TOutput> Member(string name, Func<TInput, int?> value) => Scalar(name, input => (long?)value(input), QueryValueWriters.Integer);

    public AwsQueryOperation<TInput, TOutput> Member(string name, Func<TInput, DateTimeOffset?> value) => Scalar(name, value, QueryValueWriters.Timestamp);

    /// <summary>A string, list or structure member, written by <paramref name="writer"/> (see <see cref="QueryValueWriters"/>).</summary>
    public AwsQueryOperation<TInput, TOutput> Member<TValue>(string name, Func<TInput, TValue?> value, QueryValueWriter<TValue> writer)
        where TValue : class
    {
        members.Add((input, parameters) =>
        {
            if (value(input) is { } member)
            {
                writer(parameters, name, member);
            }
        });
        return this;
    }

    /// <summary>Reads the output shape from the <c>&lt;{Name}Result&gt;</c> element (empty when the response has none).</summary>
    public AwsQueryOperation<TInput, TOutput> Output(Func<XElement, TOutput> read)
    {
        output = read;
        return this;
    }

    /// <summary>The error codes (<c>error.code</c> in the model) the service model lists for this operation.</summary>
    public AwsQueryOperation<TInput, TOutput> Errors(params string[] codes)
    {
        errors.AddRange(codes);
        return this;
    }

    /// <summary>A documented constraint, checked before the request is built; throws <see cref="AwsRequestValidationException"/>.</summary>
    public AwsQueryOperation<TInput, TOutput> Validate(Action<TInput> rule)
    {
        validations.Add(rule);
        return this;
    }

    internal void RunValidation(TInput input)
    {
        foreach (var rule in validations)
        {
            rule(input);
        }
    }

    /// <summary>The form parameters of <paramref name="input"/>, in declaration order (without Action and Version).</summary>
    internal List<KeyValuePair<string, string>> Parameters(TInput input)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var write in members)
        {
            write(input, parameters);
        }

        return parameters;
    }

    internal TOutput ReadOutput(XElement result) =>
        output is null ? throw new InvalidOperationException($"{Name} declares no output shape.") : output(result);

    private AwsQueryOperation<TInput, TOutput> Scalar<TValue>(string name, Func<TInput, TValue?> value, QueryValueWriter<TValue> writer)
        where TValue : struct
    {
        members.Add((input, parameters) =>
        {
            if (value(input) is { } member)
            {
                writer(parameters, name, member);
            }
        });
        return this;
    }
}
