using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Invocation;

/// <summary>A handler with typed input and output, (de)serialised by source-generated metadata.</summary>
public abstract class JsonLambdaFunction<TEvent, TResult> : ILambdaFunction
    where TEvent : class
{
    private readonly JsonTypeInfo<TEvent> eventType;
    private readonly JsonTypeInfo<TResult> resultType;

    protected JsonLambdaFunction(JsonTypeInfo<TEvent> eventType, JsonTypeInfo<TResult> resultType)
    {
        this.eventType = eventType;
        this.resultType = resultType;
    }

    public abstract string Name { get; }

    public async Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(Parse(eventJson), invocation, cancellationToken);
        return JsonSerializer.Serialize(result, resultType);
    }

    protected abstract Task<TResult> HandleAsync(TEvent input, LambdaInvocation invocation, CancellationToken cancellationToken);

    private TEvent Parse(string eventJson)
    {
        try
        {
            return Serialization.StrictJson.Deserialize(eventJson, eventType)
                ?? throw new InvalidInputException($"{Name}: the event is null; expected a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new InvalidInputException($"{Name}: the event is not a valid {typeof(TEvent).Name}: {exception.Message}");
        }
    }
}
