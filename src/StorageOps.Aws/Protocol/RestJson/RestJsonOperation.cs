using System.Globalization;
using System.Text.Json;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>
/// One restJson1 operation, declared from its service model entry: HTTP method and path template, which input members
/// go to path labels, query string, headers and JSON body, how to read the output shape, which error codes it lists,
/// and the validation run before anything is sent.
/// </summary>
/// <example>
/// <code>
/// RestJsonOperation&lt;DescribeFileSystemsRequest, DescribeFileSystemsResponse&gt;
///     .Define("DescribeFileSystems", "GET", "/2015-02-01/file-systems")
///     .Query("MaxItems", r =&gt; r.MaxItems)
///     .Output(EfsShapes.ReadDescribeFileSystemsResponse)
///     .Errors("BadRequest", "InternalServerError", "FileSystemNotFound");
/// </code>
/// </example>
internal sealed class RestJsonOperation<TInput, TOutput> : IRestJsonOperation
    where TInput : class
{
    private readonly List<(string Label, Func<TInput, string?> Value)> pathLabels = [];
    private readonly List<(string Name, Func<TInput, IReadOnlyList<string>?> Values)> queryMembers = [];
    private readonly List<(string Name, Func<TInput, string?> Value)> headerMembers = [];
    private readonly List<(string Name, Func<TInput, Utf8JsonWriter, bool> Write)> bodyMembers = [];
    private readonly List<string> errors = [];
    private readonly List<Action<TInput>> validations = [];
    private Func<JsonElement, TOutput>? output;

    private RestJsonOperation(string name, string method, string pathTemplate)
    {
        Name = name;
        Method = method;
        PathTemplate = pathTemplate;
    }

    public string Name { get; }

    public string Method { get; }

    /// <summary>The model's <c>requestUri</c>, e.g. <c>/2015-02-01/file-systems/{FileSystemId}</c>; <c>{Name+}</c> is a greedy label.</summary>
    public string PathTemplate { get; }

    public IReadOnlyList<string> ErrorCodes => errors;

    /// <summary>True when the input has JSON body members: the request then always carries a JSON object (possibly <c>{}</c>).</summary>
    public bool HasBody => bodyMembers.Count > 0;

    internal IReadOnlyList<(string Label, Func<TInput, string?> Value)> PathLabels => pathLabels;

    internal IReadOnlyList<(string Name, Func<TInput, IReadOnlyList<string>?> Values)> QueryMembers => queryMembers;

    internal IReadOnlyList<(string Name, Func<TInput, string?> Value)> HeaderMembers => headerMembers;

    internal IReadOnlyList<(string Name, Func<TInput, Utf8JsonWriter, bool> Write)> BodyMembers => bodyMembers;

    public static RestJsonOperation<TInput, TOutput> Define(string name, string method, string pathTemplate) => new(name, method, pathTemplate);

    /// <summary>A path label (<c>{label}</c> or <c>{label+}</c> in the template); it must have a value.</summary>
    public RestJsonOperation<TInput, TOutput> Path(string label, Func<TInput, string?> value)
    {
        if (!PathTemplate.Contains('{' + label + '}', StringComparison.Ordinal) && !PathTemplate.Contains('{' + label + "+}", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{Name}: the path template {PathTemplate} has no label {label}.", nameof(label));
        }

        pathLabels.Add((label, value));
        return this;
    }

    public RestJsonOperation<TInput, TOutput> Query(string name, Func<TInput, string?> value) =>
        AddQuery(name, input => value(input) is { } text ? [text] : null);

    public RestJsonOperation<TInput, TOutput> Query(string name, Func<TInput, int?> value) =>
        AddQuery(name, input => value(input) is { } number ? [number.ToString(CultureInfo.InvariantCulture)] : null);

    public RestJsonOperation<TInput, TOutput> Query(string name, Func<TInput, bool?> value) =>
        AddQuery(name, input => value(input) is { } flag ? [flag ? "true" : "false"] : null);

    /// <summary>A list member: repeated as <c>name=a&amp;name=b</c>.</summary>
    public RestJsonOperation<TInput, TOutput> Query(string name, Func<TInput, IReadOnlyList<string>?> values) => AddQuery(name, values);

    public RestJsonOperation<TInput, TOutput> Header(string name, Func<TInput, string?> value)
    {
        headerMembers.Add((name, value));
        return this;
    }

    public RestJsonOperation<TInput, TOutput> Body(string name, Func<TInput, string?> value) => Body(name, value, JsonValueWriters.String);

    public RestJsonOperation<TInput, TOutput> Body(string name, Func<TInput, bool?> value) => BodyValue(name, value, JsonValueWriters.Boolean);

    public RestJsonOperation<TInput, TOutput> Body(string name, Func<TInput, int?> value) => BodyValue(name, input => (long?)value(input), JsonValueWriters.Integer);

    public RestJsonOperation<TInput, TOutput> Body(string name, Func<TInput, long?> value) => BodyValue(name, value, JsonValueWriters.Integer);

    public RestJsonOperation<TInput, TOutput> Body(string name, Func<TInput, double?> value) => BodyValue(name, value, JsonValueWriters.Double);

    public RestJsonOperation<TInput, TOutput> Body(string name, Func<TInput, DateTimeOffset?> value) => BodyValue(name, value, JsonValueWriters.EpochSeconds);

    /// <summary>A structure, list or map member, written by <paramref name="writer"/> (see <see cref="JsonValueWriters"/>).</summary>
    public RestJsonOperation<TInput, TOutput> Body<TValue>(string name, Func<TInput, TValue?> value, JsonValueWriter<TValue> writer)
        where TValue : class
    {
        bodyMembers.Add((name, (input, json) =>
        {
            if (value(input) is not { } member)
            {
                return false;
            }

            json.WritePropertyName(name);
            writer(json, member);
            return true;
        }));
        return this;
    }

    /// <summary>Reads the output shape from the response body (<c>{}</c> when the body is empty).</summary>
    public RestJsonOperation<TInput, TOutput> Output(Func<JsonElement, TOutput> read)
    {
        output = read;
        return this;
    }

    /// <summary>The error codes the service model lists for this operation.</summary>
    public RestJsonOperation<TInput, TOutput> Errors(params string[] codes)
    {
        errors.AddRange(codes);
        return this;
    }

    /// <summary>A documented constraint, checked before the request is built; throws <see cref="AwsRequestValidationException"/>.</summary>
    public RestJsonOperation<TInput, TOutput> Validate(Action<TInput> rule)
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

    internal TOutput ReadOutput(JsonElement body) =>
        output is null ? throw new InvalidOperationException($"{Name} declares no output shape.") : output(body);

    private RestJsonOperation<TInput, TOutput> AddQuery(string name, Func<TInput, IReadOnlyList<string>?> values)
    {
        queryMembers.Add((name, values));
        return this;
    }

    private RestJsonOperation<TInput, TOutput> BodyValue<TValue>(string name, Func<TInput, TValue?> value, JsonValueWriter<TValue> writer)
        where TValue : struct
    {
        bodyMembers.Add((name, (input, json) =>
        {
            if (value(input) is not { } member)
            {
                return false;
            }

            json.WritePropertyName(name);
            writer(json, member);
            return true;
        }));
        return this;
    }
}
