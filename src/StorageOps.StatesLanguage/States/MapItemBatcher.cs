using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>A distributed Map's ItemBatcher: each child execution gets <c>{"BatchInput": ..., "Items": [...]}</c>.</summary>
public sealed record MapItemBatcher(
    int? MaxItemsPerBatch,
    JsonPath? MaxItemsPerBatchPath,
    int? MaxInputBytesPerBatch,
    JsonPath? MaxInputBytesPerBatchPath,
    PayloadTemplate? BatchInput);
