using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ClustersTic.Reports;

/// <summary>A growable byte buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into (the writers'
/// target: the serializer's synchronous flushes land here, never on a stream).</summary>
internal sealed class ByteBuffer(int initialCapacity) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[Math.Max(256, initialCapacity)];

    public int WrittenCount { get; private set; }

    public void Advance(int count)
    {
        if (count < 0 || WrittenCount + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    /// <summary>Copies what was written to <paramref name="stream"/> and empties the buffer.</summary>
    public async Task CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        await stream.WriteAsync(_buffer.AsMemory(0, WrittenCount), cancellationToken).ConfigureAwait(false);
#else
        await stream.WriteAsync(_buffer, 0, WrittenCount, cancellationToken).ConfigureAwait(false);
#endif
        WrittenCount = 0;
    }

    /// <summary>What was written, decoded from UTF-8.</summary>
    public string ToUtf16() => Encoding.UTF8.GetString(_buffer, 0, WrittenCount);

    private void Ensure(int sizeHint)
    {
        int needed = WrittenCount + Math.Max(1, sizeHint);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
