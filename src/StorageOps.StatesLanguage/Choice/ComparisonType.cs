namespace StorageOps.StatesLanguage.Choice;

/// <summary>What a comparison operator looks at: the data type it compares, or the test it performs.</summary>
public enum ComparisonType
{
    String,
    Numeric,
    Boolean,
    Timestamp,
    StringMatches,
    IsPresent,
    IsNull,
    IsNumeric,
    IsString,
    IsBoolean,
    IsTimestamp,
}
