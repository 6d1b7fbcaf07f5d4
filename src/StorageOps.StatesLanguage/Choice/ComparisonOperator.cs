namespace StorageOps.StatesLanguage.Choice;

/// <summary>One Choice Rule comparison operator, e.g. NumericLessThanEqualsPath.</summary>
public sealed record ComparisonOperator(string Name, ComparisonType Type, ComparisonRelation Relation, bool ComparesWithPath)
{
    public static IReadOnlyDictionary<string, ComparisonOperator> All { get; } = Build();

    private static Dictionary<string, ComparisonOperator> Build()
    {
        var operators = new Dictionary<string, ComparisonOperator>(StringComparer.Ordinal);
        void Add(string name, ComparisonType type, ComparisonRelation relation, bool withPath) =>
            operators[name] = new ComparisonOperator(name, type, relation, withPath);

        foreach (var type in new[] { ComparisonType.String, ComparisonType.Numeric, ComparisonType.Timestamp })
        {
            foreach (var relation in new[] { ComparisonRelation.Equals, ComparisonRelation.LessThan, ComparisonRelation.GreaterThan, ComparisonRelation.LessThanEquals, ComparisonRelation.GreaterThanEquals })
            {
                Add($"{type}{relation}", type, relation, withPath: false);
                Add($"{type}{relation}Path", type, relation, withPath: true);
            }
        }

        Add("BooleanEquals", ComparisonType.Boolean, ComparisonRelation.Equals, withPath: false);
        Add("BooleanEqualsPath", ComparisonType.Boolean, ComparisonRelation.Equals, withPath: true);
        foreach (var type in new[] { ComparisonType.StringMatches, ComparisonType.IsPresent, ComparisonType.IsNull, ComparisonType.IsNumeric, ComparisonType.IsString, ComparisonType.IsBoolean, ComparisonType.IsTimestamp })
        {
            Add(type.ToString(), type, ComparisonRelation.None, withPath: false);
        }

        return operators;
    }
}
