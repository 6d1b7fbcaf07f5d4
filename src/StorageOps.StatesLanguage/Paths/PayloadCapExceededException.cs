namespace StorageOps.StatesLanguage.Paths;

/// <summary>Thrown by <see cref="CappedBufferWriter"/> to stop a serialisation the moment it passes its cap; never leaves <see cref="JsonValues"/>.</summary>
internal sealed class PayloadCapExceededException : Exception
{
}
