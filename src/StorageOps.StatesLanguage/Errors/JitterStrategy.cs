namespace StorageOps.StatesLanguage.Errors;

public enum JitterStrategy
{
    None,
    Full,
}
