using System.IO.Compression;
using System.Text;

namespace StorageOps.StatesLanguage.History;

/// <summary>
/// A finished history packed into a binary block (deflated when it is long), for keeping thousands of child executions' histories in
/// memory: payload strings repeat from event to event (a state's output is the next one's input), which deflate folds
/// away. <see cref="Unpack"/> rebuilds equal events.
/// </summary>
internal static class CompactHistory
{
    /// <summary>Histories whose plain encoding is longer than this are deflated; shorter ones gain too little to pay for a compressor.</summary>
    private const int DeflateAbove = 1024;

    // A distributed Map packs one history per child, up to thousands: the buffers and writer are reused, not made anew.
    [ThreadStatic]
    private static MemoryStream? plainBuffer;

    [ThreadStatic]
    private static BinaryWriter? plainWriter;

    [ThreadStatic]
    private static MemoryStream? deflatedBuffer;

    public static byte[] Pack(IReadOnlyList<HistoryEvent> events)
    {
        var plain = plainBuffer ??= new MemoryStream();
        var writer = plainWriter ??= new BinaryWriter(plain, Encoding.UTF8, leaveOpen: true);
        plain.SetLength(0);
        writer.Write((byte)0);
        writer.Write7BitEncodedInt(events.Count);
        foreach (var historyEvent in events)
        {
            writer.Write7BitEncodedInt64(historyEvent.Id);
            writer.Write7BitEncodedInt64(historyEvent.PreviousEventId);
            writer.Write(historyEvent.Timestamp.UtcTicks);
            writer.Write7BitEncodedInt((int)historyEvent.Type);
            WriteDetails(writer, historyEvent.Details);
        }

        writer.Flush();
        if (plain.Length <= DeflateAbove)
        {
            return plain.ToArray();
        }

        var deflated = deflatedBuffer ??= new MemoryStream();
        deflated.SetLength(0);
        deflated.WriteByte(1);
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(plain.GetBuffer(), 1, (int)plain.Length - 1);
        }

        return deflated.ToArray();
    }

    public static IReadOnlyList<HistoryEvent> Unpack(byte[] packed)
    {
        Stream body = new MemoryStream(packed, 1, packed.Length - 1, writable: false);
        if (packed[0] == 1)
        {
            body = new DeflateStream(body, CompressionMode.Decompress);
        }

        using var reader = new BinaryReader(body, Encoding.UTF8);
        var count = reader.Read7BitEncodedInt();
        var events = new HistoryEvent[count];
        for (var index = 0; index < count; index++)
        {
            var id = reader.Read7BitEncodedInt64();
            var previous = reader.Read7BitEncodedInt64();
            var timestamp = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var type = (HistoryEventType)reader.Read7BitEncodedInt();
            events[index] = new HistoryEvent(id, previous, timestamp, type, ReadDetails(reader));
        }

        return events;
    }

    private enum Kind : byte
    {
        None,
        ExecutionFailed,
        ExecutionStarted,
        ExecutionSucceeded,
        LambdaFunctionFailed,
        LambdaFunctionScheduled,
        LambdaFunctionSucceeded,
        MapIteration,
        MapRunFailed,
        MapRunStarted,
        MapStateStarted,
        StateEntered,
        StateExited,
        TaskFailed,
        TaskScheduled,
        TaskStarted,
        TaskSucceeded,
    }

    private static void WriteDetails(BinaryWriter writer, HistoryEventDetails? details)
    {
        switch (details)
        {
            case null:
                writer.Write((byte)Kind.None);
                break;
            case ExecutionFailedEventDetails d:
                writer.Write((byte)Kind.ExecutionFailed);
                Text(writer, d.Error);
                Text(writer, d.Cause);
                break;
            case ExecutionStartedEventDetails d:
                writer.Write((byte)Kind.ExecutionStarted);
                Text(writer, d.Input);
                Text(writer, d.RoleArn);
                break;
            case ExecutionSucceededEventDetails d:
                writer.Write((byte)Kind.ExecutionSucceeded);
                Text(writer, d.Output);
                break;
            case LambdaFunctionFailedEventDetails d:
                writer.Write((byte)Kind.LambdaFunctionFailed);
                Text(writer, d.Error);
                Text(writer, d.Cause);
                break;
            case LambdaFunctionScheduledEventDetails d:
                writer.Write((byte)Kind.LambdaFunctionScheduled);
                Text(writer, d.Resource);
                Text(writer, d.Input);
                Number(writer, d.TimeoutInSeconds);
                break;
            case LambdaFunctionSucceededEventDetails d:
                writer.Write((byte)Kind.LambdaFunctionSucceeded);
                Text(writer, d.Output);
                break;
            case MapIterationEventDetails d:
                writer.Write((byte)Kind.MapIteration);
                Text(writer, d.Name);
                writer.Write7BitEncodedInt(d.Index);
                break;
            case MapRunFailedEventDetails d:
                writer.Write((byte)Kind.MapRunFailed);
                Text(writer, d.Error);
                Text(writer, d.Cause);
                break;
            case MapRunStartedEventDetails d:
                writer.Write((byte)Kind.MapRunStarted);
                Text(writer, d.MapRunArn);
                break;
            case MapStateStartedEventDetails d:
                writer.Write((byte)Kind.MapStateStarted);
                writer.Write7BitEncodedInt(d.Length);
                break;
            case StateEnteredEventDetails d:
                writer.Write((byte)Kind.StateEntered);
                Text(writer, d.Name);
                Text(writer, d.Input);
                break;
            case StateExitedEventDetails d:
                writer.Write((byte)Kind.StateExited);
                Text(writer, d.Name);
                Text(writer, d.Output);
                break;
            case TaskFailedEventDetails d:
                writer.Write((byte)Kind.TaskFailed);
                Text(writer, d.ResourceType);
                Text(writer, d.Resource);
                Text(writer, d.Error);
                Text(writer, d.Cause);
                break;
            case TaskScheduledEventDetails d:
                writer.Write((byte)Kind.TaskScheduled);
                Text(writer, d.ResourceType);
                Text(writer, d.Resource);
                Text(writer, d.Region);
                Text(writer, d.Parameters);
                Number(writer, d.TimeoutInSeconds);
                Number(writer, d.HeartbeatInSeconds);
                break;
            case TaskStartedEventDetails d:
                writer.Write((byte)Kind.TaskStarted);
                Text(writer, d.ResourceType);
                Text(writer, d.Resource);
                break;
            case TaskSucceededEventDetails d:
                writer.Write((byte)Kind.TaskSucceeded);
                Text(writer, d.ResourceType);
                Text(writer, d.Resource);
                Text(writer, d.Output);
                break;
            default:
                throw new NotSupportedException($"History event details of type {details.GetType().Name} cannot be packed");
        }
    }

    private static HistoryEventDetails? ReadDetails(BinaryReader reader) => (Kind)reader.ReadByte() switch
    {
        Kind.None => null,
        Kind.ExecutionFailed => new ExecutionFailedEventDetails(Text(reader), Text(reader)),
        Kind.ExecutionStarted => new ExecutionStartedEventDetails(Text(reader)!, Text(reader)),
        Kind.ExecutionSucceeded => new ExecutionSucceededEventDetails(Text(reader)!),
        Kind.LambdaFunctionFailed => new LambdaFunctionFailedEventDetails(Text(reader), Text(reader)),
        Kind.LambdaFunctionScheduled => new LambdaFunctionScheduledEventDetails(Text(reader)!, Text(reader)!, Number(reader)),
        Kind.LambdaFunctionSucceeded => new LambdaFunctionSucceededEventDetails(Text(reader)!),
        Kind.MapIteration => new MapIterationEventDetails(Text(reader)!, reader.Read7BitEncodedInt()),
        Kind.MapRunFailed => new MapRunFailedEventDetails(Text(reader), Text(reader)),
        Kind.MapRunStarted => new MapRunStartedEventDetails(Text(reader)!),
        Kind.MapStateStarted => new MapStateStartedEventDetails(reader.Read7BitEncodedInt()),
        Kind.StateEntered => new StateEnteredEventDetails(Text(reader)!, Text(reader)!),
        Kind.StateExited => new StateExitedEventDetails(Text(reader)!, Text(reader)!),
        Kind.TaskFailed => new TaskFailedEventDetails(Text(reader)!, Text(reader)!, Text(reader), Text(reader)),
        Kind.TaskScheduled => new TaskScheduledEventDetails(Text(reader)!, Text(reader)!, Text(reader)!, Text(reader)!, Number(reader), Number(reader)),
        Kind.TaskStarted => new TaskStartedEventDetails(Text(reader)!, Text(reader)!),
        Kind.TaskSucceeded => new TaskSucceededEventDetails(Text(reader)!, Text(reader)!, Text(reader)!),
        var kind => throw new InvalidDataException($"Unknown packed history details kind {kind}"),
    };

    private static void Text(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? Text(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Number(BinaryWriter writer, long? number)
    {
        writer.Write(number.HasValue);
        if (number is { } value)
        {
            writer.Write(value);
        }
    }

    private static long? Number(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt64() : null;
}
