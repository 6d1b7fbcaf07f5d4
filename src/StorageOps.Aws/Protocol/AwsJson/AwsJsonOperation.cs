using System.Text.Json;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>
/// One awsJson1_0 operation, declared from its service model entry: the JSON body members, how to read the output
/// shape, which error codes it lists, and the validation run before anything is sent.
/// </summary>
/// <example>
/// <code>
/// AwsJsonOperation&lt;StopExecutionRequest, StopExecutionResponse&gt;
///     .Define("StopExecution")
///     .Member("executionArn", r =&gt; r.ExecutionArn)
///     .Output(StepFunctionsShapes.ReadStopExecutionResponse)
///     .Errors("ExecutionDoesNotExist", "InvalidArn");
/// </code>
/// </example>
internal sealed class AwsJsonOperation<TInput, TOutput> : IOperationDefinition
    where TInput : class
{
    private readonly List<Action<TInput, Utf8JsonWriter>> members = [];
    private readonly List<string> errors = [];
    private readonly List<Action<TInput>> validations = [];
    private Func<JsonElement, TOutput>? output;

    private AwsJsonOperation(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<string> ErrorCodes => errors;

    public static AwsJsonOperation<TInput, TOutput> Define(string name) => new(name);

    public AwsJsonOperation<TInput, TOutput> Member(string name, Func<TInput, string?> value) => Member(name, value, JsonValueWriters.String);

    public AwsJsonOperation<TInput, TOutput> Member(string name, Func<TInput, bool?> value) => Scalar(name, value, JsonValueWriters.Boolean);

    public AwsJsonOperation<TInput, TOutput> Member(string name, Func<TInput, int?> value) => Scalar(name, input => (long?)value(input), JsonValueWriters.Integer);

    public AwsJsonOperation<TInput, TOutput> Member(string name, Func<TInput, long?> value) => Scalar(name, value, JsonValueWriters.Integer);

    public AwsJsonOperation<TInput, TOutput> Member(string name, Func<TInput, DateTimeOffset?> value) => Scalar(name, value, JsonValueWriters.EpochSeconds);

    /// <summary>A string, structure, list or map member, written by <paramref name="writer"/> (see <see cref="JsonValueWriters"/>).</summary>
    public AwsJsonOperation<TInput, TOutput> Member<TValue>(string name, Func<TInput, TValue?> value, JsonValueWriter<TValue> writer)
        where TValue : class
    {
        members.Add((input, json) =>
        {
            if (value(input) is { } member)
            {
                json.WritePropertyName(name);
                writer(json, member);
            }
        });
        return this;
    }

    /// <summary>Reads the output shape from the response body (<c>{}</c> when the body is empty).</summary>
    public AwsJsonOperation<TInput, TOutput> Output(Func<JsonElement, TOutput> read)
    {
        output = read;
        return this;
    }

    /// <summary>The error codes the service model lists for this operation.</summary>
    public AwsJsonOperation<TInput, TOutput> Errors(params string[] codes)
    {
        errors.AddRange(codes);
        return this;
    }

    /// <summary>A documented constraint, checked before the request is built; throws <see cref="AwsRequestValidationException"/>.</summary>
    public AwsJsonOperation<TInput, TOutput> Validate(Action<TInput> rule)
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

    /// <summary>Writes the input as one JSON object (always an object, <c>{}</c> when no member is set).</summary>
    internal void WriteBody(TInput input, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        foreach (var write in members)
        {
            write(input, json);
        }

        json.WriteEndObject();
    }

    internal TOutput ReadOutput(JsonElement body) =>
        output is null ? throw new InvalidOperationException($"{Name} declares no output shape.") : output(body);

    private AwsJsonOperation<TInput, TOutput> Scalar<TValue>(string name, Func<TInput, TValue?> value, JsonValueWriter<TValue> writer)
        where TValue : struct
    {
        members.Add((input, json) =>
        {
            if (value(input) is { } member)
            {
                json.WritePropertyName(name);
                writer(json, member);
            }
        });
        return this;
    }
}
