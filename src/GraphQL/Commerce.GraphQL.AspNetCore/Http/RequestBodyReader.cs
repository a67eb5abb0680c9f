using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>Reads a whole request body from the PipeReader without copying, refusing bodies over the limit (413).</summary>
public static class RequestBodyReader
{
    /// <summary>
    /// Calls <paramref name="consume"/> with the complete body, or returns false when it exceeds
    /// <paramref name="maxSize"/> bytes. The body stays owned by the pipe: consume it before returning.
    /// </summary>
    public static async Task<(bool WithinLimit, T? Result)> ReadAsync<T>(
        HttpRequest request,
        long maxSize,
        Func<ReadOnlySequence<byte>, T> consume,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxSize)
        {
            return (false, default);
        }

        var reader = request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(cancellationToken);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // The server's own body limit (Kestrel's MaxRequestBodySize) struck first.
                return (false, default);
            }

            var buffer = read.Buffer;
            if (buffer.Length > maxSize)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (false, default);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return (true, consume(buffer));
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            // Nothing consumed, everything examined: the next read returns once more data has arrived.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
