using System.Buffers.Binary;
using Commerce.Drivers.Bolt.PackStream;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>Reassembles whole messages from the chunk stream; empty chunks between messages are keep-alive NOOPs.</summary>
internal sealed class ChunkReader(Stream stream) : IDisposable
{
    private readonly PooledBufferWriter _message = new(8192);
    private readonly byte[] _header = new byte[2];

    /// <summary>The next message; the memory stays valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        _message.Clear();
        while (true)
        {
            await stream.ReadExactlyAsync(_header, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_header);
            if (size == 0)
            {
                if (_message.WrittenCount > 0) return _message.WrittenMemory;
                continue;
            }
            var target = _message.GetMemory(size)[..size];
            await stream.ReadExactlyAsync(target, cancellationToken).ConfigureAwait(false);
            _message.Advance(size);
        }
    }

    public void Dispose() => _message.Dispose();
}
