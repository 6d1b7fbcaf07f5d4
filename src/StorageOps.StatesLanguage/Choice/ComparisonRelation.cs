namespace StorageOps.StatesLanguage.Choice;

public enum ComparisonRelation
{
    None,
    Equals,
    LessThan,
    GreaterThan,
    LessThanEquals,
    GreaterThanEquals,
}
