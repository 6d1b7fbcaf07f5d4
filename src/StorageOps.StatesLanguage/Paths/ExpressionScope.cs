using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>What a path or intrinsic function reads from: the (effective) input, the context object and the execution's seeded random.</summary>
public sealed class ExpressionScope
{
    private Func<JsonNode?>? _contextFactory;
    private JsonNode? _context;

    public ExpressionScope(string stateName, JsonNode? input, JsonNode? context, Random random)
    {
        StateName = stateName;
        Input = input;
        _context = context;
        Random = random;
    }

    /// <summary>The context object is built only if a <c>$$</c> path reads it: most templates never do.</summary>
    internal ExpressionScope(Func<JsonNode?> contextFactory, string stateName, JsonNode? input, Random random)
    {
        StateName = stateName;
        Input = input;
        _contextFactory = contextFactory;
        Random = random;
    }

    public string StateName { get; }

    public JsonNode? Input { get; }

    public Random Random { get; }

    public JsonNode? Context
    {
        get
        {
            if (_contextFactory is { } factory)
            {
                _context = factory();
                _contextFactory = null;
            }

            return _context;
        }
    }
}
